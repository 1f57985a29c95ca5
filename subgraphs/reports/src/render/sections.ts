/**
 * What the human formats show: a report model as a title, facts and titled sections of formatted
 * cells and charts. Markdown, HTML and PDF only lay this out, so they cannot disagree.
 */
import type {
  CapacityReportModel,
  DisciplineCapacityRow,
  FlowPercentiles,
  Headline,
  HistoryReportModel,
  IssueOutcome,
  QueueOutcome,
  ReportIssue,
  ReportModel,
  SprintCapacitySummary,
  SprintReportModel,
  VelocityReportModel,
} from '../report-model.ts';
import { burndownChart, capacityChart, historyCompletedChart, sayDoChart, velocityChart } from './charts.ts';
import { count, date, dateRange, dateTime, hours, label, percent, points, reason, text, yesNo } from './format.ts';

export interface Column {
  title: string;
  align: 'left' | 'right';
  /** Free text (a summary, a reason) that wraps; every other cell keeps to one line. */
  wide?: boolean;
}

export interface Table {
  columns: Column[];
  rows: string[][];
}

/** Notes are figures that fit no table, or why a table is missing; charts are SVG strings. */
export interface Section {
  title: string;
  notes: string[];
  charts: string[];
  table: Table | null;
}

export interface ReportDocument {
  title: string;
  /** What the report is about (board, sprint, dates…): label and value. */
  facts: Headline;
  sections: Section[];
}

const left = (title: string): Column => ({ title, align: 'left' });
const right = (title: string): Column => ({ title, align: 'right' });
const wide = (title: string): Column => ({ title, align: 'left', wide: true });

const section = (title: string, parts: Partial<Omit<Section, 'title'>> = {}): Section => ({ title, notes: [], charts: [], table: null, ...parts });

/** A table with its notes and charts; without rows, only a note saying why. */
const rowsSection = (title: string, columns: Column[], rows: string[][], empty: string, parts: Partial<Omit<Section, 'title'>> = {}) =>
  rows.length ? section(title, { ...parts, table: { columns, rows } }) : section(title, { notes: [...(parts.notes ?? []), empty] });

const figures = (title: string, rows: Headline) =>
  section(title, { table: { columns: [left('Figure'), right('Value')], rows: rows.map((r) => [r.label, r.value]) } });

/** The unit(s) of figures that span boards: "points / hours" when boards count differently (they are not converted). */
const unitsOf = (units: string[]) => [...new Set(units)].join(' / ') || 'points';

const flow = (name: string, p: FlowPercentiles | null): Headline =>
  (['p50', 'p85', 'p95'] as const).map((q) => ({ label: `${name} ${q}`, value: hours(p ? p[q] : null) }));

const generated = (model: ReportModel) => ({ label: 'Generated', value: dateTime(model.generatedAt) });

/** The few numbers an email body shows, and the Summary of every human format. */
export function headline(model: ReportModel): Headline {
  switch (model.kind) {
    case 'SPRINT':
      return sprintHeadline(model);
    case 'VELOCITY':
      return model.boards.flatMap(({ board, unit, predictability: p }) => {
        const of = model.boards.length > 1 ? `${board.name}: ` : '';
        return [
          { label: `${of}Sprints`, value: count(p.sprints) },
          { label: `${of}Average committed (${unit})`, value: points(p.averageCommittedPoints) },
          { label: `${of}Average completed (${unit})`, value: points(p.averageCompletedPoints) },
          { label: `${of}Average say/do ratio`, value: percent(p.averageSayDoRatio) },
          { label: `${of}Predictability`, value: percent(p.predictability) },
        ];
      });
    case 'CAPACITY': {
      const unit = unitsOf(model.sprints.map((s) => s.unit));
      return [
        { label: 'Sprints', value: count(model.sprints.length) },
        ...model.totals.map((t) => ({
          label: t.discipline,
          value: `${points(t.committedPoints)} of ${points(t.capacityPoints)} ${unit} committed (${percent(t.utilisation)}), ${points(t.completedPoints)} completed (${percent(t.delivery)})`,
        })),
      ];
    }
    case 'HISTORY': {
      const unit = unitsOf(model.sprints.map((s) => s.unit));
      const a = model.averages;
      return [
        { label: 'Sprints', value: count(model.sprints.length) },
        { label: `Average completed (${unit})`, value: points(a.completedPoints) },
        { label: 'Average say/do ratio', value: percent(a.sayDoRatio) },
        { label: 'Average scope change', value: percent(a.scopeChangeRate) },
        { label: `Average carried out (${unit})`, value: points(a.carriedOutPoints) },
        { label: 'Average cycle time p50', value: hours(a.cycleTimeP50) },
      ];
    }
  }
}

/** The estimates of a sprint's issues now: what a sprint not started holds in JIRA. */
// JIRA's "2 → 1" for an issue added after the start and re-estimated: the Added figure counts the first.
const atEnd = (i: ReportIssue) =>
  i.addedAfterStart && i.pointsAtJoin !== null && i.pointsAtJoin !== i.pointsAtEnd
    ? `${points(i.pointsAtJoin)} → ${points(i.pointsAtEnd)}`
    : points(i.pointsAtEnd);
const estimated = (issues: ReportIssue[]) => issues.reduce((sum, i) => sum + (i.pointsAtEnd ?? 0), 0);

function sprintHeadline({ figures: f, unit, capacity, sprint, issues, queue }: SprintReportModel): Headline {
  const utilisation = capacity ? [{ label: 'Capacity utilisation', value: percent(capacity.utilisation) }] : [];
  if (!f) {
    // Nothing is committed before the start: what the sprint holds in JIRA, and the queue's plan against capacity, each called so.
    const planned =
      queue && capacity
        ? [
            { label: `Planned in the queue (${unit})`, value: points(capacity.committedPoints) },
            { label: 'Planned utilisation', value: percent(capacity.utilisation) },
          ]
        : [];
    return [
      { label: 'State', value: `${label(sprint.state)}: not started` },
      { label: 'Issues in the sprint', value: count(issues.length) },
      { label: `In the sprint (${unit})`, value: points(estimated(issues)) },
      ...(capacity ? [{ label: `Capacity (${unit})`, value: points(capacity.totalPoints) }] : []),
      ...planned,
    ];
  }
  return [
    { label: `Committed (${unit})`, value: points(f.committedPoints) },
    { label: `Completed (${unit})`, value: points(f.completedPoints) },
    { label: 'Say/do ratio', value: percent(f.sayDoRatio) },
    { label: 'Completion rate', value: percent(f.completionRate) },
    { label: 'Scope change', value: percent(f.scopeChangeRate) },
    { label: 'Issues', value: count(f.issueCount) },
    { label: 'Cycle time p50', value: hours(f.cycleTime?.p50 ?? null) },
    ...utilisation,
  ];
}

export function reportDocument(model: ReportModel): ReportDocument {
  const summary = figures('Summary', headline(model));
  switch (model.kind) {
    case 'SPRINT':
      return sprintDocument(model, summary);
    case 'VELOCITY':
      return velocityDocument(model, summary);
    case 'CAPACITY':
      return capacityDocument(model, summary);
    case 'HISTORY':
      return historyDocument(model, summary);
  }
}

const CLASSES: [IssueOutcome, string][] = [
  ['COMPLETED', 'Completed'],
  ['NOT_COMPLETED', 'Not completed'],
  ['COMPLETED_OUTSIDE', 'Completed outside the sprint'],
  ['REMOVED', 'Removed'],
  ['CANCELLED', 'Cancelled'],
];

function sprintDocument(model: SprintReportModel, summary: Section): ReportDocument {
  const { sprint, unit, figures: f, capacity, queue } = model;
  const facts = [
    { label: 'Board', value: model.board.name },
    ...(model.team ? [{ label: 'Team', value: model.team.name }] : []),
    { label: 'Sprint', value: `${sprint.name} (${label(sprint.state)})` },
    { label: 'Dates', value: dateRange(sprint.startDate, sprint.endDate) },
    // Server/DC: started later than planned (the dates above run from when Start was pressed).
    ...(sprint.plannedStartDate && sprint.startDate && sprint.plannedStartDate !== sprint.startDate
      ? [{ label: 'Planned start', value: date(sprint.plannedStartDate) }]
      : []),
    ...(sprint.completeDate ? [{ label: 'Completed', value: date(sprint.completeDate) }] : []),
    ...(sprint.goal ? [{ label: 'Goal', value: sprint.goal }] : []),
    { label: 'Statistic', value: label(model.statistic) },
    generated(model),
  ];

  const analysis = f
    ? figures('Figures', [
        { label: `Committed (${unit})`, value: points(f.committedPoints) },
        { label: `Added (${unit})`, value: points(f.addedPoints) },
        { label: `Removed (${unit})`, value: points(f.removedPoints) },
        { label: `Completed (${unit})`, value: points(f.completedPoints) },
        { label: `Not completed (${unit})`, value: points(f.notCompletedPoints) },
        { label: `Completed outside (${unit})`, value: points(f.completedOutsidePoints) },
        { label: `Cancelled (${unit})`, value: points(f.cancelledPoints) },
        { label: 'Completion rate', value: percent(f.completionRate) },
        { label: 'Say/do ratio', value: percent(f.sayDoRatio) },
        { label: 'Scope change', value: percent(f.scopeChangeRate) },
        { label: 'Issues', value: count(f.issueCount) },
        ...flow('Cycle time', f.cycleTime),
        ...flow('Lead time', f.leadTime),
      ])
    : section('Figures', { notes: ['The sprint has not started: it has no analysis, burndown or discipline figures yet.'] });

  const burndown = model.burndown.some((p) => p.remainingPoints !== null)
    ? section('Burndown', { charts: [burndownChart(model)] })
    : section('Burndown', { notes: ['No burndown yet: the sprint has not started.'] });

  // A closed sprint's statuses are those at its close (remote/gather.ts), and the column says so.
  const status = left(model.statusAsOf ? 'Status at close' : 'Status');
  const queued = new Map(queue?.items.map((q) => [q.key, q.position]));
  const issueColumns = f
    ? [
        left('Key'),
        wide('Summary'),
        left('Type'),
        status,
        left('Assignee'),
        left('Discipline'),
        right(`At start (${unit})`),
        right(`At end (${unit})`),
        left('Added'),
        right('Cycle time'),
        right('Lead time'),
      ]
    : // Not started: no start, no flow yet; each issue's estimate now and its place in the queue.
      [left('Key'), wide('Summary'), left('Type'), status, left('Assignee'), left('Discipline'), right(`Estimate (${unit})`), left('In the queue')];
  const issueRow = (i: ReportIssue) =>
    f
      ? [
          i.key,
          text(i.summary),
          text(i.type),
          text(i.status),
          text(i.assignee),
          i.discipline,
          points(i.pointsAtStart),
          atEnd(i),
          yesNo(i.addedAfterStart),
          hours(i.cycleTimeHours),
          hours(i.leadTimeHours),
        ]
      : [
          i.key,
          text(i.summary),
          text(i.type),
          text(i.status),
          text(i.assignee),
          i.discipline,
          points(i.pointsAtEnd),
          queued.has(i.key) ? `#${queued.get(i.key)}` : 'no',
        ];
  const issueTable = (title: string, issues: ReportIssue[]) =>
    section(`${title} (${issues.length})`, { table: { columns: issueColumns, rows: issues.map(issueRow) } });
  // Classes come from the analysis: a sprint without one lists its issues unclassed.
  const issueSections = f
    ? CLASSES.flatMap(([outcome, name]) => {
        const issues = model.issues.filter((i) => i.outcome === outcome);
        return issues.length ? [issueTable(`Issues: ${name}`, issues)] : [];
      })
    : model.issues.length
      ? [issueTable('Issues in the sprint', model.issues)]
      : [];

  const disciplines = rowsSection(
    'Disciplines',
    [
      left('Discipline'),
      right('Issues'),
      right(`Committed (${unit})`),
      right(`Added (${unit})`),
      right(`Removed (${unit})`),
      right(`Completed (${unit})`),
      right(`Not completed (${unit})`),
      right('Say/do ratio'),
      right('Cycle time p50'),
    ],
    model.disciplines.map((d) => [
      d.discipline,
      count(d.issueCount),
      points(d.committedPoints),
      points(d.addedPoints),
      points(d.removedPoints),
      points(d.completedPoints),
      points(d.notCompletedPoints),
      percent(d.sayDoRatio),
      hours(d.cycleTime?.p50 ?? null),
    ]),
    'No discipline figures: the sprint has not started.',
  );

  const capacitySection = capacity
    ? sprintCapacitySection(capacity, unit, !!f, !!queue)
    : section('Capacity', { notes: ['No capacity: the sprint has no dates, or its board no team.'] });

  const queueSection = queue
    ? rowsSection(
        f ? 'Queue outcome' : 'Queue',
        [right('#'), left('Key'), right(unit), left('Discipline'), wide('Reason'), left(f ? 'Outcome' : 'In the sprint')],
        queue.items.map((q) => [
          count(q.position),
          q.key,
          points(q.points),
          q.discipline,
          reason(q.reason),
          f ? (q.outcome ? label(q.outcome) : 'Never in the sprint') : yesNo(q.inSprint),
        ]),
        'The queue was empty.',
        {
          notes: [
            `${label(queue.status)} queue, generated ${dateTime(queue.generatedAt)}${queue.acceptedAt ? `, accepted ${dateTime(queue.acceptedAt)}` : ''}.`,
            queuePlan(model, queue),
          ],
        },
      )
    : section(f ? 'Queue outcome' : 'Queue', { notes: ['No queue was generated for the sprint.'] });

  return {
    title: model.title,
    facts,
    sections: [
      summary,
      analysis,
      // Not started: the Figures note says why there is no burndown or discipline figures, once.
      ...(f ? [burndown] : []),
      ...(issueSections.length ? issueSections : [section('Issues', { notes: ['The sprint has no issues.'] })]),
      ...(f ? [disciplines] : []),
      capacitySection,
      queueSection,
      // Scope changes after the start: none before it.
      ...(f
        ? [
            rowsSection(
              'Scope changes',
              [left('At'), left('Key'), left('Change'), right(unit)],
              model.scopeChanges.map((c) => [dateTime(c.at), c.key, label(c.kind), points(c.points)]),
              'No change of scope after the start.',
            ),
          ]
        : []),
      rowsSection(
        'Carry-over',
        [left('Key'), left('Carried in'), left('Carried out'), right('Sprints'), right(unit)],
        model.carryOver.map((c) => [c.key, yesNo(c.carriedIn), yesNo(c.carriedOut), count(c.sprintCount), points(c.points)]),
        'Nothing carried in or out.',
      ),
    ],
  };
}

/** What the queue planned and, once the sprint started, completed; before, how it and the sprint in JIRA overlap. */
function queuePlan({ unit, issues }: SprintReportModel, queue: QueueOutcome): string {
  const planned = `Planned ${points(queue.plannedPoints)} ${unit}`;
  if (queue.completedPoints !== null) return `${planned}, of which completed ${points(queue.completedPoints)} ${unit}.`;
  const inSprint = queue.items.filter((q) => q.inSprint);
  const queuedKeys = new Set(queue.items.map((q) => q.key));
  // Sub-tasks are never queue candidates (they follow their parent): not "not in the queue".
  const queueable = issues.filter((i) => !i.subtask);
  const subtasks = issues.length - queueable.length;
  const unqueued = queueable.filter((i) => !queuedKeys.has(i.key)).length;
  const are = (n: number) => `${count(n)} ${n === 1 ? 'is' : 'are'}`;
  const besides = subtasks ? ` (besides ${count(subtasks)} ${subtasks === 1 ? 'sub-task' : 'sub-tasks'}, never queued)` : '';
  return (
    `${planned} in ${count(queue.items.length)} issues: ${are(inSprint.length)} in the sprint in JIRA (${points(inSprint.reduce((sum, q) => sum + (q.points ?? 0), 0))} ${unit}), ` +
    `${are(queue.items.length - inSprint.length)} not yet. ` +
    (unqueued
      ? `Of the sprint's ${count(queueable.length)} issues${besides}, ${are(unqueued)} not in the queue.`
      : `Every issue of the sprint is in the queue${besides}.`)
  );
}

/**
 * Capacity per discipline against what the sprint holds: JIRA's commitment and what was completed
 * once it started; before, the queue's plan (the capacity subgraph holds a future sprint's queue
 * against it), so the column says "Planned". The total row has every column.
 */
/** How the capacity was reached, in words: a measured rate already holds the team's focus, a default rate is discounted by it. */
function capacityRule(capacity: SprintCapacitySummary, unit: string): string {
  const factor = `default points per person-day × focus factor ${points(capacity.focusFactor)}`;
  if (capacity.measured === 'NONE') return `Capacity: ${factor} (no history yet).`;
  const unstaffed = capacity.historyUnstaffedCompletedPoints
    ? ` (and ${points(capacity.historyUnstaffedCompletedPoints)} more in disciplines nobody on the team is in)`
    : '';
  const average =
    capacity.historyAverageCompletedPoints === null
      ? ''
      : `; the last sprints completed ${points(capacity.historyAverageCompletedPoints)} ${unit} on average${unstaffed}`;
  const some = capacity.measured === 'SOME' ? `, else ${factor}` : '';
  const adjusted = capacity.adjustment !== 1 ? `, × ${points(capacity.adjustment)} for this sprint's focus` : '';
  return `Capacity: measured points per person-day (focus already in them)${some}${adjusted}${average}.`;
}

function sprintCapacitySection(capacity: SprintCapacitySummary, unit: string, started: boolean, queued: boolean): Section {
  const rows = capacity.byDiscipline;
  const sum = (pick: (d: DisciplineCapacityRow) => number | null) => rows.reduce((total, d) => total + (pick(d) ?? 0), 0);
  const columns = [
    left('Discipline'),
    right('Members'),
    right('Available days'),
    right(`Capacity (${unit})`),
    right(started ? `Committed (${unit})` : `Planned (${unit})`),
    ...(started ? [right(`Completed (${unit})`)] : []),
    right('Utilisation'),
  ];
  const line = (
    name: string,
    members: number,
    d: Pick<DisciplineCapacityRow, 'availableDays' | 'capacityPoints' | 'committedPoints' | 'completedPoints' | 'utilisation'>,
  ) => [
    name,
    count(members),
    points(d.availableDays),
    points(d.capacityPoints),
    points(d.committedPoints),
    ...(started ? [points(d.completedPoints)] : []),
    percent(d.utilisation),
  ];
  const total = {
    availableDays: capacity.totalDays,
    capacityPoints: capacity.totalPoints,
    committedPoints: capacity.committedPoints,
    completedPoints: rows.some((d) => d.completedPoints !== null) ? sum((d) => d.completedPoints) : null,
    utilisation: capacity.utilisation,
  };
  const plan = started
    ? []
    : [queued ? "Planned: the generated queue's points per discipline." : 'Planned: no queue was generated yet, so nothing is planned against the capacity.'];
  return section('Capacity', {
    notes: [`${count(capacity.workingDays)} working days. ${capacityRule(capacity, unit)}`, ...plan],
    charts: rows.length ? [capacityChart(rows, unit, started ? 'Committed' : 'Planned')] : [],
    table: {
      columns,
      rows: [
        ...rows.map((d) => line(d.discipline, d.members, d)),
        line(
          'Total',
          sum((d) => d.members),
          total,
        ),
      ],
    },
  });
}

function velocityDocument(model: VelocityReportModel, summary: Section): ReportDocument {
  const boards = model.boards.flatMap((entry) => {
    const { board, unit, sprints, predictability: p } = entry;
    return [
      rowsSection(
        board.name,
        [
          left('Sprint'),
          left('Start'),
          left('End'),
          right(`Committed (${unit})`),
          right(`Completed (${unit})`),
          right('Say/do ratio'),
          right('Scope change'),
          right('Rolling average (3)'),
          right('Rolling average (5)'),
        ],
        sprints.map((s) => [
          s.sprint.name,
          date(s.sprint.startDate),
          date(s.sprint.endDate),
          points(s.committedPoints),
          points(s.completedPoints),
          percent(s.sayDoRatio),
          percent(s.scopeChangeRate),
          points(s.rollingAverage3),
          points(s.rollingAverage5),
        ]),
        'No closed sprints.',
        { notes: [`Statistic: ${label(entry.statistic)}.`], charts: sprints.length ? [velocityChart(entry)] : [] },
      ),
      figures(`${board.name}: predictability`, [
        { label: 'Sprints', value: count(p.sprints) },
        { label: `Average committed (${unit})`, value: points(p.averageCommittedPoints) },
        { label: `Average completed (${unit})`, value: points(p.averageCompletedPoints) },
        { label: 'Average say/do ratio', value: percent(p.averageSayDoRatio) },
        { label: 'Velocity variation', value: percent(p.velocityVariation) },
        { label: 'Predictability', value: percent(p.predictability) },
        { label: 'Average scope change', value: percent(p.averageScopeChangeRate) },
      ]),
    ];
  });
  return {
    title: model.title,
    facts: [
      ...(model.team ? [{ label: 'Team', value: model.team.name }] : []),
      { label: 'Closed sprints per board', value: count(model.last) },
      generated(model),
    ],
    sections: [summary, ...(boards.length ? boards : [section('Boards', { notes: ['No boards.'] })])],
  };
}

function capacityDocument(model: CapacityReportModel, summary: Section): ReportDocument {
  const unit = unitsOf(model.sprints.map((s) => s.unit));
  const none = 'No sprint started in the range.';
  return {
    title: model.title,
    facts: [{ label: 'Team', value: model.team.name }, { label: 'Period', value: dateRange(model.from, model.to) }, generated(model)],
    sections: [
      summary,
      rowsSection(
        'Planned vs. actual per discipline',
        [left('Discipline'), right(`Capacity (${unit})`), right(`Committed (${unit})`), right(`Completed (${unit})`), right('Utilisation'), right('Delivery')],
        model.totals.map((t) => [
          t.discipline,
          points(t.capacityPoints),
          points(t.committedPoints),
          points(t.completedPoints),
          percent(t.utilisation),
          percent(t.delivery),
        ]),
        none,
        { charts: model.totals.length ? [capacityChart(model.totals, unit)] : [] },
      ),
      rowsSection(
        'Sprints',
        [left('Sprint'), left('Board'), left('Start'), right(`Capacity (${unit})`), right(`Committed (${unit})`), right(`Completed (${unit})`)],
        model.sprints.map((s) => [
          s.sprint.name,
          s.board.name,
          date(s.sprint.startDate),
          points(s.totalPoints),
          points(s.committedPoints),
          points(s.completedPoints),
        ]),
        none,
      ),
      rowsSection(
        'Sprints by discipline',
        [
          left('Sprint'),
          left('Discipline'),
          right('Members'),
          right('Available days'),
          right(`Capacity (${unit})`),
          right(`Committed (${unit})`),
          right(`Completed (${unit})`),
          right('Utilisation'),
        ],
        model.sprints.flatMap((s) =>
          s.byDiscipline.map((d) => [
            s.sprint.name,
            d.discipline,
            count(d.members),
            points(d.availableDays),
            points(d.capacityPoints),
            points(d.committedPoints),
            points(d.completedPoints),
            percent(d.utilisation),
          ]),
        ),
        none,
      ),
    ],
  };
}

function historyDocument(model: HistoryReportModel, summary: Section): ReportDocument {
  const unit = unitsOf(model.sprints.map((s) => s.unit));
  const none = 'No sprint closed in the range.';
  return {
    title: model.title,
    facts: [{ label: 'Team', value: model.team.name }, { label: 'Period', value: dateRange(model.from, model.to) }, generated(model)],
    sections: [
      summary,
      rowsSection(
        'Sprints',
        [
          left('Sprint'),
          left('Board'),
          left('Closed'),
          right(`Committed (${unit})`),
          right(`Completed (${unit})`),
          right('Say/do ratio'),
          right('Scope change'),
          right('Carried out issues'),
          right(`Carried out (${unit})`),
          right('Cycle time p50'),
        ],
        model.sprints.map((s) => [
          s.sprint.name,
          s.board.name,
          date(s.sprint.completeDate),
          points(s.committedPoints),
          points(s.completedPoints),
          percent(s.sayDoRatio),
          percent(s.scopeChangeRate),
          count(s.carriedOutIssues),
          points(s.carriedOutPoints),
          hours(s.cycleTime?.p50 ?? null),
        ]),
        none,
        { charts: model.sprints.length ? [historyCompletedChart(model, unit), sayDoChart(model)] : [] },
      ),
      rowsSection(
        'By discipline',
        [
          left('Discipline'),
          right('Sprints'),
          right(`Completed (${unit})`),
          right(`Average completed (${unit})`),
          right('Average say/do ratio'),
          right('Cycle time p50'),
        ],
        model.byDiscipline.map((d) => [
          d.discipline,
          count(d.sprints),
          points(d.completedPoints),
          points(d.averageCompletedPoints),
          percent(d.averageSayDoRatio),
          hours(d.cycleTimeP50),
        ]),
        none,
      ),
      rowsSection(
        'Sprints by discipline',
        [
          left('Sprint'),
          left('Discipline'),
          right('Issues'),
          right(`Committed (${unit})`),
          right(`Completed (${unit})`),
          right('Say/do ratio'),
          right('Cycle time p50'),
        ],
        model.sprints.flatMap((s) =>
          s.disciplines.map((d) => [
            s.sprint.name,
            d.discipline,
            count(d.issueCount),
            points(d.committedPoints),
            points(d.completedPoints),
            percent(d.sayDoRatio),
            hours(d.cycleTime?.p50 ?? null),
          ]),
        ),
        none,
      ),
    ],
  };
}
