/**
 * The JSON JIRA's REST APIs return, as far as the sync reads it (Cloud v3 / Server-DC v2 and the
 * Agile 1.0 API). Field values in `fields` stay `unknown`: their shapes differ by site and flavour.
 */

export type JiraFlavor = 'CLOUD' | 'SERVER';

export interface JiraMyself {
  accountId?: string; // Cloud
  key?: string; // Server/DC
  name?: string; // Server/DC
  displayName?: string;
  emailAddress?: string;
  /** IANA zone, e.g. "Europe/Berlin": JQL dates are read in it. */
  timeZone?: string;
}

export interface JiraField {
  id: string;
  name: string;
  custom?: boolean;
  schema?: { type?: string; custom?: string; customId?: number };
}

export interface JiraStatus {
  id: string;
  name: string;
  statusCategory?: { id?: number; key: string; name?: string };
}

export interface JiraBoard {
  id: number;
  name: string;
  type?: string;
  location?: { projectKey?: string; projectId?: number; projectName?: string };
}

export interface JiraBoardConfiguration {
  id: number;
  name?: string;
  filter?: { id: string };
  columnConfig?: { columns: { name: string; statuses: { id: string }[] }[] };
  estimation?: { type?: string; field?: { fieldId: string; displayName?: string } };
  ranking?: { rankCustomFieldId?: number };
}

export interface JiraSprint {
  id: number;
  name: string;
  state: string; // "closed" | "active" | "future" (any case)
  /** The planned start. */
  startDate?: string;
  endDate?: string;
  completeDate?: string;
  /** Server/DC only: when someone pressed Start. Cloud's Agile API does not send it. */
  activatedDate?: string;
  originBoardId?: number;
  goal?: string;
}

export interface JiraChangelogItem {
  field: string;
  fieldtype?: string;
  /** Cloud only; Server/DC items name the field only. */
  fieldId?: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export interface JiraHistory {
  id: string;
  created: string;
  author?: { accountId?: string; name?: string; displayName?: string };
  items: JiraChangelogItem[];
}

export interface JiraChangelog {
  startAt: number;
  maxResults: number;
  total: number;
  histories: JiraHistory[];
}

export interface JiraIssue {
  id: string;
  key: string;
  fields: Record<string, unknown>;
  changelog?: JiraChangelog;
}

/** A page of `/rest/agile/1.0/board...` lists. */
export interface JiraAgilePage<T> {
  startAt: number;
  maxResults: number;
  total?: number;
  isLast?: boolean;
  values: T[];
}

/** Cloud `/rest/api/3/search/jql`: no total; `nextPageToken` absent on the last page. */
export interface JiraCloudSearchPage {
  issues: JiraIssue[];
  nextPageToken?: string;
  isLast?: boolean;
}

/** Server/DC `/rest/api/2/search`. */
export interface JiraServerSearchPage {
  startAt: number;
  maxResults: number;
  total: number;
  issues: JiraIssue[];
}

/** Cloud `/rest/api/3/issue/{id}/changelog`. */
export interface JiraChangelogPage {
  startAt: number;
  maxResults: number;
  total: number;
  isLast?: boolean;
  values: JiraHistory[];
}
