import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { parse as parseYaml } from 'yaml';
import { composeSubgraphs, readSupergraphConfig, servedSchemas } from '../composition.ts';
import { internalDocuments } from './internal-documents.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the supergraph', () => {
  test('the six subgraphs compose, and the committed schema/supergraph.graphql is what they compose to', () => {
    const result = composeSubgraphs();
    if (!result.ok) throw new Error(`composition failed:\n${result.errors.join('\n')}`);
    expect(result.subgraphs.map((s) => s.name).sort()).toEqual(['capacity', 'issues', 'queues', 'reports', 'sprints', 'users']);
    const committed = fs.readFileSync(new URL('../supergraph.graphql', import.meta.url), 'utf8');
    expect(committed === result.supergraphSdl, 'schema/supergraph.graphql is stale: run `npm run compose`').toBe(true);
  });

  test('the committed schema/served/<name>.graphql are the schemas the subgraphs serve (what internal calls are checked against)', () => {
    for (const { file, sdl } of servedSchemas()) {
      const committed = fs.existsSync(`${root}schema/${file}`) ? fs.readFileSync(`${root}schema/${file}`, 'utf8') : '';
      expect(committed === sdl, `schema/${file} is stale: run \`npm run compose\``).toBe(true);
    }
  });

  test("the generated resolver types, the web app's operation types and the internal calls' typed documents are what codegen.yml generates now", async () => {
    const { config } = await loadCodegenConfig({ configFilePath: `${root}codegen.yml` });
    const files = await generate({ ...config, cwd: root, silent: true }, false);
    const names = files.map((f: { filename: string }) => f.filename);
    // Six subgraphs' resolver types, and the client preset's gql.ts, graphql.ts and index.ts for app/src/gql/.
    expect(names.filter((f: string) => /^subgraphs\/\w+\/src\/__generated__\//.test(f)).length).toBe(6);
    expect(names.filter((f: string) => f.startsWith('app/src/gql/')).sort()).toEqual(['app/src/gql/gql.ts', 'app/src/gql/graphql.ts', 'app/src/gql/index.ts']);
    // One typed-document file per internal-call document: every src/remote/<callee>.graphql has its entry in codegen.yml.
    expect(names.filter((f: string) => f.includes('/remote/__generated__/')).sort()).toEqual(
      internalDocuments()
        .map((d) => d.generated)
        .sort(),
    );
    // Core's vocabulary: the SDL enums shared beyond their subgraph (identity's roles, flow time's
    // categories, the lists drizzle's tables check against).
    expect(names.filter((f: string) => f.startsWith('packages/core/src/__generated__/')).sort()).toEqual([
      'packages/core/src/__generated__/issues.ts',
      'packages/core/src/__generated__/sprints.ts',
      'packages/core/src/__generated__/users.ts',
    ]);
    expect(files.length).toBe(12 + internalDocuments().length);
    for (const file of files) {
      const committed = fs.readFileSync(`${root}${file.filename}`, 'utf8');
      expect(committed === file.content, `${file.filename} is stale: run \`npm run codegen\``).toBe(true);
    }
  });

  test('docker-compose.yml runs every subgraph of the supergraph, with health checks, and the router after them', () => {
    const compose = parseYaml(fs.readFileSync(`${root}docker-compose.yml`, 'utf8')) as {
      services: Record<string, { healthcheck?: unknown; depends_on?: Record<string, { condition: string }>; environment?: Record<string, string> | string[] }>;
    };
    const env = (name: string) => {
      const e = compose.services[name].environment ?? {};
      return Array.isArray(e) ? Object.fromEntries(e.map((kv) => kv.split('=', 2) as [string, string])) : e;
    };
    const router = compose.services.router;
    expect(router).toBeDefined();
    for (const { name } of readSupergraphConfig()) {
      const service = compose.services[name];
      expect(service, `docker-compose.yml has no service for the ${name} subgraph`).toBeDefined();
      expect(service.healthcheck, `${name} has no healthcheck`).toBeDefined();
      expect(router.depends_on?.[name]?.condition).toBe('service_healthy');
      expect(env('router')[`${name.toUpperCase()}_SUBGRAPH_URL`]).toMatch(new RegExp(`^http://${name}:\\d+/graphql$`));
      // Subgraphs reach each other (SubgraphClient) at the same URLs as the router does.
      for (const { name: other } of readSupergraphConfig())
        expect(env(name)[`${other.toUpperCase()}_SUBGRAPH_URL`], `${name} cannot reach ${other}`).toBe(env('router')[`${other.toUpperCase()}_SUBGRAPH_URL`]);
      // Subgraphs refuse what the router did not sign, and connect as the application's role, not the owner.
      expect(env(name).INTERNAL_SECRET, `${name} has no INTERNAL_SECRET`).toBe(env('router').INTERNAL_SECRET);
      expect(new URL(env(name).DATABASE_URL).username, `${name} connects as the schemas' owner`).toBe('sprint_reports');
    }
    expect(env('router').INTERNAL_SECRET).toMatch(/^\$\{INTERNAL_SECRET:\?/);
    expect(new URL(env('migrate').DATABASE_URL).username).toBe('postgres');
    for (const name of ['users', 'issues', 'router']) expect(env(name).ENCRYPTION_KEY, `${name} needs ENCRYPTION_KEY`).toBeDefined();
    for (const infra of ['postgres', 'redis']) expect(compose.services[infra]?.healthcheck).toBeDefined();
  });
});
