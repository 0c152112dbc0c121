// Cases of spec/webview-spec.ts ("is disabled by default", "will-attach-webview event") ported to the stand-in's
// `<webview>` (tests/support/electron-stand-in/webview.ts). Each `it` names its source.
import { describe, expect, it } from 'vitest';
import { standInElectron } from '../../support/electron-stand-in/electron';

async function embedder(webPreferences: Record<string, unknown>) {
  const electron = standInElectron({ platform: 'linux' });
  await electron.app.whenReady();
  electron.session.defaultSession.protocol.handle('file', (request) => new Response(`<p>${request.url}</p>`));
  const w = new electron.BrowserWindow({ show: false, webPreferences });
  const heard: string[] = [];
  for (const name of ['will-attach-webview', 'did-attach-webview']) w.webContents.on(name, () => heard.push(name));
  return { w, heard };
}

describe('webview-spec.ts <webview> tag', () => {
  it('is disabled by default: no guest, and no will-attach-webview', async () => {
    const { w, heard } = await embedder({ nodeIntegration: true });
    expect(w.webContents.addWebview({ src: 'file:///pages/a.html' })).toEqual({
      attached: false,
      reason: 'tag disabled',
    });
    expect(heard).toEqual([]);
  });
  it('webviewTag: false disables it as well (guest-view-manager.ts: `!!webPreferences.webviewTag`)', async () => {
    const { w, heard } = await embedder({ webviewTag: false });
    expect(w.webContents.addWebview({ src: 'file:///pages/a.html' }).attached).toBe(false);
    expect(heard).toEqual([]);
  });
});

describe('webview-spec.ts will-attach-webview event', () => {
  it('supports preventing a webview from being created ("Calling event.preventDefault() will destroy the guest page")', async () => {
    const { w, heard } = await embedder({ webviewTag: true });
    w.webContents.once('will-attach-webview', (event: { preventDefault(): void }) => event.preventDefault());
    expect(w.webContents.addWebview({ src: 'file:///pages/c.html' })).toEqual({ attached: false, reason: 'prevented' });
    expect(heard).toEqual(['will-attach-webview']);
  });
  it('supports changing the web preferences and params: the changed src is what loads', async () => {
    const { w, heard } = await embedder({ webviewTag: true, contextIsolation: true, sandbox: true });
    w.webContents.once(
      'will-attach-webview',
      (_event: unknown, webPreferences: Record<string, unknown>, params: Record<string, string>) => {
        params.src = 'file:///pages/c.html';
        webPreferences.nodeIntegration = false;
      },
    );
    const outcome = w.webContents.addWebview({ nodeintegration: 'yes', src: 'file:///pages/a.html' });
    if (!outcome.attached) throw new Error('the webview was not attached');
    // Security options the guest "will always inherit from embedder".
    expect(outcome.webPreferences).toMatchObject({ nodeIntegration: false, contextIsolation: true, sandbox: true });
    await new Promise((resolve) => outcome.guest.once('did-stop-loading', resolve));
    expect(outcome.guest.mainFrame.url).toBe('file:///pages/c.html');
    expect(heard).toEqual(['will-attach-webview', 'did-attach-webview']);
  });
  it('did-attach-webview: "Emitted when a <webview> has been attached", with the guest webContents', async () => {
    const { w } = await embedder({ webviewTag: true });
    const guests: unknown[] = [];
    w.webContents.on('did-attach-webview', (_event: unknown, guest: unknown) => guests.push(guest));
    const outcome = w.webContents.addWebview({ src: 'file:///pages/a.html' });
    expect(outcome.attached && guests).toEqual([outcome.attached && outcome.guest]);
  });
});
