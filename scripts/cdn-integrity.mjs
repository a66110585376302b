// Writes dist/cdn/integrity.json: each CDN file's Subresource Integrity
// string (the scripts and the pre-upgrade stylesheet), for the embed
// snippet's `integrity` attributes.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const DIR = 'dist/cdn';

export function integrityOf(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Writes `dir`/integrity.json for the scripts and stylesheets in `dir` (`npm start` builds them elsewhere). */
export function writeIntegrity(dir = DIR) {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.js') || name.endsWith('.css'))
    .sort();
  const integrity = Object.fromEntries(
    files.map((name) => [name, integrityOf(readFileSync(`${dir}/${name}`))]),
  );
  writeFileSync(`${dir}/integrity.json`, `${JSON.stringify(integrity, null, 2)}\n`);
}

// Only when run as a script: the test that checks integrity.json against the
// bytes imports `integrityOf`, and must read the file the build wrote, not a
// fresh one.
if (import.meta.url === `file://${process.argv[1]}`) writeIntegrity();
