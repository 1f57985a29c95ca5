import type { ReportModel } from '../report-model.ts';
import { reportDocument, type Column, type Table } from './sections.ts';
import { escapeXml as escape } from './xml.ts';

// Everything the page needs is in the file: system fonts, no URL, so it opens offline and from a mail.
const STYLE = `
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #111827; background: #fff; }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 12px; }
h2 { font-size: 18px; margin: 32px 0 8px; border-bottom: 1px solid #e5e7eb; padding-bottom: 4px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; color: #374151; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
figure { margin: 12px 0; }
figure svg { width: 100%; max-width: 640px; height: auto; }
.table-scroll { max-width: 100%; overflow-x: auto; }
table { border-collapse: collapse; font-size: 13px; }
th, td { padding: 4px 6px; border-bottom: 1px solid #e5e7eb; text-align: left; vertical-align: top; }
th { background: #f3f4f6; }
td { white-space: nowrap; }
td.wide { white-space: normal; min-width: 12em; max-width: 28em; overflow-wrap: anywhere; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
footer { margin-top: 32px; color: #6b7280; font-size: 12px; }
`;

const classOf = (c: Column) => (c.align === 'right' ? ' class="num"' : c.wide ? ' class="wide"' : '');

/**
 * A table in a container that scrolls sideways: a table wider than the page (an issue list on a
 * narrow window) scrolls in its place instead of widening the page. Short cells keep to one line,
 * free text wraps within a sensible width; the container can be scrolled from the keyboard.
 */
function table({ columns, rows }: Table, title: string): string {
  const cell = (tag: 'th' | 'td', text: string, i: number) => `<${tag}${classOf(columns[i])}>${escape(text)}</${tag}>`;
  const head = `<tr>${columns.map((c, i) => cell('th', c.title, i)).join('')}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((text, i) => cell('td', text, i)).join('')}</tr>`).join('\n');
  return `<div class="table-scroll" role="region" aria-label="${escape(title)}" tabindex="0"><table><thead>${head}</thead><tbody>\n${body}\n</tbody></table></div>`;
}

export function renderHtml(model: ReportModel): string {
  const { title, facts, sections } = reportDocument(model);
  const body = sections.map((s) =>
    [
      `<section>`,
      `<h2>${escape(s.title)}</h2>`,
      ...s.notes.map((note) => `<p>${escape(note)}</p>`),
      ...s.charts.map((svg) => `<figure>${svg}</figure>`),
      ...(s.table ? [table(s.table, s.title)] : []),
      `</section>`,
    ].join('\n'),
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
<dl class="facts">
${facts.map((f) => `<dt>${escape(f.label)}</dt><dd>${escape(f.value)}</dd>`).join('\n')}
</dl>
${body.join('\n')}
<footer>Sprint Reports</footer>
</main>
</body>
</html>
`;
}
