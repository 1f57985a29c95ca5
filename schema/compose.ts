/**
 * Composes the subgraph SDLs in schema/ into schema/supergraph.graphql with @apollo/composition.
 * `npm run compose` writes it; `--check` fails when the committed file is stale.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeSubgraphs } from './composition.ts';

const out = fileURLToPath(new URL('./supergraph.graphql', import.meta.url));
const result = composeSubgraphs();
if (!result.ok) {
  console.error(`Composition failed:\n${result.errors.join('\n')}`);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  const committed = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  if (committed !== result.supergraphSdl) {
    console.error('schema/supergraph.graphql is stale: run `npm run compose`');
    process.exit(1);
  }
  console.log('schema/supergraph.graphql is up to date');
} else {
  fs.writeFileSync(out, result.supergraphSdl);
  console.log(`Composed ${result.subgraphs.length} subgraphs into schema/supergraph.graphql`);
}
