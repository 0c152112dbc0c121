import type { Event, WebContents, WebFrameMain } from 'electron';
import { decideFrameNavigation, destinationOf, type FrameNavigationKind } from './frame-navigation-policy';

/** A navigation or redirect the guard refused, for the diagnostics and, when it was Circle's window's, the agent. */
export interface RefusedNavigation {
  kind: FrameNavigationKind;
  url: string;
  /** Where it tried to go, in words an agent can read (a host). */
  destination: string;
  reason: string;
  /** Circle's window asked for it: its window is to be closed and the agent told. */
  circleWindow: boolean;
}

/** What Electron 45 hands each listener as its first argument (electron.d.ts: `details: Event<…EventParams>`). */
type NavigationDetails = Event<{
  url: string;
  isMainFrame: boolean;
  frame: WebFrameMain | null;
  initiator?: WebFrameMain | null;
}>;

/**
 * Every frame's navigations and redirects, decided by frame-navigation-policy.ts. The listeners read the `details`
 * event object only: web-contents.md marks the positional arguments after it "_Deprecated_" (`url string
 * _Deprecated_`, `isMainFrame boolean _Deprecated_`, …), and `will-frame-navigate` has none.
 */
export function guardFrameNavigation(contents: WebContents, onRefused: (refused: RefusedNavigation) => void): void {
  const decide = (kind: FrameNavigationKind, details: NavigationDetails) => {
    const decision = decideFrameNavigation({
      kind,
      url: details.url,
      isMainFrame: details.isMainFrame,
      frame: details.frame,
      initiator: details.initiator,
    });
    if (decision.allow) return;
    // web-contents.md, will-frame-navigate: "Calling `event.preventDefault()` will prevent the navigation."
    details.preventDefault();
    const { reason, circleWindow } = decision;
    onRefused({ kind, url: details.url, destination: destinationOf(details.url), reason, circleWindow });
  };
  // web-contents.md: "Unlike `will-navigate`, `will-frame-navigate` is fired when the main frame or any of its
  // subframes attempts to navigate. When the navigation event comes from the main frame, `isMainFrame` will be
  // `true`." It is not fired for `loadURL` ("will not emit when the navigation is started programmatically").
  contents.on('will-frame-navigate', (details) => decide('navigate', details));
  // web-contents.md: "Emitted when a server side redirect occurs during navigation"; electron_navigation_throttle.cc
  // emits it from WillRedirectRequest for every frame (no IsInMainFrame check), and "Calling `event.preventDefault()`
  // will prevent the navigation (not just the redirect)."
  contents.on('will-redirect', (details) => decide('redirect', details));
  // web-contents.md: will-navigate is "(only fired when main frame navigates)", after will-frame-navigate (the
  // throttle returns CANCEL on a prevented will-frame-navigate before emitting it): a second lock on the main frame.
  contents.on('will-navigate', (details) => details.preventDefault());
}
