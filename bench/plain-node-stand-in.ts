// The stand-in for Electron (tests/support/electron-stand-in/, TypeScript) bundled to one plain JavaScript module, so
// `npm run bench:start` boots the built main in plain Node as Electron boots it: without tsx, whose loader hooks the
// real app never has and which slow every module main imports. Packages stay imports of node_modules.
import { build } from 'esbuild';

export async function bundleStandIn(): Promise<string> {
  const outfile = 'out/bench/electron-stand-in.mjs';
  await build({
    entryPoints: ['tests/support/electron-stand-in/electron.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}
