import type { BrowserContext, Frame, Request as PlaywrightRequest, Route } from '@playwright/test';
import { createAppOriginHandler } from '../../src/main/session/app-origin-handler';
import { decideFrameRequest, type FrameLike } from '../../src/main/session/frame-request-policy';
import { createHostedUiForwarder } from '../../src/main/session/hosted-ui-forwarder';
import type { HostedUiTarget } from '../../src/main/session/hosted-ui-target';

export interface SessionLikeRoutingOptions {
  appOrigin: string;
  /** The folder the app origin's files are served from. */
  appRoot: string;
  /**
   * Whether a server of the test bed's answers the app origin (reached through a host-resolver rule). Its requests
   * then go on to it even while routed, so the app's document always comes from a loopback address: Chromium's
   * Local Network Access checks refuse a page it counts as public (one a route fulfilled) a frame on loopback, where
   * the Circle-shaped emulator answers.
   */
  appOriginServer?: boolean;
  onRefused(url: string, reason: string): void;
  /** A host Circle's frame loaded from (for Settings → Diagnostics). */
  onCircleFrameHost?(host: string): void;
}

export interface SessionLikeRouting {
  /** As Electron's session: routes installed for an emulator environment, none at all for a Circle one. */
  applyHostedUi(target: HostedUiTarget): Promise<void>;
  /** Whether Playwright routing is installed now (it pauses every request, and answers CORS preflights itself). */
  routed(): boolean;
}

/**
 * The browser test bed's stand-in for Electron's session, built from the same functions. On an emulator environment
 * one Playwright route plays the session's parts in order: the webRequest policy (allow or cancel by the requesting
 * frame), then the https handler (Circle's hosted page → the emulator, anything else refused) and the http handler
 * (the app origin's files, anything else refused). On a Circle environment no route exists at all — Playwright
 * routing pauses every request and answers CORS preflights itself — so Circle's page reaches the network exactly as
 * in a browser; the hosts Circle's frame loads are then recorded from Playwright's passive network events (nothing
 * can cancel there: the app frame's own limits are its CSP's).
 */
export function routeLikeTheSession(context: BrowserContext, options: SessionLikeRoutingOptions): SessionLikeRouting {
  const appOrigins = [options.appOrigin];
  const appOriginHandler = createAppOriginHandler({
    appOrigin: options.appOrigin,
    appRoot: options.appRoot,
    onRefused: options.onRefused,
  });
  let handler: ((route: Route) => Promise<void>) | null = null;

  context.on('request', (request) => {
    if (handler) return;
    const decision = decideFrameRequest({ url: request.url(), frame: frameOf(request) }, appOrigins);
    if (decision.allow && decision.circleFrameHost) options.onCircleFrameHost?.(decision.circleFrameHost);
  });

  return {
    routed: () => handler !== null,
    async applyHostedUi(target) {
      if (handler) await context.unroute('**/*', handler);
      handler = null;
      if (target.kind !== 'forward') return;
      const forwarder = createHostedUiForwarder({
        baseUrl: target.baseUrl,
        fetchDirect: (request) => fetch(request),
        onRefused: options.onRefused,
      });
      handler = async (route) => {
        const request = route.request();
        const decision = decideFrameRequest({ url: request.url(), frame: frameOf(request) }, appOrigins);
        if (!decision.allow) {
          options.onRefused(request.url(), decision.reason);
          await route.abort('blockedbyclient');
          return;
        }
        if (decision.circleFrameHost) options.onCircleFrameHost?.(decision.circleFrameHost);
        const url = new URL(request.url());
        if (url.origin === options.appOrigin && options.appOriginServer) await route.continue();
        else if (url.origin === options.appOrigin || url.protocol === 'http:') await answer(route, appOriginHandler);
        else if (url.protocol === 'https:') await answer(route, forwarder);
        else await route.continue();
      };
      await context.route('**/*', handler);
    },
  };
}

/** The requesting frame as the policy reads it (Playwright's frames have no origin: their URL stands in). */
function frameOf(request: PlaywrightRequest): FrameLike | null {
  let frame: Frame;
  try {
    frame = request.frame();
  } catch {
    return null;
  }
  const toFrameLike = (current: Frame | null): FrameLike | null =>
    current ? { url: current.url(), parent: toFrameLike(current.parentFrame()) } : null;
  return toFrameLike(frame);
}

async function answer(route: Route, handle: (request: Request) => Promise<Response>): Promise<void> {
  const request = route.request();
  const body = request.postDataBuffer();
  let response: Response;
  try {
    response = await handle(
      new Request(request.url(), {
        method: request.method(),
        headers: request.headers(),
        body: body && request.method() !== 'GET' && request.method() !== 'HEAD' ? new Uint8Array(body) : undefined,
      }),
    );
  } catch {
    await route.abort('failed');
    return;
  }
  if (response.type === 'error') {
    await route.abort('blockedbyclient');
    return;
  }
  await route.fulfill({
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: Buffer.from(await response.arrayBuffer()),
  });
}
