// Electron's sessions for the session-policy tests: the stand-in for Electron (tests/support/electron-stand-in/),
// whose requests go through webRequest, then the scheme's handler, then the network, as Electron's do. The policy goes
// on the default session; main's own requests on a session of their own, as src/main/index.ts sets them up.
import type { Session } from 'electron';
import type { FrameLike } from '../../../../src/main/session/frame-request-policy';
import { NetError } from '../../../support/electron-stand-in/protocol';
import { type FrameRequestOptions, standInSessions } from '../../../support/electron-stand-in/session';

const appFrame: FrameLike = {
  url: 'http://localhost:47291/index.html',
  origin: 'http://localhost:47291',
  parent: null,
};

export function fakeElectronSession() {
  const sessions = standInSessions();
  const windows = sessions.defaultSession;
  const mainCalls = sessions.fromPartition('pin-desk-main-calls');
  return {
    session: windows as unknown as Session,
    /** Main's own fetch (Electron: the main-calls session's `fetch`). */
    fetchOutside: (request: Request) => mainCalls.fetch(request),
    mainCalls,
    /** What main fetched on its own session. */
    fetched: mainCalls.fetched,
    schemes: () => ['http', 'https', 'file'].filter((scheme) => windows.protocol.isProtocolHandled(scheme)),
    /**
     * A request the app's frame (or `frame`) makes, through the window's session as Electron takes it: webRequest,
     * then the handler. A request Electron fails (`net::ERR_*`) comes back as a network error response.
     */
    async request(url: string, init?: RequestInit, frame: FrameLike | null = appFrame): Promise<Response> {
      const options: FrameRequestOptions = { frame, webContentsId: 1, resourceType: 'xhr', ...(init ? { init } : {}) };
      try {
        return await windows.frameRequest(url, options);
      } catch (error) {
        if (error instanceof NetError) return Response.error();
        throw error;
      }
    },
    webRequestFilter: () => windows.webRequest.attachedFilter(),
    /** What the webRequest listener answers for a request from `frame` (null: no frame, as main's own requests). */
    beforeRequest(url: string, frame: FrameLike | null) {
      return windows.webRequest.beforeRequest({
        id: 0,
        url,
        method: 'GET',
        timestamp: Date.now(),
        resourceType: frame ? 'xhr' : 'other',
        referrer: '',
        ...(frame ? { frame, webContentsId: 1 } : {}),
      });
    },
    requestPermission: (permission: string) =>
      new Promise<boolean>((resolve) => windows.permissionRequestHandler?.({}, permission, resolve)),
    checkPermission: (permission: string) => windows.permissionCheckHandler?.({}, permission, 'http://localhost', {}),
  };
}
