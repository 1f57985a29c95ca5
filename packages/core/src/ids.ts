import { createHash } from 'node:crypto';

/**
 * A UUID (version 5 layout) derived from its parts: the same JIRA object always gets the same id,
 * so re-syncs and seeds are idempotent and subgraphs can reference each other's entities.
 */
export function stableId(...parts: (string | number)[]): string {
  const hash = createHash('sha1').update(parts.join('\u0000')).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && uuidPattern.test(value);

/**
 * The id of a JIRA object synced through a connection. Both the subgraph that owns the row and
 * those that reference it derive the same id from JIRA's, so no lookup crosses subgraphs.
 */
export const jiraObjectId = (tenantId: string, connectionId: string, kind: 'board' | 'sprint' | 'issue', jiraId: string | number) =>
  stableId(tenantId, 'jira', connectionId, kind, jiraId);
