// Cases of spec/api-dialog-spec.ts and spec/api-clipboard-spec.ts, and the lines of docs/api/dialog.md,
// lib/browser/api/dialog.ts and docs/breaking-changes.md each `it` quotes, ported to the stand-in.
import { describe, expect, it } from 'vitest';
import { standInElectron } from '../../support/electron-stand-in/electron';

async function readyElectron(platform: 'darwin' | 'win32' | 'linux' = 'linux') {
  const electron = standInElectron({ platform });
  await electron.app.whenReady();
  return electron;
}

describe('api-dialog-spec.ts showMessageBox', () => {
  it('should not throw for valid cases: with a parent window, and parentless', async () => {
    const { dialog, BrowserWindow } = await readyElectron();
    const w = new BrowserWindow({ show: false });
    await expect(dialog.showMessageBox(w, { message: 'i am message' })).resolves.toMatchObject({ response: 0 });
    await expect(dialog.showMessageBox({ message: 'i am message' })).resolves.toMatchObject({ response: 0 });
    expect(dialog.messageBoxes.map((box) => box.parent)).toEqual([w, null]);
  });
  it('throws errors when the options are invalid', async () => {
    const { dialog } = await readyElectron();
    const invalid = (options: unknown) => () => dialog.showMessageBox(options as { message: string });
    expect(() => dialog.showMessageBox(undefined, { type: 'not-a-valid-type', message: '' })).toThrow(
      /Invalid message box type/,
    );
    expect(() => dialog.showMessageBox(null, { buttons: false as never, message: '' })).toThrow(
      /Buttons must be an array/,
    );
    expect(invalid({ title: 300, message: '' })).toThrow(/Title must be a string/);
    expect(invalid({ message: [] })).toThrow(/Message must be a string/);
    expect(invalid({ detail: 3.14, message: '' })).toThrow(/Detail must be a string/);
    expect(invalid({ checkboxLabel: false, message: '' })).toThrow(/checkboxLabel must be a string/);
  });
  it('cancels message box: the response is cancelId (the Esc key)', async () => {
    const { dialog, BrowserWindow } = await readyElectron();
    const w = new BrowserWindow({ show: false });
    const result = await dialog.showMessageBox(w, { message: 'i am message', buttons: ['OK', 'Cancel'], cancelId: 1 });
    expect(result.response).toBe(1);
  });
  it('cancelId by default: "the first button with cancel or no as the label", else 1 when defaultId is 0, else 0', async () => {
    const { dialog } = await readyElectron();
    await dialog.showMessageBox({ message: '', buttons: ['Yes', 'No'] });
    await dialog.showMessageBox({ message: '', buttons: ['Move', 'Keep'], defaultId: 0 });
    await dialog.showMessageBox({ message: '', buttons: ['Move', 'Keep'] });
    expect(dialog.messageBoxes.map((box) => box.cancelId)).toEqual([1, 1, 0]);
  });
  it('"dialog module can only be used after app is ready" (dialog.ts checkAppInitialized)', () => {
    const { dialog } = standInElectron();
    expect(() => dialog.showMessageBox({ message: 'early' })).toThrow(
      'dialog module can only be used after app is ready',
    );
    expect(() => dialog.showSaveDialog({})).toThrow('dialog module can only be used after app is ready');
  });
});

describe('api-dialog-spec.ts showSaveDialog and showErrorBox', () => {
  it('showSaveDialog throws errors when the options are invalid', async () => {
    const { dialog } = await readyElectron();
    expect(() => dialog.showSaveDialog({ title: 300 as never })).toThrow(/Title must be a string/);
    expect(() => dialog.showSaveDialog({ buttonLabel: [] as never })).toThrow(/Button label must be a string/);
    expect(() => dialog.showSaveDialog({ defaultPath: {} as never })).toThrow(/Default path must be a string/);
    expect(() => dialog.showSaveDialog({ nameFieldLabel: {} as never })).toThrow(/Name field label must be a string/);
  });
  it('dialog.md: a canceled save resolves { canceled: true, filePath: "" } ("this will be an empty string")', async () => {
    const { dialog } = await readyElectron();
    await expect(dialog.showSaveDialog({ defaultPath: '/tmp/case.md' })).resolves.toEqual({
      canceled: true,
      filePath: '',
    });
    dialog.answerSaveDialog(() => '/home/agent/case.md');
    await expect(dialog.showSaveDialog({})).resolves.toEqual({ canceled: false, filePath: '/home/agent/case.md' });
  });
  it('showErrorBox throws errors when the options are invalid', async () => {
    const { dialog } = await readyElectron();
    expect(() => (dialog.showErrorBox as () => void)()).toThrow(/Insufficient number of arguments/);
    expect(() => dialog.showErrorBox(3, 'four')).toThrow(/Error processing argument at index 0/);
    expect(() => dialog.showErrorBox('three', 4)).toThrow(/Error processing argument at index 1/);
  });
  it('"If called before the app ready event on Linux, the message will be emitted to stderr"; a window elsewhere', () => {
    const destinations: string[] = [];
    for (const platform of ['linux', 'win32'] as const) {
      const { dialog } = standInElectron({ platform });
      dialog.onErrorBox = ({ to }) => destinations.push(`${platform}:${to}`);
      dialog.showErrorBox('PIN Desk could not start', 'why');
    }
    expect(destinations).toEqual(['linux:stderr', 'win32:window']);
  });
});

describe('api-clipboard-spec.ts and breaking-changes.md (Electron 44): writeText returns Promise<void>', () => {
  it('writeText returns a promise that resolves once the text is on the clipboard; readText reads it back', async () => {
    const { clipboard } = await readyElectron();
    const written = clipboard.writeText('hello i am a bit of text!');
    expect(written).toBeInstanceOf(Promise);
    expect(clipboard.written).toEqual([]);
    await written;
    await expect(clipboard.readText()).resolves.toBe('hello i am a bit of text!');
  });
});
