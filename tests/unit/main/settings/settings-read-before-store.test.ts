// The window's saved place is read from the settings file before electron-store loads (main's window opens sooner
// without conf's ajv); that read must find what the store wrote, and a file it cannot read must not stop the window.
// electron-store runs here as in the app; its `electron` import is the stand-in (it reads only `app` and `ipcMain`).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readSettingBeforeStore, settingsFilePath } from '../../../../src/main/settings/settings-file';
import { standInElectron } from '../../../support/electron-stand-in/electron';

vi.mock('electron', () => {
  const electron = standInElectron({ platform: 'linux' });
  return { default: electron, ...electron };
});

const { openSettingsStore } = await import('../../../../src/main/settings/settings-store');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pin-desk-settings-before-store-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const placed = { bounds: { x: 40, y: 30, width: 1000, height: 700 }, maximized: true };

describe('the settings read before the store loads', () => {
  it('finds what electron-store wrote, in the file the store keeps', () => {
    const store = openSettingsStore(dir);
    store.set('window', placed);
    store.set('agentName', 'Ana');
    expect(store.path).toBe(settingsFilePath(dir));
    expect(readSettingBeforeStore(dir, 'window')).toEqual(placed);
    expect(readSettingBeforeStore(dir, 'agentName')).toBe('Ana');
  });

  it('gives nothing for a key the file does not have, or one only inherited', () => {
    openSettingsStore(dir).set('window', placed);
    expect(readSettingBeforeStore(dir, 'customerLanguage')).toBeUndefined();
    expect(readSettingBeforeStore(dir, 'toString')).toBeUndefined();
  });

  it('gives nothing, without throwing, where there is no file, a broken one, a list or a folder', async () => {
    expect(readSettingBeforeStore(dir, 'window')).toBeUndefined();
    await writeFile(settingsFilePath(dir), '{"window": {"bounds"');
    expect(readSettingBeforeStore(dir, 'window')).toBeUndefined();
    await writeFile(settingsFilePath(dir), '[1, 2]');
    expect(readSettingBeforeStore(dir, 'window')).toBeUndefined();
    await writeFile(settingsFilePath(dir), 'null');
    expect(readSettingBeforeStore(dir, 'window')).toBeUndefined();
    // A file that is a JSON string has no settings, not even a string's own properties.
    await writeFile(settingsFilePath(dir), '"window"');
    expect(readSettingBeforeStore(dir, 'length')).toBeUndefined();
    expect(readSettingBeforeStore(dir, '0')).toBeUndefined();
    const other = join(dir, 'other');
    await mkdir(join(other, 'settings.json'), { recursive: true });
    expect(readSettingBeforeStore(other, 'window')).toBeUndefined();
  });

  it('leaves a broken file for the store to report, as before', async () => {
    await writeFile(settingsFilePath(dir), '{"window": ');
    expect(readSettingBeforeStore(dir, 'window')).toBeUndefined();
    expect(() => openSettingsStore(dir)).toThrow(SyntaxError);
  });
});
