// Cases of spec/api-app-spec.ts (commandLine, isPackaged, getPath/setPath, requestSingleInstanceLock, exit) and the
// lines of docs/api/app.md and shell/browser/browser.cc each `it` quotes (quit, will-quit, window-all-closed), ported
// to the stand-in's app.
import { once } from 'node:events';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { standInElectron } from '../../support/electron-stand-in/electron';

const freshFolder = () => mkdtempSync(join(tmpdir(), 'stand-in-app-'));

describe('app.md ready', () => {
  it('"The ready event is only fired after the main process has finished running the first tick": isReady() until then is false', async () => {
    const { app } = standInElectron();
    const order: string[] = [];
    app.on('ready', () => order.push('ready'));
    const ready = app.whenReady().then(() => order.push('whenReady'));
    order.push(`first tick ready=${app.isReady()}`);
    await ready;
    expect(order).toEqual(['first tick ready=false', 'ready', 'whenReady']);
    expect(app.isReady()).toBe(true);
  });
});

describe('api-app-spec.ts commandLine', () => {
  it('commandLine.hasSwitch / getSwitchValue (existing argv): returns true and the value when present', () => {
    const { app } = standInElectron({ argv: ['--foobar=test', '--flag'] });
    expect(app.commandLine.hasSwitch('foobar')).toBe(true);
    expect(app.commandLine.getSwitchValue('foobar')).toBe('test');
    expect(app.commandLine.getSwitchValue('flag')).toBe('');
  });
  it('returns false / an empty string when not present; appendSwitch and removeSwitch change what Chromium reads', () => {
    const { app } = standInElectron({ argv: [] });
    expect(app.commandLine.hasSwitch('foobar2')).toBe(false);
    expect(app.commandLine.getSwitchValue('foobar2')).toBe('');
    app.commandLine.appendSwitch('foobar', 'æøåü');
    expect(app.commandLine.getSwitchValue('foobar')).toBe('æøåü');
    app.commandLine.removeSwitch('foobar');
    expect(app.commandLine.hasSwitch('foobar')).toBe(false);
  });
});

describe('api-app-spec.ts app.isPackaged and paths', () => {
  it('app.isPackaged: should be false during tests (ELECTRON_FORCE_IS_PACKAGED makes it true: electron_api_app.cc)', () => {
    expect(standInElectron().app.isPackaged).toBe(false);
    expect(standInElectron({ isPackaged: true }).app.isPackaged).toBe(true);
  });
  it('getPath(name): throws an error when the name is invalid; uses the app name in getPath(userData)', () => {
    const { app } = standInElectron({ appPackage: { name: 'pin-desk', productName: 'PIN Desk', version: '1.0.0' } });
    expect(() => app.getPath('does-not-exist')).toThrow("Failed to get 'does-not-exist' path");
    expect(app.getPath('userData')).toContain('PIN Desk');
    expect(app.getName()).toBe('PIN Desk');
  });
  it('getAppPath: works for directories with package.json (the folder Electron loaded the app from)', () => {
    expect(standInElectron({ appPath: '/opt/PIN Desk/resources/app.asar' }).app.getAppPath()).toBe(
      '/opt/PIN Desk/resources/app.asar',
    );
    // `electron .` in the working folder: that folder.
    expect(standInElectron().app.getAppPath()).toBe(process.cwd());
  });
  it('setPath(name, path): throws when a relative path is passed; does not create a new directory by default', () => {
    const { app } = standInElectron();
    expect(() => app.setPath('music', 'hey/hi/hello')).toThrow('Path must be absolute');
    const missing = join(freshFolder(), 'music');
    app.setPath('music', missing);
    expect(app.getPath('music')).toBe(missing);
    expect(existsSync(missing)).toBe(false);
  });
  it('sessionData: changing userData affects default sessionData', () => {
    const { app } = standInElectron();
    const folder = freshFolder();
    app.setPath('userData', folder);
    expect(app.getPath('sessionData')).toBe(folder);
  });
});

describe('api-app-spec.ts app.requestSingleInstanceLock', () => {
  it('prevents the second launch of app; passes arguments and additional data to the second-instance event', async () => {
    const userData = freshFolder();
    const first = standInElectron({ userData }).app;
    expect(first.requestSingleInstanceLock()).toBe(true);
    await first.whenReady();
    const heard = once(first, 'second-instance');
    const second = standInElectron({ userData }).app;
    expect(second.requestSingleInstanceLock({ level: 1, testkey: 'testvalue1' })).toBe(false);
    const [, argv, workingDirectory, additionalData] = await heard;
    expect(argv).toContain(process.execPath);
    expect(workingDirectory).toBe(process.cwd());
    expect(additionalData).toEqual({ level: 1, testkey: 'testvalue1' });
  });
  it('"This event is guaranteed to be emitted after the ready event of app gets emitted"', async () => {
    const userData = freshFolder();
    const first = standInElectron({ userData }).app;
    first.requestSingleInstanceLock();
    const order: string[] = [];
    first.on('second-instance', () => order.push(`second-instance ready=${first.isReady()}`));
    standInElectron({ userData }).app.requestSingleInstanceLock();
    await first.whenReady();
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['second-instance ready=true']);
  });
  it('returns true when setting non-existent user data folder (it is created); false when it cannot be (LOCK_ERROR)', () => {
    const missing = join(freshFolder(), 'not-yet');
    expect(standInElectron({ userData: missing }).app.requestSingleInstanceLock()).toBe(true);
    expect(existsSync(missing)).toBe(true);
    const aFile = join(freshFolder(), 'a-file');
    writeFileSync(aFile, '');
    expect(standInElectron({ userData: aFile }).app.requestSingleInstanceLock()).toBe(false);
  });
});

describe('app.md and browser.cc: quitting', () => {
  it('quit(): before-quit, the windows close, then will-quit and quit; exit code 0', async () => {
    const { app, BrowserWindow } = standInElectron();
    await app.whenReady();
    const order: string[] = [];
    const w = new BrowserWindow({ show: false });
    for (const name of ['before-quit', 'will-quit', 'quit', 'window-all-closed']) app.on(name, () => order.push(name));
    w.on('close', () => order.push('close'));
    w.on('closed', () => order.push('closed'));
    app.quit();
    expect(await app.ended).toBe(0);
    // "in this case the window-all-closed event would not be emitted".
    expect(order).toEqual(['before-quit', 'close', 'closed', 'will-quit', 'quit']);
  });
  it('will-quit preventDefault stops the quit; a later quit() starts over (Browser::NotifyAndShutdown resets is_quitting_)', async () => {
    const { app } = standInElectron();
    await app.whenReady();
    let postponed = false;
    app.on('will-quit', (event: { preventDefault(): void }) => {
      if (postponed) return;
      postponed = true;
      event.preventDefault();
    });
    let ended = false;
    void app.ended.then(() => {
      ended = true;
    });
    app.quit();
    await new Promise((resolve) => setImmediate(resolve));
    expect(ended).toBe(false);
    app.quit();
    const stillRunning = new Promise((resolve) => setTimeout(() => resolve('still running'), 500));
    expect(await Promise.race([app.ended, stillRunning])).toBe(0);
    expect(app.quitCalls).toBe(2);
  });
  it('app.exit(exitCode): closes all windows, without before-quit or will-quit, and ends with the code', async () => {
    const { app, BrowserWindow } = standInElectron();
    await app.whenReady();
    const w = new BrowserWindow({ show: false });
    const order: string[] = [];
    for (const name of ['before-quit', 'will-quit']) app.on(name, () => order.push(name));
    w.on('close', () => order.push('close'));
    w.on('closed', () => order.push('closed'));
    app.exit(123);
    expect(await app.ended).toBe(123);
    expect(order).toEqual(['closed']);
  });
  it('window-all-closed: "If you do not subscribe to this event and all windows are closed, the default behavior is to quit"', async () => {
    const { app, BrowserWindow } = standInElectron();
    await app.whenReady();
    new BrowserWindow({ show: false }).close();
    expect(await app.ended).toBe(0);
  });
});
