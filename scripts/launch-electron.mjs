// `npm start` (after the build) and `npm run dev`: make sure Electron's binary is on disk, then hand over to
// electron-vite (dev: Vite dev server + HMR) or to Electron itself (start: the built app).
import { spawn } from 'node:child_process';
import { fetchElectron } from './electron-binary.mjs';

const dev = process.argv.includes('--dev');
const electron = await fetchElectron();
if ('error' in electron) {
  console.error(
    `PIN Desk cannot start: ${electron.error} On a machine without access to Electron's release host, use the browser test bed instead: npm run harness`,
  );
  process.exit(1);
}

const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
// Chromium refuses to run as root with its OS sandbox; the renderer's JS sandbox (sandbox: true) is unaffected.
const rootArgs = runningAsRoot ? ['--no-sandbox'] : [];
const [command, args] = dev
  ? [
      process.execPath,
      ['node_modules/electron-vite/bin/electron-vite.js', 'dev', ...(rootArgs.length ? ['--', ...rootArgs] : [])],
    ]
  : [electron.path, ['.', ...rootArgs]];
const child = spawn(command, args, { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
