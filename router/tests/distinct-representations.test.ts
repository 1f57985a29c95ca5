import fc from 'fast-check';
import type { GatewayGraphQLRequest, GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { describe, expect, test } from 'vitest';
import { representationKey, sendDistinctRepresentations } from '../src/distinct-representations.ts';

const ENTITIES = 'query($representations:[_Any!]!){_entities(representations:$representations){...on User{id displayName}}}';
const user = (id: string) => ({ __typename: 'User', id });

/**
 * A subgraph as the gateway sees one: an entity per representation, null and an error for the ones
 * it cannot resolve (ids starting with "gone"), and a non-entity error when asked to (id "warn").
 */
function subgraph(sent: unknown[][]) {
  return async (request: GatewayGraphQLRequest): Promise<GatewayGraphQLResponse> => {
    const representations = request.variables!.representations as { id: string }[];
    sent.push(representations);
    const errors: NonNullable<GatewayGraphQLResponse['errors']>[number][] = [];
    const _entities = representations.map(({ id }, i) => {
      if (id === 'warn') errors.push({ message: 'a warning about the whole fetch' });
      if (!id.startsWith('gone')) return { id, displayName: `Name of ${id}`, team: { id: `team-of-${id}` } };
      errors.push({ message: `${id} is not here`, path: ['_entities', i, 'displayName'], extensions: { code: 'NOT_FOUND' } });
      return null;
    });
    return { data: { _entities }, ...(errors.length ? { errors } : {}) };
  };
}

describe('sending each distinct representation once per entity fetch', () => {
  test('the subgraph gets each representation once; the gateway gets an answer per position, nulls and errors where they were', async () => {
    const sent: unknown[][] = [];
    const asked = [user('a'), user('gone-b'), user('a'), user('c'), user('gone-b'), user('a')];
    const response = await sendDistinctRepresentations({ query: ENTITIES, variables: { representations: asked } }, subgraph(sent));

    expect(sent).toEqual([[user('a'), user('gone-b'), user('c')]]);
    const a = { id: 'a', displayName: 'Name of a', team: { id: 'team-of-a' } };
    expect(response.data).toEqual({ _entities: [a, null, a, { id: 'c', displayName: 'Name of c', team: { id: 'team-of-c' } }, null, a] });
    // One error per position the gateway asked about, each at that position.
    expect(response.errors).toEqual(
      [1, 4].map((i) => ({ message: 'gone-b is not here', path: ['_entities', i, 'displayName'], extensions: { code: 'NOT_FOUND' } })),
    );
  });

  test('each position gets its own copy: the gateway merges later fetches into what it receives', async () => {
    const response = await sendDistinctRepresentations({ query: ENTITIES, variables: { representations: [user('a'), user('a')] } }, subgraph([]));
    const [first, second] = response.data!._entities;
    expect(first).toEqual(second);
    first.team.name = 'merged into the first only';
    expect(second.team).toEqual({ id: 'team-of-a' });
  });

  test('errors about the whole fetch (no entity path) are reported once, as the subgraph reported them', async () => {
    const response = await sendDistinctRepresentations(
      { query: ENTITIES, variables: { representations: [user('warn'), user('warn'), user('gone')] } },
      subgraph([]),
    );
    expect(response.errors).toEqual([
      { message: 'a warning about the whole fetch' },
      { message: 'gone is not here', path: ['_entities', 2, 'displayName'], extensions: { code: 'NOT_FOUND' } },
    ]);
  });

  test('a fetch that failed as a whole reaches the gateway as the subgraph answered it', async () => {
    const failed = { data: null, errors: [{ message: 'The users subgraph is unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }] };
    expect(await sendDistinctRepresentations({ query: ENTITIES, variables: { representations: [user('a'), user('a')] } }, async () => failed)).toEqual(failed);
  });

  test('the same representation with its keys in another order is the same representation', async () => {
    expect(representationKey({ __typename: 'Sprint', id: 's', board: { id: 'b', name: 'n' } })).toBe(
      representationKey({ board: { name: 'n', id: 'b' }, id: 's', __typename: 'Sprint' }),
    );
    expect(representationKey({ __typename: 'Sprint', id: 's' })).not.toBe(representationKey({ __typename: 'Board', id: 's' }));
    // Lists keep their order: [a, b] and [b, a] are different inputs to a resolver.
    expect(representationKey({ ids: ['a', 'b'] })).not.toBe(representationKey({ ids: ['b', 'a'] }));
    const sent: unknown[][] = [];
    await sendDistinctRepresentations(
      {
        query: ENTITIES,
        variables: {
          representations: [
            { __typename: 'User', id: 'a' },
            { id: 'a', __typename: 'User' },
          ],
        },
      },
      subgraph(sent),
    );
    expect(sent).toEqual([[user('a')]]);
  });

  test('requests without representations, and entity fetches without repeats, go through untouched', async () => {
    const seen: GatewayGraphQLRequest[] = [];
    const answer = { data: { boards: [] } };
    const send = async (request: GatewayGraphQLRequest) => (seen.push(request), answer);
    const plain = { query: '{ boards { id } }', variables: { boardId: 'b' } };
    const distinct = { query: ENTITIES, variables: { representations: [user('a'), user('b')] } };
    expect(await sendDistinctRepresentations(plain, send)).toBe(answer);
    expect(await sendDistinctRepresentations(distinct, send)).toBe(answer);
    expect(seen[0]).toBe(plain);
    expect(seen[1]).toBe(distinct);
  });

  test('for any representations, the answer is the one the subgraph gives when asked for all of them', async () => {
    const ids = fc.constantFrom('a', 'b', 'gone-c', 'gone-d', 'warn');
    // Representations as the gateway might build them, with the keys in either order.
    const representation = fc.tuple(ids, fc.boolean()).map(([id, flipped]) => (flipped ? { id, __typename: 'User' } : user(id)));
    await fc.assert(
      fc.asyncProperty(fc.array(representation, { minLength: 1, maxLength: 30 }), async (representations) => {
        const request = { query: ENTITIES, variables: { representations } };
        const all = await subgraph([])(request);
        const deduplicated = await sendDistinctRepresentations(request, subgraph([]));
        expect(deduplicated.data).toEqual(all.data);
        // The same errors at every entity's position (errors without a path are about the fetch, not an entity).
        const entityErrors = (r: GatewayGraphQLResponse) =>
          (r.errors ?? []).filter((e) => e.path).sort((x, y) => (x.path![1] as number) - (y.path![1] as number));
        expect(entityErrors(deduplicated)).toEqual(entityErrors(all));
      }),
    );
  });
});
