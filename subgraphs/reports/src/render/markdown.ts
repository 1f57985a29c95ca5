import type { ReportModel } from '../report-model.ts';
import { reportDocument, type Table } from './sections.ts';

/** Backslash-escapes what Markdown would read as markup (a `<script>` in a summary stays text) and keeps a cell on one line. */
const escape = (text: string) => text.replace(/[\\`*_[\]<>|]/g, '\\$&').replace(/\s*\n\s*/g, ' ');

function table({ columns, rows }: Table): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(columns.map((c) => escape(c.title))),
    line(columns.map((c) => (c.align === 'right' ? '---:' : '---'))),
    ...rows.map((row) => line(row.map(escape))),
  ].join('\n');
}

/** Markdown shows no charts: their figures are in the tables. */
export function renderMarkdown(model: ReportModel): string {
  const { title, facts, sections } = reportDocument(model);
  const blocks = [`# ${escape(title)}`, facts.map((f) => `- **${escape(f.label)}:** ${escape(f.value)}`).join('\n')];
  for (const s of sections) {
    if (!s.notes.length && !s.table) continue; // only a chart (the burndown): nothing to show here
    blocks.push(`## ${escape(s.title)}`, ...s.notes.map(escape));
    if (s.table) blocks.push(table(s.table));
  }
  return `${blocks.join('\n\n')}\n`;
}
