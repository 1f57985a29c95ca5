import type { ReportModel } from '../report-model.ts';
import { date } from './format.ts';

/** Lower-case ASCII words joined by hyphens: "Übersicht Board #2" → "ubersicht-board-2". */
const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A name with nothing ASCII in it ("日本") falls back to its id, so the file name still says whose it is. */
const part = (subject: { id: string; name: string }) => slug(subject.name) || slug(subject.id);

function subject(model: ReportModel): string[] {
  switch (model.kind) {
    case 'SPRINT':
      return [part(model.board), part(model.sprint)];
    case 'VELOCITY':
      if (model.boards.length === 1 || !model.team) return model.boards.slice(0, 1).map((b) => part(b.board));
      return [part(model.team)];
    case 'CAPACITY':
    case 'HISTORY':
      return [part(model.team), date(model.from), date(model.to)];
  }
}

/** `<kind>-report-<subject>.<extension>`, e.g. "sprint-report-atlas-sprint-12.pdf". */
export function fileName(model: ReportModel, extension: string): string {
  return [`${model.kind.toLowerCase()}-report`, ...subject(model)].join('-') + `.${extension}`;
}
