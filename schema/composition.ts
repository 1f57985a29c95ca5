import fs from 'node:fs';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';
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
