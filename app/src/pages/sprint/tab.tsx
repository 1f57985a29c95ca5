import type { ComponentType } from 'react';
import type { SprintReportFiguresFragment } from '../../gql/graphql.ts';
import { unitOf } from '../../components.tsx';

export type ReportSprint = SprintReportFiguresFragment;
export type Analysis = NonNullable<ReportSprint['analysis']>;
export type AnalysedIssue = Analysis['issues'][number];

/** What every tab of the report gets. */
export interface TabProps {
  sprint: ReportSprint;
  boardId: string;
  /** The board's time zone: the charts' days are its calendar days. */
  timeZone: string;
}
/** A tab that shows the sprint's analysis gets it, and its unit, as well. */
export interface AnalysisTabProps extends TabProps {
  analysis: Analysis;
  /** points, hours or issues: what the figures count. */
  unit: string;
}

export interface ReportTab {
  /** Its URL segment. */
  id: string;
  label: string;
  Panel: ComponentType<TabProps>;
}

/** A tab of the analysis: before the sprint started there is none, and the tab says so. */
export function analysed(Panel: ComponentType<AnalysisTabProps>): ComponentType<TabProps> {
  function AnalysedPanel(props: TabProps) {
    const a = props.sprint.analysis;
    if (!a) return <p className="card empty">This sprint has not started: there are no figures yet.</p>;
    return <Panel {...props} analysis={a} unit={unitOf(a.statistic)} />;
  }
  AnalysedPanel.displayName = `Analysed(${Panel.displayName ?? Panel.name})`;
  return AnalysedPanel;
}
