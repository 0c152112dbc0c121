import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return nested.flat().filter((file) => /\.(ts|tsx|js|mjs|cjs|html)$/.test(file));
}

describe('src', () => {
  it('never weakens the renderer sandbox', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles('src')) {
      const text = await readFile(file, 'utf8');
      for (const pattern of [
        /sandbox\s*:\s*false/,
        /nodeIntegration\s*:\s*true/,
        /contextIsolation\s*:\s*false/,
        /webSecurity\s*:\s*false/,
      ]) {
        if (pattern.test(text)) offenders.push(`${file}: ${pattern.source}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
