/** Turns a report model into a file of each format (issue 8). */
import type { RenderedReport, ReportFormat, ReportModel } from '../report-model.ts';
import { renderCsv } from './csv.ts';
import { fileName } from './file-name.ts';
import { renderHtml } from './html.ts';
import { renderJson } from './json.ts';
import { renderMarkdown } from './markdown.ts';
import { renderPdf } from './pdf.ts';

export { headline } from './sections.ts';

const text = (render: (model: ReportModel) => string) => async (model: ReportModel) => Buffer.from(render(model), 'utf8');

const FORMATS: Record<ReportFormat, { extension: string; contentType: string; render: (model: ReportModel) => Promise<Buffer> }> = {
  JSON: { extension: 'json', contentType: 'application/json; charset=utf-8', render: text(renderJson) },
  CSV: { extension: 'csv', contentType: 'text/csv; charset=utf-8', render: text(renderCsv) },
  MARKDOWN: { extension: 'md', contentType: 'text/markdown; charset=utf-8', render: text(renderMarkdown) },
  HTML: { extension: 'html', contentType: 'text/html; charset=utf-8', render: text(renderHtml) },
  PDF: { extension: 'pdf', contentType: 'application/pdf', render: renderPdf },
};

export function contentTypeOf(format: ReportFormat): string {
  return FORMATS[format].contentType;
}

export async function renderReport(model: ReportModel, format: ReportFormat): Promise<RenderedReport> {
  const { extension, contentType, render } = FORMATS[format];
  return { content: await render(model), contentType, fileName: fileName(model, extension) };
}
