import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export type AppFile = { found: true; body: Uint8Array<ArrayBuffer>; contentType: string } | { found: false };

/**
 * Maps a URL pathname to a file inside the bundled renderer folder. Anything that could climb out of it — `..`
 * segments (plain or percent-encoded), backslashes, NUL bytes, bad escapes — is simply not found.
 */
export function resolveAppPath(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..')) return null;
  const rootPath = resolve(root);
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const full = resolve(join(rootPath, relative));
  return full.startsWith(rootPath + sep) ? full : null;
}

export async function readAppFile(root: string, pathname: string): Promise<AppFile> {
  const path = resolveAppPath(root, pathname);
  const contentType = path ? contentTypes[extname(path).toLowerCase()] : undefined;
  if (!path || !contentType) return { found: false };
  try {
    if (!(await stat(path)).isFile()) return { found: false };
    return { found: true, body: await readFile(path), contentType };
  } catch {
    return { found: false };
  }
}
