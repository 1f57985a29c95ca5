import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, validate, type DocumentNode } from 'graphql';
import { describe, expect, test } from 'vitest';
import { readSupergraphConfig } from '../composition.ts';
import { internalDocuments } from './internal-documents.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

// Each callee's schema as it serves it, built from its SDL now (not from the committed schema/served/ files).
const served = new Map(
  readSupergraphConfig().map((s) => [s.name, buildSubgraphSchema({ typeDefs: parse(fs.readFileSync(new URL(`../${s.file}`, import.meta.url), 'utf8')) })]),
);

describe('internal calls (src/remote/<callee>.graphql)', () => {
  const documents = internalDocuments();

  test('there are some, each named for a subgraph it calls', () => {
    expect(documents.length).toBeGreaterThan(20);
    for (const d of documents) expect(served.has(d.callee), `${d.file} names no subgraph`).toBe(true);
  });

  // The gate: a field renamed or removed in a callee's SDL fails here (and `npm run codegen`, and tsc on the callers).
  test.each(documents.map((d) => [d.file, d] as const))("%s is valid against its callee's schema", (_, d) => {
    const document = parse(fs.readFileSync(`${root}${d.file}`, 'utf8'));
    expect(validate(served.get(d.callee)!, document).map((e) => e.message)).toEqual([]);
  });

  test('operation names are unique per caller and callee (the typed documents are named after them)', () => {
    for (const d of documents) {
      const names = parse(fs.readFileSync(`${root}${d.file}`, 'utf8')).definitions.flatMap((def) => ('name' in def && def.name ? [def.name.value] : []));
      expect(new Set(names).size, d.file).toBe(names.length);
    }
  });

  test("a field renamed in the callee's SDL is refused", () => {
    const sdl = fs.readFileSync(new URL('../issues.graphql', import.meta.url), 'utf8');
    expect(sdl).toMatch(/\n\s+issueFacts[(:]/);
    const renamed = buildSubgraphSchema({ typeDefs: parse(sdl.replace(/(\n\s+)issueFacts([(:])/, '$1sprintIssueFacts$2')) });
    const facts = documents.find((d) => d.file === 'subgraphs/sprints/src/remote/issues.graphql')!;
    const errors = validate(renamed, parse(fs.readFileSync(`${root}${facts.file}`, 'utf8')) as DocumentNode);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/Cannot query field "issueFacts" on type "Sprint"/);
  });

  test('product code passes SubgraphClient only typed documents: no GraphQL text outside src/remote/*.graphql', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(`${root}${dir}`, { withFileTypes: true })) {
        const rel = `${dir}/${entry.name}`;
        if (entry.isDirectory()) {
          if (!['node_modules', '__generated__', 'tests', 'dist'].includes(entry.name)) walk(rel);
        } else if (entry.name.endsWith('.ts')) {
          const text = fs.readFileSync(`${root}${rel}`, 'utf8');
          if (/\.(execute|entities|requireEntity)(<[^>]*>)?\(\s*'\w+',[^,]+,\s*(`|'|")/.test(text) || /adHoc\(/.test(text)) offenders.push(rel);
        }
      }
    };
    for (const dir of ['subgraphs', 'router/src', 'tools', 'packages/core/src']) walk(dir);
    expect(offenders).toEqual([]);
  });
});
