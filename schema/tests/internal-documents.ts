import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** An internal call's document: `<caller>/src/remote/<callee>.graphql`, and the typed document codegen makes of it. */
export interface InternalDocument {
  /** Relative to the repository's root. */
  file: string;
  callee: string;
  generated: string;
}

/** Every caller's src/remote/<callee>.graphql: the subgraphs', core's, the router's and the tools'. */
export function internalDocuments(): InternalDocument[] {
  const callers = ['subgraphs', 'packages', 'tools'].flatMap((dir) => fs.readdirSync(`${root}${dir}`).map((name) => `${dir}/${name}`)).concat('router');
  return callers.flatMap((caller) => {
    const remote = `${caller}/src/remote`;
    if (!fs.existsSync(`${root}${remote}`)) return [];
    return fs
      .readdirSync(`${root}${remote}`)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => ({ file: `${remote}/${f}`, callee: path.basename(f, '.graphql'), generated: `${remote}/__generated__/${path.basename(f, '.graphql')}.ts` }));
  });
}
