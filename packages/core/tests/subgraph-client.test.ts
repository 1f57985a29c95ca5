import { parse } from 'graphql';
import { describe, expect, test } from 'vitest';
import { SubgraphClient, type InternalOperation } from '@sprint-reports/core';

/** SubgraphClient.entities(): the type name it adds to representations must be one the document selects. */
describe('SubgraphClient.entities', () => {
  const document = parse(
    `query Sprints($representations: [_Any!]!) { _entities(representations: $representations) { ... on Sprint { id } } }`,
  ) as InternalOperation<{ _entities: ({ id: string } | null)[] }, { representations: Record<string, unknown>[] }>;
  // Reaches no subgraph: a call that got past the check would fail on the missing URL instead.
  const client = new SubgraphClient(new Map(), {}, null);

  test('refuses a type name the document has no `... on` part for, before calling anyone', async () => {
    await expect(client.entities('sprints', 't', document, 'Board', [{ id: '1' }])).rejects.toThrow('Sprints selects no `... on Board` under _entities');
  });

  test('takes a type name the document selects', async () => {
    await expect(client.entities('sprints', 't', document, 'Sprint', [])).resolves.toEqual([]);
    await expect(client.entities('sprints', 't', document, 'Sprint', [{ id: '1' }])).rejects.toThrow('No URL for the sprints subgraph');
  });
});
