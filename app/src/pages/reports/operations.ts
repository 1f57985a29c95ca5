/** The reports' GraphQL operations: one fragment for a report wherever it is shown. */
import { graphql } from '../../gql/index.ts';

export const ReportFieldsFragment = graphql(`
  fragment ReportFields on Report {
    id
    kind
    format
    status
    progress
    cached
    sizeBytes
    fileName
    error
    createdAt
    finishedAt
    last
    from
    to
    sprint { id name }
    board { id name }
    team { id name }
    requestedBy { id displayName }
    schedule { id }
  }
`);

/** The board's Reports page: who is asking (their role decides the generate form), the board's sprints and its reports. */
export const BoardReportsQuery = graphql(`
  query BoardReports($boardId: ID!) {
    me { id role }
    board(id: $boardId) {
      id
      name
      team { id name reports(limit: 100) { ...ReportFields } }
      sprints { id name state startDate reports { ...ReportFields } }
    }
  }
`);

/** One sprint's reports (the sprint report's panel). */
export const SprintReportsQuery = graphql(`
  query SprintReports($sprintId: ID!) {
    me { id role }
    sprint(id: $sprintId) { id name reports { ...ReportFields } }
  }
`);

export const GenerateReportMutation = graphql(`
  mutation GenerateReport($input: GenerateReportInput!, $idempotencyKey: String) {
    generateReport(input: $input, idempotencyKey: $idempotencyKey) { ...ReportFields }
  }
`);

// Each step of the job: the normalised cache updates the report wherever it is shown.
export const ReportProgressSubscription = graphql(`
  subscription ReportProgress($reportId: ID!) {
    reportProgress(reportId: $reportId) { at report { id status progress error } }
  }
`);

// The end (READY or FAILED), answered at once when it already ended: no end is missed however fast the job was.
export const ReportReadySubscription = graphql(`
  subscription ReportReady($reportId: ID!) {
    reportReady(reportId: $reportId) { at report { ...ReportFields } }
  }
`);

// The report as it is now: read every few seconds when live updates cannot tell (ReportJob).
export const ReportStatusQuery = graphql(`
  query ReportStatus($id: ID!) {
    report(id: $id) { ...ReportFields }
  }
`);
