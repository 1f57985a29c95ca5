#!/usr/bin/env node
// Builds the web app into ./dist, skipping the build when nothing changed (as router/graphiql/build.mjs).
// Usage (any cwd): node app/build.mjs
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initialSize } from './bundle-size.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = join(here, 'dist');
const hashFile = join(dist, '.build-hash');

const listFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );

// Some packages do not export their package.json: read it where npm put it (here or hoisted).
const versionOf = (pkg) => {
  const file = [join(here, 'node_modules', pkg, 'package.json'), join(here, '..', 'node_modules', pkg, 'package.json')].find(existsSync);
  return file ? JSON.parse(readFileSync(file, 'utf8')).version : 'missing';
};

// Hash inputs: our sources plus the versions of what gets bundled, so an upgrade also rebuilds.
function sourceHash() {
  const h = createHash('sha256');
  const files = [join(here, 'index.html'), join(here, 'vite.config.mjs'), ...listFiles(join(here, 'src'))];
  for (const f of files.sort()) h.update(`${relative(here, f)}\0`).update(readFileSync(f)).update('\0');
  for (const pkg of ['@apollo/client', 'graphql', 'graphql-ws', 'react', 'react-dom', 'react-router', 'rxjs', 'vite', '@vitejs/plugin-react']) {
    h.update(`${pkg}@${versionOf(pkg)}\0`);
  }
  return h.digest('hex');
}

const hash = sourceHash();
const upToDate =
  existsSync(join(dist, 'index.html')) && existsSync(hashFile) && readFileSync(hashFile, 'utf8').trim() === hash;

if (upToDate) {
  console.log('Web app bundle up to date');
} else {
  const started = performance.now();
  rmSync(hashFile, { force: true }); // never leave a stale hash next to a half-built dist
  try {
    const { build } = await import('vite');
    await build({ configFile: join(here, 'vite.config.mjs'), logLevel: 'warn' });
    // Written last: a failed build leaves no hash, so the next run retries.
    writeFileSync(hashFile, `${hash}\n`);
    console.log(`Web app built in ${((performance.now() - started) / 1000).toFixed(1)} s; initial JavaScript and CSS: ${initialSize(dist)}`);
  } catch (err) {
    console.error(`Web app build failed: ${err?.message ?? err}`);
    process.exit(1);
  }
}
