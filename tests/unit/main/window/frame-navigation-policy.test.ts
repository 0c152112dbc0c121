import { describe, expect, it } from 'vitest';
import {
  decideFrameNavigation,
  destinationOf,
  type FrameNavigation,
} from '../../../../src/main/window/frame-navigation-policy';
import {
  appFrame,
  circleFrame,
  disposedFrame,
  type FakeFrame,
  speculativeFrameUnder,
} from './electron-navigation-frames';

const sub = (url: string, fields: Partial<FrameNavigation> = {}): FrameNavigation => ({
  kind: 'navigate',
  url,
  isMainFrame: false,
  frame: speculativeFrameUnder(appFrame),
  initiator: circleFrame,
  ...fields,
});
const main = (url: string, fields: Partial<FrameNavigation> = {}): FrameNavigation => ({
  kind: 'navigate',
  url,
  isMainFrame: true,
  frame: appFrame,
  initiator: appFrame,
  ...fields,
});
/** A frame Circle's page made inside itself. */
const nestedInCircle: FakeFrame = { url: 'about:srcdoc', origin: 'https://pw-auth.circle.com', parent: circleFrame };

describe('where a frame may go', () => {
  it('lets Circle’s frame navigate and be redirected within Circle’s hosted page, from the app or from itself', () => {
    for (const kind of ['navigate', 'redirect'] as const) {
      expect(decideFrameNavigation(sub('https://pw-auth.circle.com/?origin=http://localhost:47291', { kind }))).toEqual(
        { allow: true },
      );
      expect(
        decideFrameNavigation(sub('https://pw-auth.circle.com/pin/confirm', { kind, initiator: appFrame })),
      ).toEqual({ allow: true });
    }
    // A frame Circle's page nests in itself, still on Circle's page.
    expect(
      decideFrameNavigation(sub('https://pw-auth.circle.com/x', { frame: speculativeFrameUnder(circleFrame) })),
    ).toEqual({ allow: true });
  });

  it('refuses Circle’s frame anything else, as Circle’s window’s, and says why', () => {
    const refused = [
      'https://evil.example/phish',
      'https://pw-auth.circle.com.evil.example/',
      'https://pw-auth.circle.com:8443/',
      'http://pw-auth.circle.com/',
      'https://user@pw-auth.circle.com/',
      'https://api.circle.com/v1/w3s/users',
      'http://localhost:47291/index.html',
      'data:text/html,<p>hi</p>',
      'blob:https://pw-auth.circle.com/0b6f4c1e',
      'about:blank',
      'not a url',
    ];
    for (const url of refused) {
      expect(decideFrameNavigation(sub(url)), url).toEqual({
        allow: false,
        circleWindow: true,
        reason: 'Circle’s window may navigate only within https://pw-auth.circle.com',
      });
    }
    expect(decideFrameNavigation(sub('https://evil.example/', { kind: 'redirect' }))).toMatchObject({
      allow: false,
      circleWindow: true,
      reason: 'Circle’s window may be redirected only within https://pw-auth.circle.com',
    });
  });

  it('lets a frame inside Circle’s page go blank (it keeps Circle’s origin), but not a frame of the app’s own', () => {
    const underCircle = speculativeFrameUnder(nestedInCircle);
    expect(decideFrameNavigation(sub('about:blank', { frame: underCircle }))).toEqual({ allow: true });
    expect(decideFrameNavigation(sub('about:srcdoc', { frame: speculativeFrameUnder(circleFrame) }))).toEqual({
      allow: true,
    });
    expect(decideFrameNavigation(sub('about:srcdoc', { frame: speculativeFrameUnder(appFrame) }))).toMatchObject({
      allow: false,
    });
    // A frame Circle's page nests may still not leave Circle's page.
    expect(decideFrameNavigation(sub('https://captcha.example/', { frame: underCircle }))).toMatchObject({
      allow: false,
      circleWindow: true,
    });
  });

  it('reads a gone or torn-down frame as no frame: Circle’s page is still allowed, a blank page is not', () => {
    expect(decideFrameNavigation(sub('https://pw-auth.circle.com/', { frame: null }))).toEqual({ allow: true });
    expect(decideFrameNavigation(sub('about:blank', { frame: null }))).toMatchObject({ allow: false });
    expect(decideFrameNavigation(sub('about:blank', { frame: disposedFrame }))).toMatchObject({ allow: false });
  });

  it('never lets the console’s page navigate or be redirected, even to its own origin or to Circle', () => {
    for (const url of ['http://localhost:47291/index.html', 'https://pw-auth.circle.com/', 'https://evil.example/']) {
      expect(decideFrameNavigation(main(url)), url).toEqual({
        allow: false,
        circleWindow: false,
        reason: 'the console’s page never navigates',
      });
      expect(decideFrameNavigation(main(url, { kind: 'redirect', initiator: null })), url).toEqual({
        allow: false,
        circleWindow: false,
        reason: 'the console’s page is never redirected',
      });
    }
  });

  it('counts Circle’s frame navigating the console’s page (`target=_top`) as Circle’s window’s', () => {
    expect(decideFrameNavigation(main('https://evil.example/', { initiator: circleFrame }))).toEqual({
      allow: false,
      circleWindow: true,
      reason: 'Circle’s window may not navigate the console’s page',
    });
    expect(decideFrameNavigation(main('https://evil.example/', { initiator: nestedInCircle }))).toMatchObject({
      circleWindow: true,
    });
    expect(decideFrameNavigation(main('https://evil.example/', { initiator: disposedFrame }))).toMatchObject({
      circleWindow: false,
    });
  });

  it('names where a refused navigation tried to go by its host only, never its path or query', () => {
    expect(destinationOf('https://evil.example:8443/steal?token=abc')).toBe('evil.example:8443');
    expect(destinationOf('data:text/html,<p>hi</p>')).toBe('a data: page');
    expect(destinationOf('about:blank')).toBe('an about: page');
    expect(destinationOf('nonsense')).toBe('an address that could not be read');
  });
});
