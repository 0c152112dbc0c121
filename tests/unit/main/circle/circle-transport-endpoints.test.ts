// How the classifier tells a failed connection to the base URL's own endpoint (the network's) from one to a proxy.
import { describe, expect, it } from 'vitest';
import { transportFailure } from '../../../../src/main/circle/circle-transport';

const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause });
/** fetch's error for a socket that could not connect, the socket's fields as given. */
const failedConnect = (code: string, fields: Record<string, unknown>) =>
  fetchFailed(Object.assign(new Error(`connect ${code}`), { code, syscall: 'connect', ...fields }));
const refused = (fields: Record<string, unknown>) => failedConnect('ECONNREFUSED', fields);
const kindOf = (error: unknown, targetUrl?: string) => transportFailure(error, targetUrl)?.kind;

describe('blaming the proxy', () => {
  it('does not without a known base URL: any refused connection is then the network’s', () => {
    expect(transportFailure(refused({ address: '10.0.0.5', port: 3128 }))).toEqual({
      kind: 'network',
      code: 'ECONNREFUSED',
    });
    // Nor with a base URL that does not parse.
    expect(kindOf(refused({ address: '10.0.0.5', port: 3128 }), 'api.circle.com')).toBe('network');
  });

  it('does only for a failure to connect, not for any code seen on another endpoint', () => {
    const target = 'https://api.circle.com';
    expect(kindOf(failedConnect('ETIMEDOUT', { address: '10.0.0.5', port: 3128 }), target)).toBe('proxy');
    expect(transportFailure(failedConnect('EPIPE', { address: '10.0.0.5', port: 3128 }), target)).toEqual({
      kind: 'network',
      code: 'EPIPE',
    });
  });

  it('takes the base URL from the error’s own url when it names one, and only a string url', () => {
    const throughProxy = refused({ address: '10.0.0.5', port: 3128 });
    expect(kindOf(Object.assign(throughProxy, { url: 'https://api.circle.com/v1/w3s/users' }))).toBe('proxy');
    const unreadableUrl = Object.assign(refused({ address: '10.0.0.5', port: 3128 }), { url: { href: 'x' } });
    expect(kindOf(unreadableUrl, 'https://api.circle.com')).toBe('proxy');
  });
});

describe('the base URL’s own endpoint', () => {
  it('is port 80 for http and 443 for https when the URL names none', () => {
    expect(kindOf(refused({ address: '192.0.2.1', port: 80 }), 'http://circle.test')).toBe('network');
    expect(kindOf(refused({ address: '192.0.2.1', port: 443 }), 'http://circle.test')).toBe('proxy');
    expect(kindOf(refused({ address: '192.0.2.1', port: 443 }), 'https://circle.test')).toBe('network');
  });

  it('is matched by host name when the socket names the host it looked up', () => {
    const unresolved = (hostname: unknown) =>
      fetchFailed(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND', hostname }));
    expect(kindOf(unresolved('api.circle.com'), 'https://api.circle.com')).toBe('network');
    expect(kindOf(unresolved('proxy.corp.example'), 'https://api.circle.com')).toBe('proxy');
    // A host name that is not a string says nothing.
    expect(kindOf(unresolved(null), 'https://api.circle.com')).toBe('network');
  });

  it('is matched by address when the base URL is an IPv4 address', () => {
    const base = 'http://10.1.2.3:8443';
    expect(kindOf(refused({ address: '10.1.2.3', port: 8443 }), base)).toBe('network');
    expect(kindOf(refused({ address: '10.9.9.9', port: 8443 }), base)).toBe('proxy');
    // No address to compare (or none that is a string): the port matched, so Circle's.
    expect(kindOf(refused({ port: 8443 }), base)).toBe('network');
    expect(kindOf(refused({ address: null, port: 8443 }), base)).toBe('network');
  });

  it('is matched by address when the base URL is an IPv6 address, brackets off', () => {
    expect(kindOf(refused({ address: '::1', port: 8080 }), 'http://[::1]:8080')).toBe('network');
    expect(kindOf(refused({ address: '::2', port: 8080 }), 'http://[::1]:8080')).toBe('proxy');
  });

  it('is not matched by address when the base URL is a host name, whatever its address', () => {
    // Any address the name resolved to may be Circle's: localhost, a container's name, a wildcard-DNS name.
    for (const [base, address] of [
      ['http://localhost:8080', '127.0.0.1'],
      ['http://emulator-1:8080', '172.18.0.3'],
      ['http://10-0-0-5.sslip.io:8080', '10.0.0.5'],
    ]) {
      expect(kindOf(refused({ address, port: 8080 }), base), base).toBe('network');
    }
  });

  it('reads a port only when it is a number', () => {
    expect(kindOf(refused({ address: '192.0.2.1', port: '3128' }), 'https://api.circle.com')).toBe('network');
  });
});
