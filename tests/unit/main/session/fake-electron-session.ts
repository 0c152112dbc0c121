// Electron's Session, faked at the edge: records the protocol handlers and the webRequest listener our code installs,
// and lets a test call them as Electron would.
import type { Session } from 'electron';
import type { FrameLike } from '../../../../src/main/session/frame-request-policy';

type Handler = (request: Request) => Promise<Response>;
type BeforeRequest = (
  details: { url: string; frame?: FrameLike | null },
  callback: (response: { cancel?: boolean }) => void,
) => void;

export function fakeElectronSession() {
  const handlers = new Map<string, Handler>();
  const fetched: { url: string; bypass: unknown }[] = [];
  let beforeRequest: { filter: unknown; listener: BeforeRequest } | null = null;
  let permissionRequest:
    | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void)
    | null = null;
  let permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  const session = {
    protocol: {
      handle: (scheme: string, handler: Handler) => {
        // As Electron: registering a scheme twice is an error.
        if (handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
        handlers.set(scheme, handler);
      },
      unhandle: (scheme: string) => handlers.delete(scheme),
      isProtocolHandled: (scheme: string) => handlers.has(scheme),
    },
    webRequest: {
      onBeforeRequest: (filter: unknown, listener: BeforeRequest) => {
        beforeRequest = { filter, listener };
      },
    },
    fetch: async (request: Request, init: { bypassCustomProtocolHandlers?: boolean }) => {
      fetched.push({ url: request.url, bypass: init.bypassCustomProtocolHandlers });
      return fetch(request);
    },
    setPermissionRequestHandler: (handler: typeof permissionRequest) => {
      permissionRequest = handler;
    },
    setPermissionCheckHandler: (handler: typeof permissionCheck) => {
      permissionCheck = handler;
    },
  };
  return {
    session: session as unknown as Session,
    handlers,
    fetched,
    schemes: () => [...handlers.keys()].sort(),
    /** Calls the handler registered for the URL's scheme; throws when none is. */
    request(url: string, init?: RequestInit): Promise<Response> {
      const handler = handlers.get(new URL(url).protocol.slice(0, -1));
      if (!handler) throw new Error(`no handler for ${url}`);
      return handler(new Request(url, init));
    },
    webRequestFilter: () => beforeRequest?.filter,
    /** What the webRequest listener answers for a request from `frame`: cancelled or not. */
    beforeRequest(url: string, frame: FrameLike | null): Promise<{ cancel?: boolean }> {
      return new Promise((resolve) => {
        if (!beforeRequest) throw new Error('no webRequest listener');
        beforeRequest.listener({ url, frame }, resolve);
      });
    },
    requestPermission: (permission: string) =>
      new Promise<boolean>((resolve) => permissionRequest?.({}, permission, resolve)),
    checkPermission: (permission: string) => permissionCheck?.({}, permission, 'http://localhost', {}),
  };
}
