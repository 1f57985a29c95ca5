import { expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

// An unclosed block (a merge can drop a `}`) silently puts every later rule inside it: the pages
// after it were styled only on phones. Comments and strings aside, every `{` has its `}`.
test('styles.css closes every block it opens', () => {
  const css = fs
    .readFileSync(path.resolve(import.meta.dirname, '../src/styles.css'), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/'[^'\n]*'|"[^"\n]*"/g, '');
  let depth = 0;
  css.split('\n').forEach((line, i) => {
    for (const ch of line) depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
    // A rule written at column 0 is a top-level one: inside a block there, a `}` is missing above it.
    if (/^[.#a-z:*[]/i.test(line)) expect(depth - (line.split('{').length - line.split('}').length), `line ${i + 1}: ${line.slice(0, 60)}`).toBe(0);
    expect(depth, `line ${i + 1}`).toBeGreaterThanOrEqual(0);
  });
  expect(depth).toBe(0);
});
