import { describe, expect, it } from 'vitest';
import { checkBaseUrl } from '../../../../src/main/environment/base-url-rule';

describe('checkBaseUrl', () => {
  it.each([
    ['https://api.circle.com', 'https://api.circle.com'],
    ['https://gateway.example.com/circle/', 'https://gateway.example.com/circle'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['http://localhost:8787/', 'http://localhost:8787'],
    ['http://[::1]:8787', 'http://[::1]:8787'],
    ['  https://api.circle.com  ', 'https://api.circle.com'],
  ])('accepts %s', (raw, normalised) => {
    expect(checkBaseUrl(raw)).toEqual({ ok: true, baseUrl: normalised });
  });

  it.each([
    ['', 'Enter a base URL'],
    ['api.circle.com', 'not a URL'],
    ['ftp://api.circle.com', 'starts with https://'],
    ['http://api.circle.com', 'only on this machine'],
    ['http://10.0.0.5:8080', 'only on this machine'],
    ['https://user:pass@api.circle.com', 'user name or password'],
    ['https://api.circle.com/?x=1', 'no query'],
    ['https://api.circle.com/#x', 'no query'],
  ])('refuses %j', (raw, problem) => {
    const check = checkBaseUrl(raw);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.problem).toContain(problem);
  });

  it('keeps emulators on this machine', () => {
    expect(checkBaseUrl('https://emulator.example.com', { loopbackOnly: true }).ok).toBe(false);
    expect(checkBaseUrl('http://127.0.0.1:8787', { loopbackOnly: true }).ok).toBe(true);
  });
});
