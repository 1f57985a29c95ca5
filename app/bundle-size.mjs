// The initial download of the built app: what a first visit fetches before anything lazy.
// Printed by app/build.mjs and by `npm run bench:app`.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The entry script and the files index.html links, gzipped and raw, in bytes. */
export function initialBytes(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => join(dist, m[1]));
  return {
    gzipped: files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0),
    raw: files.reduce((sum, f) => sum + statSync(f).size, 0),
  };
}

export function initialSize(dist) {
  const { gzipped, raw } = initialBytes(dist);
  return `${(gzipped / 1024).toFixed(0)} KB gzipped (${(raw / 1024).toFixed(0)} KB raw)`;
}
