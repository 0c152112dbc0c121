// `npm run dist`: installers for this machine's platform with electron-builder (electron-builder.config.mjs), from
// Electron's binary in node_modules, then the packaged app is checked (check-packaged-app.mjs). Where Electron's
// binary cannot be had, it stops with one line, as `npm start` does.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import configuration, { signingPlan } from '../electron-builder.config.mjs';
import { fetchElectron } from './electron-binary.mjs';

const electron = await fetchElectron();
if ('error' in electron) {
  console.error(
    `PIN Desk cannot be packaged: ${electron.error} Build installers where Electron's release host can be reached.`,
  );
  process.exit(1);
}
const signing = signingPlan(process.env);
if (signing.skipped) console.log(signing.skipped);

const step = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;
if (!step('npm', ['run', '--silent', 'build'])) process.exit(1);

const { build } = await import('electron-builder');
const electronDist = join(dirname(createRequire(import.meta.url).resolve('electron/package.json')), 'dist');
try {
  // The Electron already on disk, not a second download; the installers for this platform only.
  await build({ config: { ...configuration, electronDist }, publish: 'never' });
} catch (error) {
  console.error(`PIN Desk could not be packaged: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
process.exit(step(process.execPath, ['scripts/check-packaged-app.mjs']) ? 0 : 1);
