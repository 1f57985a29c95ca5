/** A board's rule: issues with one of these components, labels or issue types belong to the discipline. */
export interface DisciplineMatcher {
  discipline: string;
  components: readonly string[];
  labels: readonly string[];
  issueTypes: readonly string[];
}

/** What an issue's discipline is read from. */
export interface DisciplineSubject {
  components: readonly string[];
  labels: readonly string[];
  issueType: string;
  /** The issues subgraph's reading: a component or label named after a discipline. */
  discipline: string | null;
  assigneeId: string | null;
}

const lower = (list: readonly string[]) => list.map((v) => v.toLowerCase());

/**
 * The issue's discipline: the board's first matching rule (component, label or issue type), else
 * a component or label named after a discipline, else the assignee's discipline in the board's
 * team, else "Unassigned". Sprint analysis and queue planning both count by it.
 */
export function disciplineOf(issue: DisciplineSubject, rules: readonly DisciplineMatcher[], teamDisciplines?: ReadonlyMap<string, string>): string {
  const components = lower(issue.components);
  const labels = lower(issue.labels);
  const type = issue.issueType.toLowerCase();
  const rule = rules.find(
    (r) => lower(r.components).some((c) => components.includes(c)) || lower(r.labels).some((l) => labels.includes(l)) || lower(r.issueTypes).includes(type),
  );
  return rule?.discipline ?? issue.discipline ?? (issue.assigneeId ? teamDisciplines?.get(issue.assigneeId) : undefined) ?? 'Unassigned';
}
