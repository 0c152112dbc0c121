import { describe, expect, it } from 'vitest';
import { decideRoute, type NetworkPolicy } from '../../../../src/main/session/network-policy';
import { appOrigin } from '../../../../src/shared/app-origin';

const policy = (overrides: Partial<NetworkPolicy> = {}): NetworkPolicy => ({
  appOrigin,
  hostedUi: () => ({ kind: 'refuse' }),
  ...overrides,
});

describe('decideRoute', () => {
  it('maps the app origin to bundled files', () => {
    expect(decideRoute(`${appOrigin}/assets/index.js?v=1`, policy())).toEqual({
      kind: 'app-file',
      pathname: '/assets/index.js',
    });
  });

  it.each([
    'https://example.com/',
    'https://api.circle.com/v1/w3s/config/entity',
    'http://app.pin-desk.invalid/index.html',
    'https://app.pin-desk.invalid:8443/index.html',
    'https://app.pin-desk.invalid.example.com/',
    'https://user:pass@pw-auth.circle.com.evil.example/',
    'http://127.0.0.1:5173/',
    'not a url',
  ])('refuses %s', (url) => {
    expect(decideRoute(url, policy()).kind).toBe('refuse');
  });

  it('refuses the hosted PIN UI while no target is configured', () => {
    expect(decideRoute('https://pw-auth.circle.com/?origin=x', policy())).toMatchObject({ kind: 'refuse' });
  });

  it('forwards the hosted PIN UI, path and query intact, to a configured target', () => {
    const forwarding = policy({ hostedUi: () => ({ kind: 'forward', baseUrl: 'http://127.0.0.1:8787/pw-auth' }) });
    expect(decideRoute('https://pw-auth.circle.com/?origin=https%3A%2F%2Fapp', forwarding)).toEqual({
      kind: 'forward',
      url: 'http://127.0.0.1:8787/pw-auth/?origin=https%3A%2F%2Fapp',
    });
    expect(decideRoute('https://pw-auth.circle.com/static/app.js', forwarding)).toEqual({
      kind: 'forward',
      url: 'http://127.0.0.1:8787/pw-auth/static/app.js',
    });
  });

  it('passes the hosted PIN UI through when Circle is the target, and reads the target on every request', () => {
    let target: ReturnType<NetworkPolicy['hostedUi']> = { kind: 'refuse' };
    const switching = policy({ hostedUi: () => target });
    expect(decideRoute('https://pw-auth.circle.com/', switching).kind).toBe('refuse');
    target = { kind: 'pass-through', alsoAllowedOrigins: ['https://pw-auth.circle.com'] };
    expect(decideRoute('https://pw-auth.circle.com/', switching).kind).toBe('pass-through');
  });

  it('on Circle environments passes through only the hosted UI’s listed hosts', () => {
    const circle = policy({
      hostedUi: () => ({
        kind: 'pass-through',
        alsoAllowedOrigins: ['https://pw-auth.circle.com', 'https://cdn.circle.test'],
      }),
    });
    expect(decideRoute('https://cdn.circle.test/font.woff2', circle).kind).toBe('pass-through');
    expect(decideRoute('https://fonts.example.com/font.woff2', circle).kind).toBe('refuse');
    expect(decideRoute('https://cdn.circle.test/x', policy()).kind).toBe('refuse');
  });

  it('lets the dev server through only when one is configured', () => {
    expect(decideRoute('http://localhost:5173/src/main.tsx', policy()).kind).toBe('refuse');
    expect(
      decideRoute('http://localhost:5173/src/main.tsx', policy({ devServerOrigin: 'http://localhost:5173' })).kind,
    ).toBe('pass-through');
  });
});
