/**
 * PDF: the same sections as HTML, laid out with pdfkit on landscape A4. Tables break across pages with their
 * header repeated; charts are the HTML's SVG drawn by svg-to-pdfkit. DejaVu Sans is embedded because
 * the standard PDF fonts only know Latin-1 and summaries are anyone's text.
 *
 * No page is left mostly empty: narrow figure tables go side by side (with a chart after them when
 * it fits the row), short tables move whole, long ones start where a few rows fit, and a chart may
 * shrink to fit the rest of a page (tests/layout.test.ts measures the rendered pages).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { ReportModel } from '../report-model.ts';
import { CHART_HEIGHT, CHART_WIDTH } from './charts.ts';
import { reportDocument, type Section, type Table } from './sections.ts';

const REGULAR = 'DejaVuSans';
const BOLD = 'DejaVuSans-Bold';
const MARGIN = 40;
const PAD = 3;
const GREY = '#4b5563';
const TABLE_FONT_SIZE = 8; /** Charts a little narrower than the page, so their text is about the tables' size. */
const CHART_PT = 480;
/** A chart may be drawn down to this share of its height to fit the rest of a page rather than leave it empty. */
const CHART_SHRINK = 0.6;
/** The narrowest a chart beside other sections may be. */
const MIN_CHART_PT = 360;
/** Space between sections side by side, and between charts. */
const GAP = 24;
/** A heading's own height with the space around it. */
const HEADING_ROOM = 40;
/** A table up to this share of a page moves to the next page whole rather than break. */
const KEEP_WHOLE = 0.25;

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

const usableHeight = (doc: Doc) => doc.page.maxY() - doc.page.margins.top;

/**
 * Each column as wide as its widest cell when the table fits `available`. Else each starts at what
 * it cannot go below (its longest word; a whole figure in a number column) and the room left goes
 * to the columns in proportion to how much more they want: long summaries and reasons wrap, figures never.
 */
function columnWidths(doc: Doc, { columns, rows }: Table, available: number): number[] {
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
  if (sum('max') <= available) return measured.map((m) => m.max);
  // Too many columns even at their minimum: all shrink alike and words break.
  if (sum('min') >= available) return measured.map((m) => (m.min * available) / sum('min'));
  const share = (available - sum('min')) / (sum('max') - sum('min'));
  return measured.map((m) => m.min + (m.max - m.min) * share);
}

type TableLayout = ReturnType<typeof tableLayout>;

/** Column widths and row heights, known before drawing: where the page breaks depends on them. */
function tableLayout(doc: Doc, table: Table, available: number) {
  doc.fontSize(TABLE_FONT_SIZE);
  const widths = columnWidths(doc, table, available);
  const height = (cells: string[], font: string) =>
    Math.max(...cells.map((text, i) => doc.font(font).heightOfString(text, { width: widths[i] - 2 * PAD }))) + 2 * PAD;
  const header = height(
    table.columns.map((c) => c.title),
    BOLD,
  );
  const rows = table.rows.map((row) => height(row, REGULAR));
  return { table, widths, width: widths.reduce((a, b) => a + b, 0), header, rows, total: rows.reduce((a, b) => a + b, header) };
}

function drawTable(doc: Doc, { table, widths, width, header, rows }: TableLayout, left: number) {
  const draw = (cells: string[], font: string, height: number, fill: string | null) => {
    const y = doc.y;
    if (fill) doc.rect(left, y, width, height).fill(fill);
    doc.font(font).fontSize(TABLE_FONT_SIZE).fillColor('#111827');
    let x = left;
    cells.forEach((text, i) => {
      doc.text(text, x + PAD, y + PAD, { width: widths[i] - 2 * PAD, align: table.columns[i].align });
      x += widths[i];
    });
    doc.x = left;
    doc.y = y + height;
  };
  const drawHeader = () =>
    draw(
      table.columns.map((c) => c.title),
      BOLD,
      header,
      '#e5e7eb',
    );

  room(doc, header + (rows[0] ?? 0));
  drawHeader();
  let onPage = 0;
  table.rows.forEach((row, i) => {
    // No widow: the last row does not go to a page alone; the row before it goes with it (when this page holds a few already).
    const needed = i === rows.length - 2 && onPage >= 3 ? rows[i] + rows[i + 1] : rows[i];
    if (doc.y + needed > doc.page.maxY()) {
      doc.addPage();
      drawHeader();
      onPage = 0;
    }
    draw(row, REGULAR, rows[i], i % 2 ? '#f9fafb' : null);
    onPage++;
  });
  doc.moveDown(0.5);
}

const chartHeightAt = (width: number) => (width * CHART_HEIGHT) / CHART_WIDTH;

/** A chart at `width` (its height follows), or lower to fit what is left of the page when that is most of it; its height. */
function drawChart(doc: Doc, svg: string, left: number, width: number, top = doc.y) {
  let height = chartHeightAt(width);
  const space = doc.page.maxY() - top;
  if (space < height && space >= height * CHART_SHRINK) height = space;
  const scaled = (height * CHART_WIDTH) / CHART_HEIGHT;
  SVGtoPDF(doc, svg, left, top, { width: scaled, height, assumePt: true, fontCallback: (_family, bold) => (bold ? BOLD : REGULAR) });
  return height;
}

/**
 * A section's charts: one at CHART_PT wide; two or more side by side, two to a row, in halves of
 * the page's width (a velocity and a say/do chart read best next to each other).
 */
function drawCharts(doc: Doc, charts: string[]) {
  const perRow = charts.length > 1 ? 2 : 1;
  const width = perRow > 1 ? (contentWidth(doc) - GAP) / 2 : CHART_PT;
  for (let i = 0; i < charts.length; i += perRow) {
    room(doc, chartHeightAt(width) * CHART_SHRINK);
    const top = doc.y;
    const heights = charts.slice(i, i + perRow).map((svg, j) => drawChart(doc, svg, MARGIN + j * (width + GAP), width, top));
    doc.x = MARGIN;
    doc.y = top + Math.max(...heights) + 6;
  }
}

const HEADING_SIZE = 13;
const NOTE_SIZE = 9;

/** What a section's heading must have below it on its page: its notes and first chart, or its table when short, else the table's first rows. */
function firstBlock(doc: Doc, section: Section, table: TableLayout | null, width: number) {
  const notes = section.notes.reduce((sum, note) => sum + doc.font(REGULAR).fontSize(NOTE_SIZE).heightOfString(note, { width }), 0);
  const chart = section.charts.length ? chartHeightAt(section.charts.length > 1 ? (contentWidth(doc) - GAP) / 2 : CHART_PT) * CHART_SHRINK : 0;
  // A short table moves whole; a long one starts wherever its header and a few rows fit, so no page is left mostly empty.
  const tableStart = table
    ? table.total <= usableHeight(doc) * KEEP_WHOLE
      ? table.total
      : table.header + table.rows.slice(0, 3).reduce((a, b) => a + b, 0)
    : 0;
  return HEADING_ROOM + notes + (chart || tableStart);
}

function drawHeading(doc: Doc, section: Section, left: number, width: number) {
  // Spacing in the notes' size whatever was drawn before: sections side by side start level.
  doc.font(REGULAR).fontSize(NOTE_SIZE).moveDown(0.6).font(BOLD).fontSize(HEADING_SIZE).fillColor('#111827').text(section.title, left, doc.y, { width });
  doc.moveDown(0.3);
  for (const note of section.notes) doc.font(REGULAR).fontSize(NOTE_SIZE).fillColor(GREY).text(note, left, doc.y, { width });
  if (section.notes.length) doc.moveDown(0.3);
}

function drawSection(doc: Doc, section: Section) {
  const table = section.table && tableLayout(doc, section.table, contentWidth(doc));
  room(doc, firstBlock(doc, section, table, contentWidth(doc)));
  drawHeading(doc, section, MARGIN, contentWidth(doc));
  if (section.charts.length) drawCharts(doc, section.charts);
  if (table) drawTable(doc, table, MARGIN);
}

/** A section in a row of sections side by side: a narrow table, or one chart. */
type InRow = { section: Section; width: number; table: TableLayout | null };

/**
 * Sections that are only a narrow table (the Summary and Figures, a board's predictability) go
 * side by side, as many as fit the width, and a section that is only a chart (the burndown) takes
 * the rest of the row when that is wide enough: short lists of figures do not take a page each.
 */
function narrowRow(doc: Doc, sections: Section[], from: number): InRow[] {
  const row: InRow[] = [];
  let used = 0;
  for (const section of sections.slice(from)) {
    if (section.notes.length) break;
    const heading = doc.font(BOLD).fontSize(HEADING_SIZE).widthOfString(section.title);
    if (section.charts.length === 1 && !section.table) {
      const width = Math.min(CHART_PT, contentWidth(doc) - used);
      if (!row.length || width < MIN_CHART_PT) break;
      row.push({ section, width, table: null });
      break; // a chart ends the row: it takes the rest of it
    }
    if (section.charts.length || !section.table) break;
    const table = tableLayout(doc, section.table, contentWidth(doc));
    const width = Math.max(table.width, heading);
    if (table.total > usableHeight(doc) * 0.9 || used + width > contentWidth(doc)) break;
    row.push({ section, width, table });
    used += width + GAP;
  }
  return row.length > 1 ? row : [];
}

const rowHeight = (row: InRow[]) => HEADING_ROOM + Math.max(...row.map((r) => r.table?.total ?? chartHeightAt(r.width)));

function drawRow(doc: Doc, row: InRow[]) {
  room(doc, rowHeight(row));
  const top = doc.y;
  let left = MARGIN;
  let bottom = top;
  for (const { section, width, table } of row) {
    doc.y = top;
    drawHeading(doc, section, left, width);
    if (table) drawTable(doc, table, left);
    else doc.y += drawChart(doc, section.charts[0], left, width) + 6;
    bottom = Math.max(bottom, doc.y);
    left += width + GAP;
  }
  doc.x = MARGIN;
  doc.y = bottom;
}

function drawSections(doc: Doc, sections: Section[]) {
  for (let i = 0; i < sections.length;) {
    // A row that does not fit below what is drawn already goes section by section instead, so its tables may break.
    const row = narrowRow(doc, sections, i);
    if (row.length && (doc.y + rowHeight(row) <= doc.page.maxY() || doc.y <= doc.page.margins.top)) {
      drawRow(doc, row);
      i += row.length;
    } else drawSection(doc, sections[i++]);
  }
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
  drawSections(doc, sections);
  footers(doc, title);
  doc.end();
  return done;
}
