import type { SubgraphClient } from '@sprint-reports/core';
import { RequireIssueDocument } from './__generated__/issues.ts';

/**
 * What the queues subgraph asks other domains, through their subgraphs (`_entities`), when a write
 * names one of their entities: issues are the issues subgraph's. (What a queue is planned from is
 * read in planning-inputs.ts.) Mutations only: reads join through the gateway's query plan.
 */

/** NOT_FOUND unless the caller's tenant has the issue. */
export const requireIssue = (client: SubgraphClient, tenantId: string, issueId: string) =>
  client.requireEntity('issues', tenantId, RequireIssueDocument, 'Issue', issueId);
