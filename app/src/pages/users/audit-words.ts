/** The audit log in words: actions, kinds, targets and details as people say them. */

const THINGS: Record<string, string> = {
  jira_connection: 'JIRA connection',
  oidc_provider: 'identity provider',
  team_member: 'team member',
  report_schedule: 'report schedule',
  tenant: 'organisation',
};

const words = (s: string) =>
  s
    .replace(/_/g, ' ')
    .replace(/\bjira\b/gi, 'JIRA')
    .replace(/\boidc\b/gi, 'OIDC');
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A kind (user, jira_connection) as a label: "Users", "JIRA connections". */
export function kindWords(kind: string): string {
  const thing = THINGS[kind] ?? words(kind);
  return capital(thing.endsWith('s') ? thing : `${thing}s`);
}

/**
 * `thing.verb` in words: user.created is "Created user"; a verb with an object says it first
 * (tenant.disciplines_set: "Set disciplines of organisation").
 */
export function actionWords(action: string): string {
  const [kind = '', verb = ''] = action.split('.', 2);
  const thing = THINGS[kind] ?? words(kind);
  const parts = verb.split('_');
  if (parts.length === 1) return capital(`${verb} ${thing}`);
  const last = parts.pop()!;
  return capital(`${last} ${words(parts.join('_'))} of ${thing}`);
}

/** The target: what the details name it by (an email, a name, a team, an issuer), else its type. */
export function targetWords(e: { targetType: string; details: string }): string {
  const d = parse(e.details);
  const name = [d.email, d.name, d.team, d.issuer].find((v) => typeof v === 'string') as string | undefined;
  const type = words(e.targetType.replace(/([a-z])([A-Z])/g, '$1_$2'))
    .toLowerCase()
    .replace(/\bjira\b/, 'JIRA')
    .replace(/\boidc\b/, 'OIDC');
  return name ? `${name} (${type})` : capital(type);
}

function parse(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Names of the organisation's people, teams, boards and sprints by id: details name them, not their ids. */
export type Names = ReadonlyMap<string, string>;
const noNames: Names = new Map();

function valueWords(v: unknown, names: Names = noNames): string {
  if (v === null || v === undefined || v === '') return 'none';
  if (typeof v === 'string' && names.has(v)) return names.get(v)!;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (Array.isArray(v)) return v.length ? v.map((x) => valueWords(x, names)).join(', ') : 'none';
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('from' in o && 'to' in o && Object.keys(o).length === 2) return `${valueWords(o.from, names)} → ${valueWords(o.to, names)}`;
    return (
      Object.entries(o)
        .map(([k, x]) => `${words(k)}: ${valueWords(x, names)}`)
        .join('; ') || 'none'
    );
  }
  return String(v);
}

/** The details as label and value lines: {"role":{"from":"MEMBER","to":"MANAGER"}} is role: MEMBER → MANAGER. */
export function detailLines(json: string, names: Names = noNames): [string, string][] {
  return Object.entries(parse(json)).map(([k, v]) => {
    const label = words(k.replace(/([a-z])([A-Z])/g, '$1_$2'))
      .toLowerCase()
      .replace(/\bjira\b/, 'JIRA');
    // "team id: 3c35…" reads "team: Atlas" once the id is known.
    const named = typeof v === 'string' && names.has(v) && / id$/.test(label);
    return [named ? label.replace(/ id$/, '') : label, valueWords(v, names)];
  });
}
