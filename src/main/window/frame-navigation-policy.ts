import { circleHostedUiOrigin } from '../../shared/app-origin';
import type { FrameLike } from '../session/frame-request-policy';

export type FrameNavigationKind = 'navigate' | 'redirect';

/**
 * A navigation or redirect as Electron's `will-frame-navigate` and `will-redirect` describe it (docs/api/web-contents.md:
 * `url`, `isMainFrame`, `frame`, `initiator`), read into plain data.
 */
export interface FrameNavigation {
  kind: FrameNavigationKind;
  url: string;
  isMainFrame: boolean;
  /**
   * The frame to be navigated; null once it navigated or was destroyed. For a cross-site navigation Electron hands
   * the speculative frame (electron_api_web_contents.cc, GetRenderFrameHost: `speculative_frame_host()` first), whose
   * own URL is not yet the new page's: only its parent chain is read.
   */
  frame: FrameLike | null | undefined;
  /** The frame that started it (a parent, a child navigating `_top`, or null). */
  initiator?: FrameLike | null | undefined;
}

export type FrameNavigationDecision =
  | { allow: true }
  | {
      allow: false;
      reason: string;
      /** Circle's window asked for it: its window is closed and the agent told. Otherwise the console's own page. */
      circleWindow: boolean;
    };

const maxFrameDepth = 16;

/**
 * Where a frame of ours may go. Circle's frame (any subframe: the app's CSP frames nothing else) navigates and is
 * redirected only within Circle's hosted PIN page — on emulator environments the emulator answers that same origin —
 * and to the blank pages that take its origin. The console's own page never navigates nor is redirected (it is one
 * document; `loadURL` is not a navigation Electron asks about). A try by Circle's frame to take the console's page
 * away (`<a target="_top">`) counts as Circle's window's.
 */
export function decideFrameNavigation(navigation: FrameNavigation): FrameNavigationDecision {
  if (navigation.isMainFrame) {
    const fromCircle = isInCircleFrame(navigation.initiator);
    const verb = navigation.kind === 'redirect' ? 'is never redirected' : 'never navigates';
    return {
      allow: false,
      circleWindow: fromCircle,
      reason: fromCircle ? 'Circle’s window may not navigate the console’s page' : `the console’s page ${verb}`,
    };
  }
  const url = parsed(navigation.url);
  if (url && isCirclePage(url)) return { allow: true };
  if (url && isBlankPage(url) && isInCircleFrame(parentOf(navigation.frame))) return { allow: true };
  const verb = navigation.kind === 'redirect' ? 'be redirected' : 'navigate';
  return {
    allow: false,
    circleWindow: true,
    reason: `Circle’s window may ${verb} only within ${circleHostedUiOrigin}`,
  };
}

/** Where a refused navigation tried to go, in words an agent can read: a host, or a kind of page. Never a path. */
export function destinationOf(rawUrl: string): string {
  const url = parsed(rawUrl);
  if (!url) return 'an address that could not be read';
  if (url.host && ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return url.host;
  return `${/^[aeiou]/.test(url.protocol) ? 'an' : 'a'} ${url.protocol} page`;
}

function parsed(rawUrl: string): URL | null {
  try {
    return new URL(rawUrl);
  } catch {
    return null;
  }
}

/** `https://pw-auth.circle.com` exactly: no other scheme (blob:, data:), port or user. */
function isCirclePage(url: URL): boolean {
  return url.protocol === 'https:' && url.origin === circleHostedUiOrigin && !url.username && !url.password;
}

/** about:blank and about:srcdoc take their parent's origin (web-frame-main.md, `frame.origin`). */
function isBlankPage(url: URL): boolean {
  return url.protocol === 'about:' && (url.pathname === 'blank' || url.pathname === 'srcdoc');
}

function parentOf(frame: FrameLike | null | undefined): FrameLike | null {
  try {
    return frame?.parent ?? null;
  } catch {
    return null;
  }
}

/** Whether the frame or one of its ancestors is Circle's page. A frame Electron has torn down (it throws) is not. */
function isInCircleFrame(frame: FrameLike | null | undefined): boolean {
  try {
    let depth = 0;
    for (let current = frame ?? null; current && depth < maxFrameDepth; current = current.parent, depth += 1) {
      if (originOf(current) === circleHostedUiOrigin) return true;
    }
  } catch {
    // web-frame-main: reading a disposed frame throws ("Render frame was disposed").
  }
  return false;
}

function originOf(frame: FrameLike): string {
  if (frame.origin && frame.origin !== 'null') return frame.origin;
  return parsed(frame.url)?.origin ?? 'null';
}
