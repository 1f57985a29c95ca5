import { notFound, type SubgraphClient } from '@sprint-reports/core';

/**
 * What the queues subgraph asks other domains, through their subgraphs (`_entities`), when a write
 * names one of their entities: issues are the issues subgraph's. (What a queue is planned from is
 * read in inputs.ts.) Mutations only: reads join through the gateway's query plan.
 */

const ISSUES = /* GraphQL */ `
  query QueuesIssueExists($representations: [_Any!]!) { _entities(representations: $representations) { ... on Issue { id } } }
`;

/**
 * NOT_FOUND unless the caller's tenant has the issue: the issues subgraph answers as that tenant, so
 * another tenant's issue is as absent as one that never was. One `_entities` call.
 */
export async function requireIssue(client: SubgraphClient, tenantId: string, issueId: string): Promise<void> {
  const [issue] = await client.entities<{ id: string }>('issues', tenantId, ISSUES, [{ __typename: 'Issue', id: issueId }]);
  if (!issue) throw notFound('Issue', issueId);
}
