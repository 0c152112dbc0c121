// Printed after every build: what the renderer loads up front (every script and modulepreload index.html names)
// and the web SDK's own chunk, gzip-compressed, as a browser would download them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = 'out/renderer';
const html = readFileSync(join(root, 'index.html'), 'utf8');
const initial = [
  ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\.?\/?([^"]+\.js)"/g),
].map((match) => match[1]);
const kb = (files) =>
  (files.reduce((sum, file) => sum + gzipSync(readFileSync(join(root, file))).length, 0) / 1024).toFixed(1);
// The first screen's budget: whatever it does not need loads when first used (issue 29).
const initialBudgetKb = 90;
const sdkChunks = readdirSync(join(root, 'assets'))
  .filter((file) => file.startsWith('w3s-sdk-') && file.endsWith('.js'))
  .map((file) => join('assets', file));

const initialKb = kb(initial);
console.log(
  `renderer initial JS: ${initialKb} KB gzip (${initial.length} file${initial.length === 1 ? '' : 's'}; budget ≤ ${initialBudgetKb})`,
);
if (Number(initialKb) > initialBudgetKb) {
  console.error(
    `The first screen loads ${initialKb} KB gzip, over its ${initialBudgetKb} KB budget: load the rest lazily.`,
  );
  process.exitCode = 1;
}
console.log(`renderer SDK chunk: ${sdkChunks.length ? kb(sdkChunks) : 'missing'} KB gzip`);
if (sdkChunks.some((file) => initial.includes(file))) {
  console.error('The web SDK chunk is loaded by index.html; it should load only when a challenge runs.');
  process.exitCode = 1;
}
