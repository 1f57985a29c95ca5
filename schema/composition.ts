import fs from 'node:fs';
import { parse, printSchema } from 'graphql';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse as parseYaml } from 'yaml';

export interface SubgraphEntry {
  name: string;
  url: string;
  file: string;
}

/** schema/supergraph.yaml (Rover's format) lists the subgraphs: our composition reads it too. */
export function readSupergraphConfig(): SubgraphEntry[] {
  const config = parseYaml(fs.readFileSync(new URL('./supergraph.yaml', import.meta.url), 'utf8')) as {
    subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
  };
  return Object.entries(config.subgraphs).map(([name, s]) => ({ name, url: s.routing_url, file: s.schema.file }));
}

export type CompositionResult = { ok: true; supergraphSdl: string; subgraphs: SubgraphEntry[] } | { ok: false; errors: string[] };

export function composeSubgraphs(): CompositionResult {
  const subgraphs = readSupergraphConfig();
  const result = composeServices(
    subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(fs.readFileSync(new URL(s.file, import.meta.url), 'utf8')) })),
  );
  if (result.errors) return { ok: false, errors: result.errors.map((e) => e.message) };
  return { ok: true, supergraphSdl: result.supergraphSdl, subgraphs };
}

/**
 * Each subgraph's schema as it serves it (`buildSubgraphSchema`): its SDL plus federation's
 * `_entities`, `_Any`, `_Entity` and `_service`, with its `@inaccessible` internal fields. Other
 * subgraphs' typed documents (`src/remote/<callee>.graphql`) are generated and validated against
 * these (`schema/served/<name>.graphql`, written by `npm run compose`).
 */
export function servedSchemas(): { name: string; file: string; sdl: string }[] {
  return readSupergraphConfig().map((s) => {
    const typeDefs = parse(fs.readFileSync(new URL(s.file, import.meta.url), 'utf8'));
    const header = `# The ${s.name} subgraph's schema as it serves it (buildSubgraphSchema of schema/${s.name}.graphql),\n# which other subgraphs' typed documents are checked against. Written by \`npm run compose\`: do not edit.\n\n`;
    return { name: s.name, file: `served/${s.name}.graphql`, sdl: `${header}${printSchema(buildSubgraphSchema({ typeDefs }))}\n` };
  });
}
