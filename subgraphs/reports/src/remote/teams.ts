import type { SubgraphClient } from '@sprint-reports/core';
import type { TeamRef } from '../report-model.ts';
import { ReportTeamsDocument } from './__generated__/users.ts';

/** The tenant's teams of these ids that exist, by id. Teams are the users subgraph's: their names (and whether they exist) come from there. */
export async function teamsByIds(client: SubgraphClient, tenantId: string, ids: readonly string[]): Promise<Map<string, TeamRef>> {
  const found = await client.entities(
    'users',
    tenantId,
    ReportTeamsDocument,
    'Team',
    [...new Set(ids)].map((id) => ({ id })),
  );
  return new Map(found.flatMap((t) => (t ? [[t.id, { id: t.id, name: t.name }] as const] : [])));
}

export async function teamById(client: SubgraphClient, tenantId: string, id: string): Promise<TeamRef | null> {
  return (await teamsByIds(client, tenantId, [id])).get(id) ?? null;
}
