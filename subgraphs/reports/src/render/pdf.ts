/**
 * PDF: the same sections as HTML, laid out with pdfkit on landscape A4. Tables break across pages with their
 * header repeated; charts are the HTML's SVG drawn by svg-to-pdfkit. DejaVu Sans is embedded because
 * the standard PDF fonts only know Latin-1 and summaries are anyone's text.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { ReportModel } from '../model.ts';
import { CHART_HEIGHT, CHART_WIDTH } from './charts.ts';
import { reportDocument, type Section, type Table } from './sections.ts';

const REGULAR = 'DejaVuSans';
const BOLD = 'DejaVuSans-Bold';
const MARGIN = 40;
const PAD = 3;
const GREY = '#4b5563';
const TABLE_FONT_SIZE = 8;
/** Charts a little narrower than the page, so their text is about the tables' size. */
const CHART_PT = 480;
const chartHeight = (CHART_PT * CHART_HEIGHT) / CHART_WIDTH;

let fonts: Record<typeof REGULAR | typeof BOLD, Buffer> | undefined;
const fontFiles = () => {
  const resolve = createRequire(import.meta.url).resolve;
  return (fonts ??= {
    [REGULAR]: readFileSync(resolve(`dejavu-fonts-ttf/ttf/${REGULAR}.ttf`)),
    [BOLD]: readFileSync(resolve(`dejavu-fonts-ttf/ttf/${BOLD}.ttf`)),
  });
};

type Doc = PDFKit.PDFDocument;

const contentWidth = (doc: Doc) => doc.page.width - 2 * MARGIN;

/** Starts a new page unless `height` fits below the cursor. */
function room(doc: Doc, height: number) {
  if (doc.y + height > doc.page.maxY()) doc.addPage();
}

/**
 * Each column as wide as its widest cell when the table fits. Else each starts at what it cannot go
 * below (its longest word; a whole figure in a number column) and the room left goes to the
 * columns in proportion to how much more they want: long summaries and reasons wrap, figures never.
 */
function columnWidths(doc: Doc, { columns, rows }: Table): number[] {
  const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((w) => doc.widthOfString(w)));
  const measured = columns.map((c, i) => {
    const cells = rows.map((r) => r[i]);
    doc.font(BOLD);
    const title = { min: longestWord(c.title), max: doc.widthOfString(c.title) };
    doc.font(REGULAR);
    const widest = Math.max(0, ...cells.map((t) => doc.widthOfString(t)));
    const min = Math.max(title.min, c.align === 'right' ? widest : Math.max(0, ...cells.map(longestWord)));
    return { min: min + 2 * PAD + 1, max: Math.max(title.max, widest) + 2 * PAD + 1 };
  });
  const sum = (key: 'min' | 'max') => measured.reduce((total, m) => total + m[key], 0);
  const available = contentWidth(doc);
  if (sum('max') <= available) return measured.map((m) => m.max);
  // Too many columns even at their minimum: all shrink alike and words break.
  if (sum('min') >= available) return measured.map((m) => (m.min * available) / sum('min'));
  const share = (available - sum('min')) / (sum('max') - sum('min'));
  return measured.map((m) => m.min + (m.max - m.min) * share);
}

/** Column widths and row heights, known before drawing: where the page breaks depends on them. */
function tableLayout(doc: Doc, table: Table) {
  doc.fontSize(TABLE_FONT_SIZE);
  const widths = columnWidths(doc, table);
  const height = (cells: string[], font: string) =>
    Math.max(...cells.map((text, i) => doc.font(font).heightOfString(text, { width: widths[i] - 2 * PAD }))) + 2 * PAD;
  const header = height(table.columns.map((c) => c.title), BOLD);
  const rows = table.rows.map((row) => height(row, REGULAR));
  return { table, widths, header, rows, total: rows.reduce((a, b) => a + b, header) };
}

function drawTable(doc: Doc, { table, widths, header, rows }: ReturnType<typeof tableLayout>) {
  const draw = (cells: string[], font: string, height: number, fill: string | null) => {
    const y = doc.y;
    if (fill) doc.rect(MARGIN, y, widths.reduce((a, b) => a + b), height).fill(fill);
    doc.font(font).fontSize(TABLE_FONT_SIZE).fillColor('#111827');
    let x = MARGIN;
    cells.forEach((text, i) => {
      doc.text(text, x + PAD, y + PAD, { width: widths[i] - 2 * PAD, align: table.columns[i].align });
      x += widths[i];
    });
    doc.x = MARGIN;
    doc.y = y + height;
  };
  const drawHeader = () => draw(table.columns.map((c) => c.title), BOLD, header, '#e5e7eb');

  room(doc, header + (rows[0] ?? 0));
  drawHeader();
  table.rows.forEach((row, i) => {
    if (doc.y + rows[i] > doc.page.maxY()) {
      doc.addPage();
      drawHeader();
    }
    draw(row, REGULAR, rows[i], i % 2 ? '#f9fafb' : null);
  });
  doc.moveDown(0.5);
}

function drawChart(doc: Doc, svg: string) {
  room(doc, chartHeight);
  SVGtoPDF(doc, svg, MARGIN, doc.y, { width: CHART_PT, height: chartHeight, assumePt: true, fontCallback: (_family, bold) => (bold ? BOLD : REGULAR) });
  doc.x = MARGIN;
  doc.y += chartHeight + 6;
}

function drawSection(doc: Doc, section: Section) {
  const table = section.table && tableLayout(doc, section.table);
  // The heading stays with what follows: its first chart, or its table when that is short (a long one
  // may start on this page if half a page is left).
  const pageHeight = doc.page.maxY() - doc.page.margins.top;
  const notes = section.notes.reduce((sum, note) => sum + doc.font(REGULAR).fontSize(9).heightOfString(note, { width: contentWidth(doc) }), 0);
  const first = section.charts.length ? chartHeight : table ? Math.min(table.total, pageHeight / 2) : 0;
  room(doc, 40 + notes + first);

  doc.moveDown(0.6).font(BOLD).fontSize(13).fillColor('#111827').text(section.title, MARGIN);
  doc.moveDown(0.3);
  for (const note of section.notes) doc.font(REGULAR).fontSize(9).fillColor(GREY).text(note, MARGIN);
  if (section.notes.length) doc.moveDown(0.3);
  section.charts.forEach((svg) => drawChart(doc, svg));
  if (table) drawTable(doc, table);
}

/** "Title · page n of m" at the foot of every page, once the page count is known. */
function footers(doc: Doc, title: string) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // text in the margin would otherwise open a new page
    doc.font(REGULAR).fontSize(7).fillColor(GREY);
    doc.text(`${title} · page ${i + 1} of ${count}`, MARGIN, doc.page.height - bottom / 2, { width: contentWidth(doc), align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

export function renderPdf(model: ReportModel): Promise<Buffer> {
  const { title, facts, sections } = reportDocument(model);
  // CreationDate is the model's, so the same model gives the same file.
  const doc = new PDFDocument({
    size: 'A4',
    // Landscape: an issue table has eleven columns, and summaries need the width.
    layout: 'landscape',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: title, Author: 'Sprint Reports', Creator: 'Sprint Reports', Subject: `${model.kind} report`, CreationDate: new Date(model.generatedAt) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const [name, file] of Object.entries(fontFiles())) doc.registerFont(name, file);

  doc.font(BOLD).fontSize(18).fillColor('#111827').text(title);
  doc.moveDown(0.3).font(REGULAR).fontSize(9).fillColor(GREY);
  for (const f of facts) doc.text(`${f.label}: ${f.value}`);
  sections.forEach((s) => drawSection(doc, s));
  footers(doc, title);
  doc.end();
  return done;
}
