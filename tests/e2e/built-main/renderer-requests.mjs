// What the renderer's frames ask of the network, played through the stand-in's default session as Electron takes a
// frame's request: its webRequest listener (with the frame and the webContents), then its protocol handler, then the
// network. And the customer in Circle's window: the page loads in a subframe of the app, then its own calls (relative
// to the page, `https://pw-auth.circle.com/api/…`, with the page's Origin, as a browser sends on a POST) — through
// the hosted-UI forward on emulator environments, straight to Circle's hosts on Circle ones.
import { session } from './fake-electron.mjs';

export const appOrigin = 'http://localhost:47291';
export const appFrame = { url: `${appOrigin}/index.html`, origin: appOrigin, parent: null };
const circleOrigin = 'https://pw-auth.circle.com';
export const circleFrame = { url: `${circleOrigin}/`, origin: circleOrigin, parent: appFrame };

/** A frame's request; a request Electron fails comes back as `{ refusedWith: 'net::ERR_…' }`. */
export async function frameRequest(url, frame, resourceType, webContentsId, init) {
  try {
    return await session.defaultSession.frameRequest(url, { frame, resourceType, webContentsId, init });
  } catch (error) {
    return { refusedWith: error instanceof Error ? error.message : String(error) };
  }
}

/** A document: its status, type, CSP and body, or `{ refused: true }`. */
export async function page(url, frame, resourceType, webContentsId) {
  const response = await frameRequest(url, frame, resourceType, webContentsId);
  if (response.refusedWith) return { refused: true, reason: response.refusedWith };
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    csp: response.headers.get('content-security-policy'),
    body: (await response.text()).slice(0, 200_000),
  };
}

/** What the session's webRequest listener answers for a request from `frame` (without making the request). */
export function beforeRequest(url, frame) {
  return session.defaultSession.webRequest.beforeRequest({
    id: 0,
    url,
    method: 'GET',
    timestamp: Date.now(),
    resourceType: 'font',
    referrer: '',
    frame,
    webContentsId: 1,
  });
}

/**
 * The customer changes their PIN in Circle's window, for the session main handed the renderer. Returns each step's
 * answer (or how it was refused). Cookies the page sets are sent back on its own calls, as a browser's jar would.
 */
export async function customerChangesPin(handedOver, currentPin, newPin, webContentsId) {
  const pageUrl = `${circleOrigin}/?origin=${encodeURIComponent(appOrigin)}`;
  const loaded = await frameRequest(
    pageUrl,
    { url: 'about:blank', origin: appOrigin, parent: appFrame },
    'subFrame',
    webContentsId,
  );
  if (loaded.refusedWith) return { page: loaded.refusedWith };
  const cookie = (loaded.headers.get('set-cookie') ?? '').split(';')[0];
  await loaded.text();
  const session = { userToken: handedOver.userToken, challengeId: handedOver.challengeId };
  const call = async (endpoint, body) => {
    const answer = await frameRequest(`${circleOrigin}/${endpoint}`, circleFrame, 'xhr', webContentsId, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: circleOrigin, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
    if (answer.refusedWith) return answer;
    return { status: answer.status, body: await answer.json().catch(() => null) };
  };
  return {
    page: loaded.status,
    open: await call('api/open', { ...session, appId: handedOver.appId, encryptionKey: handedOver.encryptionKey }),
    currentPin: await call('api/current-pin', { ...session, pin: currentPin }),
    newPin: await call('api/new-pin', { ...session, pin: newPin, confirmation: newPin }),
  };
}
