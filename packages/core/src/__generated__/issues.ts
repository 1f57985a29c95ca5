export type JiraFlavor =
  /** JIRA Cloud (*.atlassian.net): email and API token. */
  | 'CLOUD'
  /** JIRA Server or Data Center: a personal access token. */
  | 'SERVER';

export type LinkDirection =
  | 'INWARD'
  | 'OUTWARD';

/** Tenant roles, most powerful first; each includes the ones after it. */
export type Role =
  | 'ADMIN'
  | 'MANAGER'
  | 'MEMBER'
  | 'VIEWER';

export type StatusCategory =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'TODO';

/** How the story points field was chosen. */
export type StoryPointsFieldSource =
  /** Most boards estimate in it (their estimation field in JIRA). */
  | 'BOARD'
  /** Found by its name (Story Points, then Story point estimate). */
  | 'NAME'
  /** The connection's override names it. */
  | 'OVERRIDE';

export type SyncStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/**
 * Whether a connection's JIRA webhooks must be signed. JIRA signs a webhook when it is given the
 * connection's secret: `X-Hub-Signature: sha256=<hex HMAC-SHA256 of the body>`.
 */
export type WebhookSigning =
  /**
   * Webhooks are accepted without a signature, and signatures are not checked: anyone who knows the
   * connection's webhook URL can then change its issues and sprints. Only for a JIRA that cannot sign
   * webhooks (older Server/Data Center); an admin must choose it explicitly.
   */
  | 'OFF'
  /** Unsigned or wrongly signed webhooks are refused (HTTP 401). Every connection starts so. */
  | 'REQUIRED';
