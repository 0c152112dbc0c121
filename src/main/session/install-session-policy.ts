import type { Session } from 'electron';
import { createRequestRouter, type RequestRouterOptions } from './request-router';

type SessionPolicyOptions = Omit<RequestRouterOptions, 'fetchDirect'>;

/**
 * Makes the session's http(s) handlers the renderer's one network policy point, and denies every permission
 * (camera, clipboard, notifications, …): the console needs none of them.
 */
export function installSessionPolicy(session: Session, options: SessionPolicyOptions): void {
  const route = createRequestRouter({
    ...options,
    fetchDirect: (request) => session.fetch(request, { bypassCustomProtocolHandlers: true }),
  });
  session.protocol.handle('https', route);
  session.protocol.handle('http', route);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
