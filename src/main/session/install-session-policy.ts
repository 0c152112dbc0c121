import type { Session } from 'electron';
import { createAppOriginHandler } from './app-origin-handler';
import { decideFrameRequest } from './frame-request-policy';
import { createHostedUiForwarder } from './hosted-ui-forwarder';
import type { HostedUiTarget } from './hosted-ui-target';
import type { NetworkDiagnosticsRecorder } from './network-diagnostics-recorder';

export interface SessionPolicyOptions {
  appOrigin: string;
  appRoot: string;
  /** In `dev` only: Vite's dev server, trusted as the app. */
  devServerOrigin?: string;
  diagnostics: NetworkDiagnosticsRecorder;
  /** Main's log: one line per refusal (origin only). */
  log?: (line: string) => void;
  /**
   * Main's own fetch, on a session this policy does not govern (Electron: the main-calls session's `fetch`). The
   * hosted-UI forward and the dev server's pages go through it: a fetch on this session would meet its webRequest
   * policy, which cancels every request no frame made (docs/api/session.md: ses.fetch triggers webRequest handlers).
   */
  fetchOutside: (request: Request) => Promise<Response>;
}

export interface SessionPolicy {
  /** Installs or removes the https handler for the active environment's hosted PIN UI. */
  applyHostedUi(target: HostedUiTarget): void;
}

/**
 * The renderer's network policy on Electron's session. Always: an `http` handler for the app origin (refusing any
 * other plain http), a webRequest policy that allows or cancels by the requesting frame (decided by a pure function),
 * and every permission denied. Per environment: an `https` handler answering `pw-auth.circle.com` from the emulator
 * on emulator environments, and none at all on Circle environments — Circle's page then loads exactly as in a
 * browser (Electron's intercepting handlers drop cookies, electron/electron#39525). Main's own requests never come
 * here: they go through `fetchOutside`, on a session of their own.
 */
export function installSessionPolicy(session: Session, options: SessionPolicyOptions): SessionPolicy {
  const { diagnostics } = options;
  const onRefused = (url: string, reason: string) => {
    diagnostics.refused(url, reason);
    options.log?.(`network policy: refused ${originOf(url)} (${reason})`);
  };
  const fetchDirect = options.fetchOutside;
  const appOrigins = options.devServerOrigin ? [options.appOrigin, options.devServerOrigin] : [options.appOrigin];

  session.protocol.handle(
    'http',
    createAppOriginHandler({
      appOrigin: options.appOrigin,
      appRoot: options.appRoot,
      ...(options.devServerOrigin ? { devServer: { origin: options.devServerOrigin, fetchDirect } } : {}),
      onRefused,
    }),
  );
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    const decision = decideFrameRequest({ url: details.url, frame: details.frame }, appOrigins);
    if (decision.allow) {
      if (decision.circleFrameHost) diagnostics.circleFrameLoaded(decision.circleFrameHost);
      callback({});
    } else {
      onRefused(details.url, decision.reason);
      callback({ cancel: true });
    }
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);

  return {
    applyHostedUi(target) {
      if (session.protocol.isProtocolHandled('https')) session.protocol.unhandle('https');
      if (target.kind === 'forward') {
        session.protocol.handle('https', createHostedUiForwarder({ baseUrl: target.baseUrl, fetchDirect, onRefused }));
      }
    },
  };
}

function originOf(rawUrl: string): string {
  try {
    return new URL(rawUrl).origin;
  } catch {
    return '(not a URL)';
  }
}
