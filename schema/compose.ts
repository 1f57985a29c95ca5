/**
 * Composes the subgraph SDLs in schema/ into schema/supergraph.graphql with @apollo/composition,
 * and prints each subgraph's served schema into schema/served/ (what internal calls are typed
 * against). `npm run compose` writes them; `--check` fails when a committed file is stale.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeSubgraphs, servedSchemas } from './composition.ts';

const result = composeSubgraphs();
if (!result.ok) {
  console.error(`Composition failed:\n${result.errors.join('\n')}`);
  process.exit(1);
}
const files = [{ file: 'supergraph.graphql', sdl: result.supergraphSdl }, ...servedSchemas()];
if (process.argv.includes('--check')) {
  const stale = files.filter(({ file, sdl }) => {
    const path = fileURLToPath(new URL(`./${file}`, import.meta.url));
    return (fs.existsSync(path) ? fs.readFileSync(path, 'utf8') : '') !== sdl;
  });
  for (const { file } of stale) console.error(`schema/${file} is stale: run \`npm run compose\``);
  if (stale.length) process.exit(1);
  console.log('schema/supergraph.graphql and schema/served/ are up to date');
} else {
  fs.mkdirSync(fileURLToPath(new URL('./served/', import.meta.url)), { recursive: true });
  for (const { file, sdl } of files) fs.writeFileSync(fileURLToPath(new URL(`./${file}`, import.meta.url)), sdl);
  console.log(`Composed ${result.subgraphs.length} subgraphs into schema/supergraph.graphql; their served schemas into schema/served/`);
}
