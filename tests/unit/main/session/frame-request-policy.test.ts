import { describe, expect, it } from 'vitest';
import { decideFrameRequest, type FrameLike } from '../../../../src/main/session/frame-request-policy';
import { appOrigin } from '../../../../src/shared/app-origin';

const appOrigins = [appOrigin];
const appFrame: FrameLike = { url: `${appOrigin}/index.html`, origin: appOrigin, parent: null };
const circleFrame: FrameLike = {
  url: 'https://pw-auth.circle.com/?origin=x',
  origin: 'https://pw-auth.circle.com',
  parent: appFrame,
};
const decide = (url: string, frame: FrameLike | null | undefined) => decideFrameRequest({ url, frame }, appOrigins);

describe('the webRequest policy, by requesting frame', () => {
  it.each([
    'https://fonts.gstatic.example/inter.woff2',
    'https://api.circle.com/v1/w3s/user/challenges',
    'https://assets.circle-emulator.test/hosted-pin.css',
    'wss://realtime.example/socket',
    'http://plain.example/',
  ])('allows Circle’s frame to load %s, and names its host', (url) => {
    expect(decide(url, circleFrame)).toEqual({ allow: true, circleFrameHost: new URL(url).host });
  });

  it('allows everything Circle’s own sub-frames load, however deep, even with opaque origins', () => {
    const sandboxed: FrameLike = { url: 'about:srcdoc', origin: 'null', parent: circleFrame };
    const deeper: FrameLike = { url: 'https://widget.example/', origin: 'https://widget.example', parent: sandboxed };
    expect(decide('https://cdn.example/x.js', deeper)).toEqual({ allow: true, circleFrameHost: 'cdn.example' });
  });

  it('allows the pw-auth.circle.com document itself by its URL, whoever asks for it', () => {
    expect(decide('https://pw-auth.circle.com/?origin=x', appFrame)).toEqual({
      allow: true,
      circleFrameHost: 'pw-auth.circle.com',
    });
    expect(decide('https://pw-auth.circle.com/', null).allow).toBe(true);
  });

  it('lets the app frame, and its same-origin sub-frames, load the app origin only', () => {
    expect(decide(`${appOrigin}/assets/index.js`, appFrame)).toEqual({ allow: true, circleFrameHost: null });
    const srcdoc: FrameLike = { url: 'about:srcdoc', origin: appOrigin, parent: appFrame };
    expect(decide(`${appOrigin}/x`, srcdoc).allow).toBe(true);
    // The window's first navigation comes from a frame that has no document yet.
    expect(decide(`${appOrigin}/index.html`, { url: '', origin: 'null', parent: null }).allow).toBe(true);
  });

  it.each([
    'https://api.circle.com/v1/w3s/users',
    'https://example.com/',
    'https://pw-auth.circle.com.evil.example/',
    'https://localhost:47291/',
    'http://localhost:47292/',
    'http://127.0.0.1:47291/',
    'ws://localhost:47292/',
    'file:///etc/passwd',
  ])('cancels a request from the app frame to %s', (url) => {
    expect(decide(url, appFrame)).toEqual({ allow: false, reason: expect.stringContaining('own origin') });
  });

  it('refuses a request with no frame unless it is the app origin or pw-auth.circle.com', () => {
    expect(decide('https://example.com/', null)).toEqual({ allow: false, reason: expect.stringContaining('no frame') });
    expect(decide('https://example.com/', undefined).allow).toBe(false);
    expect(decide(`${appOrigin}/index.html`, null).allow).toBe(true);
  });

  it('treats a frame that can no longer be read (torn down) as no frame', () => {
    const torn = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      get origin(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
    };
    expect(decide('https://fonts.example/x', torn)).toEqual({
      allow: false,
      reason: expect.stringContaining('no frame'),
    });
    expect(decide('https://pw-auth.circle.com/api/open', torn).allow).toBe(true);
  });

  it('trusts the dev server as the app in dev, its HMR websocket included', () => {
    const dev = ['http://localhost:5173'];
    const devFrame: FrameLike = { url: 'http://localhost:5173/', origin: 'http://localhost:5173', parent: null };
    expect(decideFrameRequest({ url: 'ws://localhost:5173/?token=x', frame: devFrame }, dev).allow).toBe(true);
    expect(decideFrameRequest({ url: 'ws://localhost:5173/', frame: devFrame }, appOrigins).allow).toBe(false);
  });

  it('reads a frame’s origin from its URL when it has none of its own (or an opaque one)', () => {
    const noOrigin: FrameLike = { url: 'https://pw-auth.circle.com/?origin=x', parent: appFrame };
    expect(decide('https://cdn.example/x.js', noOrigin)).toEqual({ allow: true, circleFrameHost: 'cdn.example' });
    const opaque: FrameLike = { url: 'https://pw-auth.circle.com/', origin: 'null', parent: null };
    expect(decide('https://cdn.example/x.js', opaque).allow).toBe(true);
    const unreadable: FrameLike = { url: 'not a url', parent: null };
    expect(decide('https://cdn.example/x.js', unreadable)).toEqual({
      allow: false,
      reason: 'the app may load only its own origin and Circle’s hosted PIN UI',
    });
  });

  it('looks up to 16 frames up for Circle’s frame, no further', () => {
    const below = (frame: FrameLike, depth: number): FrameLike =>
      depth === 0 ? frame : below({ url: 'https://widget.example/', parent: frame }, depth - 1);
    expect(decide('https://cdn.example/x.js', below(circleFrame, 15)).allow).toBe(true);
    expect(decide('https://cdn.example/x.js', below(circleFrame, 16)).allow).toBe(false);
  });

  it('treats a secure websocket as its https page’s', () => {
    const dev = ['https://localhost:5173'];
    const devFrame: FrameLike = { url: 'https://localhost:5173/', parent: null };
    expect(decideFrameRequest({ url: 'wss://localhost:5173/', frame: devFrame }, dev).allow).toBe(true);
    expect(decideFrameRequest({ url: 'ws://localhost:5173/', frame: devFrame }, dev).allow).toBe(false);
  });

  it('refuses what is not a URL', () => {
    expect(decide('not a url', appFrame)).toEqual({ allow: false, reason: 'not a URL' });
  });
});
