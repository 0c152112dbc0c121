// Narrowing the settings file's mode when it is opened: no file yet is fine (the first write creates it 0600), any
// other failure is not hidden.
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { narrowSettingsFile } from '../../../../src/main/settings/settings-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pin-desk-settings-file-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe.skipIf(process.platform === 'win32')('narrowing the settings file', () => {
  it('narrows a wider file to 0600', async () => {
    const file = join(dir, 'settings.json');
    await writeFile(file, '{}', { mode: 0o644 });
    narrowSettingsFile(file);
    expect(((await stat(file)).mode & 0o777).toString(8)).toBe('600');
  });

  it('does nothing when there is no file yet', () => {
    expect(() => narrowSettingsFile(join(dir, 'settings.json'))).not.toThrow();
  });

  it('lets any other failure through: a path under a plain file', async () => {
    const file = join(dir, 'not-a-folder');
    await writeFile(file, '');
    expect(() => narrowSettingsFile(join(file, 'settings.json'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });
});
