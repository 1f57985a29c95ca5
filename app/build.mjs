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

const listFiles = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));

// Some packages do not export their package.json: read it where npm put it (here or hoisted).
const versionOf = (pkg) => {
  const file = [join(here, 'node_modules', pkg, 'package.json'), join(here, '..', 'node_modules', pkg, 'package.json')].find(existsSync);
  return file ? JSON.parse(readFileSync(file, 'utf8')).version : 'missing';
};

const appPackage = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
// What gets bundled (the app's dependencies) and what bundles it.
const bundled = [...Object.keys(appPackage.dependencies ?? {}), 'vite', '@vitejs/plugin-react'];

/**
 * The lockfile's entries of what the bundle is made of: the app's dependencies and, through theirs,
 * every package they pull in (resolved as npm does: the nearest node_modules up from the dependant).
 */
function lockedPackages() {
  const lockFile = join(here, '..', 'package-lock.json');
  if (!existsSync(lockFile)) return [];
  const { packages = {} } = JSON.parse(readFileSync(lockFile, 'utf8'));
  const seen = new Map();
  const visit = (name, from) => {
    for (let dir = from; ;) {
      const path = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      const entry = packages[path];
      if (entry) {
        if (seen.has(path)) return;
        seen.set(path, `${entry.version ?? ''} ${entry.integrity ?? entry.resolved ?? ''}`);
        for (const dep of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) visit(dep, path);
        return;
      }
      if (!dir) return;
      const up = dir.lastIndexOf('/node_modules/');
      dir = up >= 0 ? dir.slice(0, up) : '';
    }
  };
  for (const name of bundled) visit(name, 'app');
  return [...seen].sort(([a], [b]) => a.localeCompare(b));
}

// Hash inputs: our sources, the app's package.json, the versions of what gets bundled as installed
// and as locked (with everything they depend on), so an upgrade of any of them also rebuilds.
function sourceHash() {
  const h = createHash('sha256');
  const files = [join(here, 'index.html'), join(here, 'vite.config.mjs'), join(here, 'package.json'), ...listFiles(join(here, 'src'))];
  for (const f of files.sort())
    h.update(`${relative(here, f)}\0`)
      .update(readFileSync(f))
      .update('\0');
  for (const pkg of bundled) h.update(`${pkg}@${versionOf(pkg)}\0`);
  for (const [path, locked] of lockedPackages()) h.update(`${path}@${locked}\0`);
  return h.digest('hex');
}

const hash = sourceHash();
const upToDate = existsSync(join(dist, 'index.html')) && existsSync(hashFile) && readFileSync(hashFile, 'utf8').trim() === hash;

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
