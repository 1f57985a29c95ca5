#!/usr/bin/env node
// Builds the GraphiQL bundle into ./dist, skipping the build when nothing changed.
// Usage (any cwd): node router/graphiql/build.mjs
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = join(here, 'dist');
const hashFile = join(dist, '.build-hash');
const require = createRequire(import.meta.url);

const listFiles = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));

// Hash inputs: our sources plus the versions of what gets bundled, so an
// upgrade of graphiql (or its companions) also triggers a rebuild.
function sourceHash() {
  const h = createHash('sha256');
  const files = [join(here, 'index.html'), join(here, 'vite.config.mjs'), ...listFiles(join(here, 'src'))];
  for (const f of files.sort())
    h.update(`${relative(here, f)}\0`)
      .update(readFileSync(f))
      .update('\0');
  for (const pkg of ['graphiql', '@graphiql/react', '@graphiql/plugin-explorer', '@graphiql/toolkit', 'graphql-ws', 'react-dom', 'vite']) {
    h.update(`${pkg}@${require(`${pkg}/package.json`).version}\0`);
  }
  return h.digest('hex');
}

const hash = sourceHash();
const upToDate = existsSync(join(dist, 'index.html')) && existsSync(hashFile) && readFileSync(hashFile, 'utf8').trim() === hash;

if (upToDate) {
  console.log('GraphiQL bundle up to date');
} else {
  const started = performance.now();
  rmSync(hashFile, { force: true }); // never leave a stale hash next to a half-built dist
  try {
    const { build } = await import('vite');
    await build({ configFile: join(here, 'vite.config.mjs'), logLevel: 'warn' });
    // Written last: a failed build leaves no hash, so the next run retries.
    writeFileSync(hashFile, `${hash}\n`);
    console.log(`GraphiQL bundle built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (err) {
    console.error(`GraphiQL bundle build failed: ${err?.message ?? err}`);
    process.exit(1);
  }
}
