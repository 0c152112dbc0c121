// Cases of spec/api-ipc-spec.ts (invoke), spec/api-menu-spec.ts and spec/api-shell-spec.ts, and the lines of
// docs/api/structures/ipc-main-invoke-event.md each `it` quotes, ported to the stand-in.
import { describe, expect, it, vi } from 'vitest';
import { standInElectron } from '../../support/electron-stand-in/electron';
import { StandInWebFrame } from '../../support/electron-stand-in/web-frame';

async function pageInWindow() {
  const electron = standInElectron({ platform: 'linux' });
  await electron.app.whenReady();
  electron.session.defaultSession.protocol.handle('app', () => new Response('<p>app</p>'));
  const window = new electron.BrowserWindow({ show: false });
  await window.loadURL('app://desk/index.html');
  return { ...electron, window, from: { sender: window.webContents, frame: window.webContents.mainFrame } };
}

describe('api-ipc-spec.ts invoke', () => {
  it('receives a response from a synchronous handler and from an asynchronous one', async () => {
    const { ipcMain, from } = await pageInWindow();
    ipcMain.handleOnce('test', (_event, arg) => (arg as number) * 3);
    expect(await ipcMain.invoke(from, 'test', 41)).toBe(123);
    ipcMain.handle('later', async () => {
      await new Promise(setImmediate);
      return 3;
    });
    expect(await ipcMain.invoke(from, 'later')).toBe(3);
  });
  it('receives an error from a handler: only its message reaches the renderer (main logs the error)', async () => {
    const { ipcMain, from } = await pageInWindow();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    ipcMain.handle('test', () => {
      throw new Error('some error');
    });
    await expect(ipcMain.invoke(from, 'test')).rejects.toThrow(
      "Error invoking remote method 'test': Error: some error",
    );
    expect(logged).toHaveBeenCalledWith("Error occurred in handler for 'test':", expect.any(Error));
    logged.mockRestore();
  });
  it('throws an error if no handler is registered; throws an error when invoking a handler that was removed', async () => {
    const { ipcMain, from } = await pageInWindow();
    ipcMain.handle('test', () => {});
    ipcMain.removeHandler('test');
    await expect(ipcMain.invoke(from, 'test')).rejects.toThrow(/No handler registered for 'test'/);
  });
  it('forbids multiple handlers', async () => {
    const { ipcMain } = await pageInWindow();
    ipcMain.handle('test', () => {});
    expect(() => ipcMain.handle('test', () => {})).toThrow(/second handler/);
  });
});

describe('ipc-main-invoke-event.md: sender and senderFrame', () => {
  it('sender is the webContents that sent it; senderFrame its frame, top-level (parent null) on the app’s page', async () => {
    const { ipcMain, window, from } = await pageInWindow();
    let seen: { sender: unknown; url?: string; parent?: unknown } = { sender: null };
    ipcMain.handle('who', (event) => {
      seen = { sender: event.sender, url: event.senderFrame?.url, parent: event.senderFrame?.parent };
    });
    await ipcMain.invoke(from, 'who');
    expect(seen).toEqual({ sender: window.webContents, url: 'app://desk/index.html', parent: null });
  });
  it('"senderFrame … May be null if accessed after the frame has either navigated or been destroyed"', async () => {
    const { ipcMain, window, from } = await pageInWindow();
    let senderFrame: unknown = 'unread';
    ipcMain.handle('slow', async (event) => {
      await window.loadURL('app://desk/other.html');
      senderFrame = event.senderFrame;
    });
    await ipcMain.invoke(from, 'slow');
    expect(senderFrame).toBeNull();
  });
  it('a subframe’s call carries that subframe, its parent the page', async () => {
    const { ipcMain, window } = await pageInWindow();
    const child = window.webContents.mainFrame.addChild('https://pw-auth.circle.com/');
    let parent: unknown = 'unread';
    ipcMain.handle('from-child', (event) => {
      parent = event.senderFrame?.parent;
    });
    await ipcMain.invoke({ sender: window.webContents, frame: child }, 'from-child');
    expect(parent).toBe(window.webContents.mainFrame);
    expect(child).toBeInstanceOf(StandInWebFrame);
  });
});

describe('api-menu-spec.ts Menu.buildFromTemplate', () => {
  it('does throw exceptions for empty objects and null values, and for an object without role, label, or type', () => {
    const { Menu } = standInElectron();
    const message = /Invalid template for MenuItem: must have at least one of label, role or type/;
    expect(() => Menu.buildFromTemplate([{}, null])).toThrow(message);
    expect(() => Menu.buildFromTemplate([{ visible: true }])).toThrow(message);
    expect(() => Menu.buildFromTemplate([undefined])).toThrow(message);
  });
  it('throws when an non-array is passed as a template', () => {
    const { Menu } = standInElectron();
    expect(() => Menu.buildFromTemplate('hello')).toThrow(/Invalid template for Menu: Menu template must be an array/);
  });
  it('menu-item.ts: choosing an item runs the template’s click(menuItem, focusedWindow, event)', () => {
    const { Menu } = standInElectron();
    const calls: unknown[][] = [];
    const menu = Menu.buildFromTemplate([
      { label: 'View', submenu: [{ label: 'Cases', click: (...args: unknown[]) => calls.push(args) }] },
    ]);
    const item = menu.items[0]?.submenu?.items[0];
    item?.click({ kind: 'keyboard' }, 'the focused window');
    expect(calls).toEqual([[item, 'the focused window', { kind: 'keyboard' }]]);
  });
});

describe('api-shell-spec.ts shell.openExternal()', () => {
  it('opens an external link (resolves)', async () => {
    const { shell } = standInElectron({ platform: 'linux' });
    await expect(shell.openExternal('https://developers.circle.com/w3s')).resolves.toBeUndefined();
    expect(shell.opened).toEqual(['https://developers.circle.com/w3s']);
  });
  it('macOS: throws when there is no application registered to open the URL', async () => {
    const { shell } = standInElectron({ platform: 'darwin' });
    await expect(shell.openExternal('bogus-protocol://')).rejects.toThrow(/No application found to open URL/);
  });
});
