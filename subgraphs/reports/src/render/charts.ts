/**
 * The charts, as SVG strings: inline in the HTML and drawn into the PDF by svg-to-pdfkit, so both
 * show the same picture. Plain shapes and text only (no CSS, no xmlns URL), which both read alike.
 * No width or height: the page sizes a chart (CSS in HTML, pdf.ts in the PDF), the viewBox scales it.
 */
import type { DisciplineCapacityRow, HistoryReportModel, SprintReportModel, VelocityReportModel } from '../report-model.ts';
import { date, percent, points } from './format.ts';
import { escapeXml } from './xml.ts';

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 260;
const PLOT = { left: 52, right: 12, top: 34, bottom: 36 };
const COLORS = { capacity: '#2563eb', committed: '#94a3b8', completed: '#16a34a', line: '#ea580c', ideal: '#6b7280' };

interface Series {
  name: string;
  values: (number | null)[];
  type: 'bar' | 'line';
  color: string;
  dashed?: boolean;
}

interface ChartSpec {
  title: string;
  labels: string[];
  series: Series[];
  /** How a value shows on the y axis and in a bar's tooltip. */
  format: (value: number) => string;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** 0 to at least `max` in steps of 1, 2 or 5 × 10^k: about `target` gridlines. */
export function niceTicks(max: number, target = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  const steps = Math.ceil(max / step - 1e-9);
  return Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** Bars grouped per label and lines through the labels' centres, on one y scale from 0. */
function chart({ title, labels, series, format }: ChartSpec): string {
  const values = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const ticks = niceTicks(Math.max(0, ...values));
  const top = ticks.at(-1)!;
  const width = CHART_WIDTH - PLOT.left - PLOT.right;
  const height = CHART_HEIGHT - PLOT.top - PLOT.bottom;
  const bottom = PLOT.top + height;
  const band = width / Math.max(labels.length, 1);
  const x = (i: number) => PLOT.left + band * (i + 0.5);
  const y = (v: number) => PLOT.top + height * (1 - Math.max(v, 0) / top);
  const out: string[] = [];

  for (const t of ticks) {
    out.push(`<line x1="${PLOT.left}" x2="${CHART_WIDTH - PLOT.right}" y1="${round(y(t))}" y2="${round(y(t))}" stroke="#e5e7eb"/>`);
    out.push(`<text x="${PLOT.left - 6}" y="${round(y(t) + 4)}" text-anchor="end" fill="#374151">${escapeXml(format(t))}</text>`);
  }
  // Every label when they fit, else every n-th, each cut to the room it has.
  const every = Math.ceil(labels.length / Math.max(1, Math.floor(width / 64)));
  const chars = Math.max(3, Math.floor((band * every) / 6.5));
  labels.forEach((name, i) => {
    if (i % every) return;
    const shown = name.length > chars ? `${name.slice(0, chars - 1)}…` : name;
    out.push(`<text x="${round(x(i))}" y="${bottom + 16}" text-anchor="middle" fill="#374151">${escapeXml(shown)}</text>`);
  });

  const bars = series.filter((s) => s.type === 'bar');
  const barWidth = Math.min((band * 0.8) / Math.max(bars.length, 1), 48);
  bars.forEach((s, j) =>
    s.values.forEach((v, i) => {
      if (v === null) return;
      const left = x(i) - (barWidth * bars.length) / 2 + j * barWidth;
      out.push(
        `<rect x="${round(left)}" y="${round(y(v))}" width="${round(Math.max(barWidth - 2, 1))}" height="${round(bottom - y(v))}" fill="${s.color}">` +
          `<title>${escapeXml(`${labels[i]} · ${s.name}: ${format(v)}`)}</title></rect>`,
      );
    }),
  );

  for (const s of series.filter((s) => s.type === 'line')) {
    // A null value ends the line (burndown days still to come); a later value starts a new one.
    const runs: [number, number][][] = [[]];
    s.values.forEach((v, i) => (v === null ? runs.push([]) : runs.at(-1)!.push([round(x(i)), round(y(v))])));
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    for (const run of runs.filter((r) => r.length)) {
      const d = run.map(([px, py], i) => `${i ? 'L' : 'M'}${px} ${py}`).join(' ');
      out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"${dash}/>`);
      if (!s.dashed) out.push(...run.map(([px, py]) => `<circle cx="${px}" cy="${py}" r="2.5" fill="${s.color}"/>`));
    }
  }
  out.push(`<line x1="${PLOT.left}" x2="${CHART_WIDTH - PLOT.right}" y1="${bottom}" y2="${bottom}" stroke="#374151"/>`);

  let legendX = PLOT.left;
  for (const s of series) {
    out.push(
      s.type === 'bar'
        ? `<rect x="${legendX}" y="8" width="12" height="12" fill="${s.color}"/>`
        : `<line x1="${legendX}" x2="${legendX + 14}" y1="14" y2="14" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="4 2"' : ''}/>`,
    );
    out.push(`<text x="${legendX + 18}" y="18" fill="#111827">${escapeXml(s.name)}</text>`);
    legendX += 30 + s.name.length * 6.5;
  }

  const name = escapeXml(title);
  return (
    `<svg viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" role="img" aria-label="${name}" ` +
    `font-family="DejaVu Sans, Verdana, sans-serif" font-size="11"><title>${name}</title>${out.join('')}</svg>`
  );
}

export const burndownChart = (model: SprintReportModel) =>
  chart({
    title: `Burndown of ${model.sprint.name}: remaining ${model.unit} against the ideal line, and the sprint's scope`,
    labels: model.burndown.map((p) => date(p.date).slice(5)),
    series: [
      { name: `Remaining (${model.unit})`, values: model.burndown.map((p) => p.remainingPoints), type: 'line', color: COLORS.capacity },
      { name: 'Ideal', values: model.burndown.map((p) => p.idealPoints), type: 'line', color: COLORS.ideal, dashed: true },
      { name: 'Scope', values: model.burndown.map((p) => p.scopePoints), type: 'line', color: COLORS.line },
    ],
    format: points,
  });

type CapacityBars = Pick<DisciplineCapacityRow, 'discipline' | 'capacityPoints' | 'committedPoints' | 'completedPoints'>;

/** `held` names what is held against capacity: "Committed" once a sprint started, "Planned" (its queue) before; no completed bars before. */
export const capacityChart = (rows: CapacityBars[], unit: string, held: 'Committed' | 'Planned' = 'Committed') => {
  const completed = held === 'Committed';
  return chart({
    title: completed ? `Capacity, committed and completed ${unit} per discipline` : `Capacity and planned ${unit} per discipline`,
    labels: rows.map((r) => r.discipline),
    series: [
      { name: 'Capacity', values: rows.map((r) => r.capacityPoints), type: 'bar', color: COLORS.capacity },
      { name: held, values: rows.map((r) => r.committedPoints), type: 'bar', color: COLORS.committed },
      ...(completed ? [{ name: 'Completed', values: rows.map((r) => r.completedPoints), type: 'bar' as const, color: COLORS.completed }] : []),
    ],
    format: points,
  });
};

export const velocityChart = ({ board, unit, sprints }: VelocityReportModel['boards'][number]) =>
  chart({
    title: `Velocity of ${board.name}: committed and completed ${unit} per sprint, with the rolling average of 3`,
    labels: sprints.map((s) => s.sprint.name),
    series: [
      { name: 'Committed', values: sprints.map((s) => s.committedPoints), type: 'bar', color: COLORS.committed },
      { name: 'Completed', values: sprints.map((s) => s.completedPoints), type: 'bar', color: COLORS.completed },
      { name: 'Rolling average (3)', values: sprints.map((s) => s.rollingAverage3), type: 'line', color: COLORS.line },
    ],
    format: points,
  });

export const historyCompletedChart = (model: HistoryReportModel, unit: string) =>
  chart({
    title: `Completed ${unit} per sprint`,
    labels: model.sprints.map((s) => s.sprint.name),
    series: [{ name: `Completed (${unit})`, values: model.sprints.map((s) => s.completedPoints), type: 'bar', color: COLORS.completed }],
    format: points,
  });

export const sayDoChart = (model: HistoryReportModel) =>
  chart({
    title: 'Say/do ratio per sprint',
    labels: model.sprints.map((s) => s.sprint.name),
    series: [{ name: 'Say/do ratio', values: model.sprints.map((s) => s.sayDoRatio), type: 'line', color: COLORS.line }],
    format: percent,
  });
