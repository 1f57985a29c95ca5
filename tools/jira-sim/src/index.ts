export {
  type JiraSite,
  type JiraField,
  type JiraHistory,
  type JiraChangelogItem,
  type JiraFlavor,
  type SimIssue,
  type SimBoard,
  type SimSprint,
  type SimStatus,
  type SimUser,
  type StatusCategoryKey,
  SPRINT_FIELD_TYPE,
  CATEGORY,
  cloudUser,
  findIssue,
  jiraDate,
  parseJiraDate,
  sprintFieldId,
  touchSite,
} from './site.ts';
export { SYSTEM_FIELDS, SPRINT_FIELD, RANK_FIELD, STORY_POINT_ESTIMATE_FIELD, STORY_POINTS_FIELD, EPIC_LINK_FIELD, cloudFields } from './fields.ts';
export { siteFromDataset, SIM_BOT } from './from-dataset.ts';
export { siteFromDevlakeFixtures, devlakeFixturesDir } from './from-fixtures.ts';
export { largeSite } from './large.ts';
export { compileJql, runJql, JqlError, type CompiledJql } from './jql.ts';
export { FaultInjector, TRUNCATED_CHANGELOG, type FaultPlan, type FaultKind, type FaultStats } from './faults.ts';
export { serverSprintString } from './render.ts';
export { CLOUD_SEARCH_CHANGELOG_CAP, CLOUD_ISSUE_CHANGELOG_CAP, SERVER_SEARCH_CHANGELOG_CAP } from './search.ts';
export { changeIssue, addIssue, removeIssue, changeSprint, addSprint, removeSprint, type IssueChange, type NewIssue, type SprintChange } from './mutate.ts';
export {
  sendWebhook,
  webhookSignature,
  type WebhookBody,
  type IssueWebhookBody,
  type SprintWebhookBody,
  type IssueWebhookEvent,
  type SprintWebhookEvent,
} from './webhooks.ts';
export {
  startJiraSim,
  JiraSim,
  DEFAULT_CLOUD_AUTH,
  DEFAULT_SERVER_AUTH,
  type JiraSimOptions,
  type SimRequestLog,
  type CloudAuth,
  type ServerAuth,
} from './server.ts';
export { sprintReport } from './sprint-report.ts';
