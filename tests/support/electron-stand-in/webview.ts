// A page's `<webview>` (docs/api/webview-tag.md, lib/browser/guest-view-manager.ts):
// - The tag exists only where the embedder's webPreferences enable it: webview-tag.md "By default the `webview` tag
//   is disabled in Electron >= 5. You need to enable the tag by setting the `webviewTag` webPreferences option"; the
//   renderer sets the element up only then, and guest-view-manager.ts `makeSafeHandler` refuses a create-and-attach
//   message from a webContents whose `getLastWebPreferences().webviewTag` is not set ("<webview> disabled");
//   spec/webview-spec.ts "is disabled by default": the page sees no WebView. Nothing is created and 'will-attach-webview' is not emitted.
// - Enabled: `createGuest` emits 'will-attach-webview' (event, webPreferences, params) on the embedder;
//   web-contents.md: "Calling `event.preventDefault()` will destroy the guest page" (createGuest returns -1; spec
//   "supports preventing a webview from being created"). The handler may change `webPreferences` and `params`
//   ("This object can be modified …"; spec "supports changing the web preferences": a changed `params.src` is what
//   loads). Otherwise the guest is made, loads `params.src`, and the embedder emits 'did-attach-webview' (event,
//   guest) ("Emitted when a `<webview>` has been attached to this web contents").
// The stand-in's guest shares the embedder's session (no `partition` attribute is modelled).
import { preventableEvent } from './preventable-event';

export interface WebviewEmbedder {
  emit(event: string, ...args: unknown[]): boolean;
}

export type WebviewOutcome<Guest> =
  | { attached: false; reason: 'tag disabled' | 'prevented' }
  | { attached: true; guest: Guest; webPreferences: Record<string, unknown> };

export function attachWebview<Guest extends { loadURL(url: string): Promise<void> }>(
  embedder: WebviewEmbedder,
  embedderPreferences: Readonly<Record<string, unknown>>,
  params: Record<string, string>,
  createGuest: (webPreferences: Record<string, unknown>) => Guest,
): WebviewOutcome<Guest> {
  if (embedderPreferences.webviewTag !== true) return { attached: false, reason: 'tag disabled' };
  // makeWebPreferences, in part: the attributes' preferences, then the security options a guest "will always inherit
  // from embedder" (contextIsolation, sandbox on; nodeIntegration, nodeIntegrationInSubFrames off).
  const webPreferences: Record<string, unknown> = {
    nodeIntegration: params.nodeintegration ?? false,
    webSecurity: !params.disablewebsecurity,
    ...(params.preload ? { preload: params.preload } : {}),
  };
  const inherited = {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
  };
  for (const [name, value] of Object.entries(inherited)) {
    if (embedderPreferences[name] === value) webPreferences[name] = value;
  }
  const event = preventableEvent({ sender: embedder });
  embedder.emit('will-attach-webview', event, webPreferences, params);
  if (event.defaultPrevented) return { attached: false, reason: 'prevented' };
  const guest = createGuest(webPreferences);
  if (params.src) void guest.loadURL(params.src);
  embedder.emit('did-attach-webview', preventableEvent({ sender: embedder }), guest);
  return { attached: true, guest, webPreferences };
}
