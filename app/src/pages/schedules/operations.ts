/** The schedules page's typed operations (schema/reports.graphql). */
import { graphql } from '../../gql/index.ts';

export const ScheduleFields = graphql(`
  fragment ScheduleFields on ReportSchedule {
    id
    kind
    format
    recipients @include(if: $withRecipients)
    cron
    timeZone
    atSprintClose
    rangeDays
    paused
    nextRunAt
    lastRunAt
    createdAt
  }
`);

export const BoardSchedulesQuery = graphql(`
  query BoardSchedules($boardId: ID!, $withRecipients: Boolean!) {
    reportEmailEnabled
    board(id: $boardId) {
      id
      name
      team { id name reportSchedules { ...ScheduleFields } }
    }
  }
`);

export const CreateScheduleMutation = graphql(`
  mutation CreateReportSchedule($input: CreateReportScheduleInput!, $idempotencyKey: String, $withRecipients: Boolean! = true) {
    createReportSchedule(input: $input, idempotencyKey: $idempotencyKey) { ...ScheduleFields }
  }
`);

export const UpdateScheduleMutation = graphql(`
  mutation UpdateReportSchedule($id: ID!, $input: UpdateReportScheduleInput!, $withRecipients: Boolean! = true) {
    updateReportSchedule(id: $id, input: $input) { ...ScheduleFields }
  }
`);

export const RunScheduleMutation = graphql(`
  mutation RunReportSchedule($id: ID!, $idempotencyKey: String) {
    runReportSchedule(id: $id, idempotencyKey: $idempotencyKey) { id status }
  }
`);

export const DeleteScheduleMutation = graphql(`
  mutation DeleteReportSchedule($id: ID!) {
    deleteReportSchedule(id: $id)
  }
`);

export const ScheduleDeliveriesQuery = graphql(`
  query ScheduleDeliveries($scheduleId: ID!) {
    reportDeliveries(scheduleId: $scheduleId, limit: 50) {
      id
      recipient
      status
      attempts
      smtpResponse
      createdAt
      lastAttemptAt
      nextAttemptAt
      sentAt
      report { id kind status sprint { id name } }
    }
  }
`);
