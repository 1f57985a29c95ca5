import fs from 'node:fs';
import { Kind, parse, print, type DefinitionNode, type DocumentNode } from 'graphql';
import { describe, expect, test } from 'vitest';
import { readSupergraphConfig } from '../composition.ts';

/**
 * Each subgraph's SDL opens with the same preamble: the federation `@link`, the `@auth` directive
 * (and `@limit` where text comes in), the `Role` enum and the scalars. Composition merges them
 * without complaint even when one copy drifts (a description, a new role in one subgraph), so a
 * change made in one file must be made in all six: this test says where they differ.
 */
const subgraphs = readSupergraphConfig().map(({ name, file }) => ({ name, sdl: parse(fs.readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')) }));

/** The preamble's declarations: every directive definition, every scalar, and the Role enum. */
const preambleName = (node: DefinitionNode): string | null => {
  if (node.kind === Kind.DIRECTIVE_DEFINITION) return `@${node.name.value}`;
  if (node.kind === Kind.SCALAR_TYPE_DEFINITION) return `scalar ${node.name.value}`;
  if (node.kind === Kind.ENUM_TYPE_DEFINITION && node.name.value === 'Role') return 'enum Role';
  return null;
};

/** Each preamble declaration, printed with its description, by name. */
const preamble = (sdl: DocumentNode) => new Map(sdl.definitions.flatMap((node) => (preambleName(node) ? [[preambleName(node)!, print(node)] as const] : [])));

/** The federation spec each subgraph links (the imports differ: each takes what it uses). */
const federationLink = (sdl: DocumentNode) =>
  sdl.definitions
    .flatMap((node) => (node.kind === Kind.SCHEMA_EXTENSION || node.kind === Kind.SCHEMA_DEFINITION ? (node.directives ?? []) : []))
    .filter((d) => d.name.value === 'link')
    .map((d) => d.arguments?.find((a) => a.name.value === 'url'))
    .map((arg) => (arg?.value.kind === Kind.STRING ? arg.value.value : null));

describe('the SDL preambles', () => {
  test('all six subgraphs are read', () => {
    expect(subgraphs.map((s) => s.name).sort()).toEqual(['capacity', 'issues', 'queues', 'reports', 'sprints', 'users']);
  });

  test('every subgraph links the same federation version', () => {
    const links = Object.fromEntries(subgraphs.map((s) => [s.name, federationLink(s.sdl)]));
    const first = links[subgraphs[0].name];
    expect(first).toHaveLength(1);
    for (const s of subgraphs) expect(links[s.name], s.name).toEqual(first);
  });

  test('every subgraph declares @auth, Role and DateTime', () => {
    for (const s of subgraphs) expect([...preamble(s.sdl).keys()], s.name).toEqual(expect.arrayContaining(['@auth', 'enum Role', 'scalar DateTime']));
  });

  test('a directive, scalar or the Role enum declared in several subgraphs is declared identically (descriptions too)', () => {
    const copies = new Map<string, { subgraph: string; text: string }[]>();
    for (const s of subgraphs) for (const [name, text] of preamble(s.sdl)) copies.set(name, [...(copies.get(name) ?? []), { subgraph: s.name, text }]);
    for (const [name, all] of copies) {
      for (const copy of all) expect(copy.text, `${name} in ${copy.subgraph} differs from ${all[0].subgraph}'s`).toBe(all[0].text);
    }
  });
});
