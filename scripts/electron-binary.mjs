// Finds Electron's binary without triggering its download, and fetches it on request. Electron 45 downloads its
// binary the first time its own entry runs, not at install; electron-vite's launcher never triggers that.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

/** The binary's path if it is on disk, else null. */
export function installedElectronPath() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/**
 * Runs Electron's own installer (node_modules/electron/install.js), bounded in time so an unreachable release host
 * cannot hang a run. Resolves to { path } or { error: one clear line }.
 */
export function fetchElectron({ timeoutMs = 180_000, quiet = false } = {}) {
  const existing = installedElectronPath();
  if (existing) return Promise.resolve({ path: existing });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(electronDir, 'install.js')], {
      stdio: quiet ? 'ignore' : ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const path = installedElectronPath();
      if (path) return resolve({ path });
      const cause = signal
        ? `timed out after ${timeoutMs / 1000} s`
        : firstLine(stderr) || `installer exited with ${code}`;
      resolve({ error: `The Electron binary could not be downloaded (${cause}).` });
    });
  });
}

function firstLine(text) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 0);
}
