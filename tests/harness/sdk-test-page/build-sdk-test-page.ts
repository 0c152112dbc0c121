// Bundles the SDK test page (the REAL W3S web SDK, jsonwebtoken aliased to the decode-only module) with Vite's JS API.
// The output folder is named by a hash of everything that goes into it, so a run builds it at most once (and later
// runs reuse it until the page, the SDK or Vite changes). Two workers racing on a cold cache each build into their own
// temporary folder and the first rename wins.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '../../..');
const pageRoot = import.meta.dirname;
const decodeOnlyJsonWebToken = join(projectRoot, 'src/shared/jwt/decode-only-jsonwebtoken.ts');

/** The web SDK's origin as the test page is served (through Playwright routing). */
export const sdkTestPageOrigin = 'https://sdk-test.pin-desk.invalid';

async function inputsHash(): Promise<string> {
  const inputs = [
    join(pageRoot, 'index.html'),
    join(pageRoot, 'sdk-test-page.ts'),
    join(pageRoot, 'sdk-test-page-api.ts'),
    join(pageRoot, 'build-sdk-test-page.ts'),
    decodeOnlyJsonWebToken,
    join(projectRoot, 'node_modules/@circle-fin/w3s-pw-web-sdk/package.json'),
    join(projectRoot, 'node_modules/vite/package.json'),
  ];
  const hash = createHash('sha256');
  for (const file of inputs) hash.update(file).update(await readFile(file));
  return hash.digest('hex').slice(0, 16);
}

/** Builds the test page (or finds it already built) and returns the folder holding index.html and assets/. */
export async function buildSdkTestPage(): Promise<string> {
  const cacheRoot = join(tmpdir(), 'pin-desk-sdk-test-page');
  const outDir = join(cacheRoot, await inputsHash());
  if (existsSync(join(outDir, 'index.html'))) return outDir;
  await mkdir(cacheRoot, { recursive: true });
  const building = `${outDir}.building-${process.pid}-${Date.now()}`;
  const { build } = await import('vite');
  await build({
    root: pageRoot,
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { jsonwebtoken: decodeOnlyJsonWebToken } },
    build: { outDir: building, emptyOutDir: true, reportCompressedSize: false },
  });
  try {
    await rename(building, outDir);
  } catch (error) {
    // Another worker finished first: use its build.
    await rm(building, { recursive: true, force: true });
    if (!existsSync(join(outDir, 'index.html'))) throw error;
  }
  return outDir;
}
