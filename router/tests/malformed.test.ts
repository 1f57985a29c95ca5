import fs from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, seededRouter, smallTeam, type TestRouter } from '@sprint-reports/testing/router';
import type { Dataset } from '@sprint-reports/demo-data';

/**
 * Whatever a client sends, the router answers with a client error that has a code, never a 5xx,
 * and keeps serving. 1,000 generated requests: broken documents (valid operations cut, spliced and
 * salted with GraphQL punctuation and odd characters), token soup, wrong variable types, and bodies
 * that are not GraphQL requests at all, with a genuine access token, none, or a broken Authorization
 * header. The seed is fixed: a failure reproduces.
 */
const DASHBOARD = fs.readFileSync(new URL('../../tests/dashboard.graphql', import.meta.url), 'utf8');
const VALID = [
  DASHBOARD,
  '{ boards { id name sprints { id name state analysis { committedPoints completedPoints } } } }',
  'query Sprint($id: ID!) { sprint(id: $id) { id name board { name } issues { key summary } } }',
  'mutation Start($id: ID!) { startSync(connectionId: $id, full: true) { id status } }',
  'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
  '{ teams { id name members { user { email } discipline } } jiraConnections { id name } }',
  'query { _entities(representations: [{ __typename: "Sprint", id: "x" }]) { __typename } }',
  '{ __schema { types { name fields { name } } } }',
];
const TOKENS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '!',
  '$',
  '@',
  '...',
  '=',
  '|',
  '&',
  '"',
  '"""',
  '#',
  ',',
  'query',
  'mutation',
  'subscription',
  'fragment',
  'on',
  'boards',
  'sprint',
  'id',
  '__typename',
  '$id',
  'ID!',
  'null',
  'true',
  '1e309',
  '-0',
  '0x1F',
  '\u0000',
  '\uFFFF',
  '😀',
  '\\u',
  '\n',
];

const brokenDocument = fc.oneof(
  // A valid operation with a slice cut out, and something spliced in where it was.
  fc
    .tuple(fc.constantFrom(...VALID), fc.nat(), fc.nat({ max: 40 }), fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...TOKENS)))
    .map(([doc, at, cut, insert]) => {
      const i = at % (doc.length + 1);
      return doc.slice(0, i) + insert + doc.slice(i + cut);
    }),
  // Token soup.
  fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 60 }).map((tokens) => tokens.join(' ')),
  // Anything at all, unicode included.
  fc.string({ unit: 'binary', maxLength: 200 }),
);

const variables = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 3 }),
  fc.record(
    {
      id: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 300 }), fc.uuid()),
      boardId: fc.jsonValue({ maxDepth: 2 }),
      email: fc.jsonValue({ maxDepth: 1 }),
      password: fc.jsonValue({ maxDepth: 1 }),
    },
    { requiredKeys: [] },
  ),
);

// The Authorization header: a genuine token (TOKEN, filled in once signed in), none, one cut or
// spliced, or anything at all.
const TOKEN = '<valid access token>';
const authorization = fc.oneof(
  { weight: 4, arbitrary: fc.constant(`Bearer ${TOKEN}`) },
  { weight: 2, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.string({ unit: 'grapheme-ascii', maxLength: 8 })).map(([at, cut, insert]) => ({ at, cut, insert })),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.string({ unit: 'grapheme-ascii', maxLength: 200 }),
      fc.string({ unit: 'grapheme-ascii', maxLength: 200 }).map((s) => `Bearer ${s}`),
    ),
  },
);
type Authorization = typeof authorization extends fc.Arbitrary<infer A> ? A : never;
const headerFor = (auth: Authorization, token: string): string | undefined => {
  if (auth === undefined || typeof auth === 'string') return auth?.replace(TOKEN, token);
  const i = auth.at % (token.length + 1);
  return `Bearer ${token.slice(0, i)}${auth.insert}${token.slice(i + auth.cut)}`;
};

type Request = { body: string; contentType: string; authorization: Authorization };
const request: fc.Arbitrary<Request> = fc
  .tuple(
    fc.oneof(
      {
        weight: 6,
        arbitrary: fc
          .record({ query: brokenDocument, variables, operationName: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }) })
          .map((b) => ({ body: JSON.stringify(b), contentType: 'application/json' })),
      },
      // Valid documents with variables of the wrong shape.
      {
        weight: 3,
        arbitrary: fc.record({ query: fc.constantFrom(...VALID), variables }).map((b) => ({ body: JSON.stringify(b), contentType: 'application/json' })),
      },
      // Bodies that are not a GraphQL request: wrong JSON types, batches, broken JSON.
      {
        weight: 1,
        arbitrary: fc
          .oneof(
            fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
            fc.array(fc.record({ query: brokenDocument }), { maxLength: 3 }).map((v) => JSON.stringify(v)),
            fc.record({ query: fc.jsonValue({ maxDepth: 2 }), variables: fc.string() }).map((v) => JSON.stringify(v)),
            fc.string({ maxLength: 100 }).map((s) => `{"query": ${s}`),
          )
          .map((body) => ({ body, contentType: 'application/json' })),
      },
    ),
    authorization,
  )
  .map(([req, auth]) => ({ ...req, authorization: auth }));

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let router: TestRouter;
let token: string;

beforeAll(async () => {
  let ds: Dataset;
  ({
    database,
    router,
    tenants: { malformed: ds },
  } = await seededRouter({ malformed: [smallTeam('Atlas')] }));
  token = (await router.signIn(ds.tenant.id, 'ADMIN')).accessToken;
});
afterAll(async () => {
  await router?.stop();
  await database?.close();
});

describe('malformed requests', () => {
  test('1,000 generated malformed documents and variables: no 5xx, every error has a code, the router keeps serving', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async ({ body, contentType, authorization: auth }) => {
        const header = headerFor(auth, token);
        const res = await fetch(router.url, {
          method: 'POST',
          headers: { 'content-type': contentType, ...(header === undefined ? {} : { authorization: header }) },
          body,
        });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const text = await res.text();
        expect(res.status, `${res.status} for ${body.slice(0, 300)}: ${text.slice(0, 300)}`).toBeLessThan(500);
        if (res.headers.get('content-type')?.includes('json')) {
          const json = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] };
          for (const error of json.errors ?? []) expect(error.extensions?.code, error.message).toEqual(expect.any(String));
        }
      }),
      { numRuns: 1000, seed: 20261122, endOnFailure: true },
    );
    // Mostly refused as bad requests; the few that parse and validate run and answer.
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
    const health = await fetch(router.url.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
    const res = await router.query('{ boards { id } }');
    expect(res.errors?.[0]?.extensions?.code ?? 'OK').not.toBe('INTERNAL_SERVER_ERROR');
  }, 120_000);
});
