// Which codes and messages the transport failure classifier reads as proxy, TLS or network, and which it leaves alone.
import { describe, expect, it } from 'vitest';
import { transportFailure } from '../../../../src/main/circle/circle-transport';

const withCode = (code: string, fields: Record<string, unknown> = {}) =>
  Object.assign(new Error(`${code} happened`), { code, ...fields });
const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause });
const target = 'https://api.circle.com';

describe('codes read by how they start', () => {
  it('takes a Chromium PAC or certificate error only when its name starts with that family', () => {
    expect(transportFailure(new Error('net::ERR_PAC_SCRIPT_FAILED'))).toEqual({
      kind: 'proxy',
      code: 'net::ERR_PAC_SCRIPT_FAILED',
    });
    expect(transportFailure(new Error('net::ERR_CERT_REVOKED'))).toEqual({
      kind: 'tls',
      code: 'net::ERR_CERT_REVOKED',
    });
    // Made-up names that hold a family's prefix further in: other net errors, so the network's.
    expect(transportFailure(new Error('net::ERR_OTHER_ERR_PAC_SCRIPT_FAILED'))).toEqual({
      kind: 'network',
      code: 'net::ERR_OTHER_ERR_PAC_SCRIPT_FAILED',
    });
    expect(transportFailure(new Error('net::ERR_OTHER_ERR_CERT_REVOKED'))).toEqual({
      kind: 'network',
      code: 'net::ERR_OTHER_ERR_CERT_REVOKED',
    });
  });

  it('takes a Node code as TLS by its ERR_TLS_/ERR_SSL_ start, not by those letters inside another code', () => {
    expect(transportFailure(fetchFailed(withCode('ERR_SSL_DECRYPTION_FAILED')))).toEqual({
      kind: 'tls',
      code: 'ERR_SSL_DECRYPTION_FAILED',
    });
    expect(transportFailure(fetchFailed(withCode('UND_ERR_SSL_SOMETHING')))).toEqual({
      kind: 'network',
      code: 'FETCH_FAILED',
    });
  });

  it('reads a tunnel status only from a message that starts with it, as undici’s ProxyAgent writes it', () => {
    expect(transportFailure(fetchFailed(new Error('Proxy response (403) !== 200 when HTTP Tunneling')))).toEqual({
      kind: 'proxy',
      code: 'HTTP 403',
    });
    expect(transportFailure(new Error('relay said: Proxy response (502) from upstream'))).toBeNull();
  });
});

describe('TLS words in a message', () => {
  it('count only on an EPROTO: a reset before the TLS handshake finished is the network’s', () => {
    const reset = withCode('ECONNRESET', { host: 'api.circle.com', port: 443 });
    reset.message = 'Client network socket disconnected before secure TLS connection was established';
    expect(transportFailure(fetchFailed(reset), target)).toEqual({ kind: 'network', code: 'ECONNRESET' });
  });
});

describe('network codes', () => {
  it('leaves a Node error code that is not about the network alone', () => {
    expect(transportFailure(withCode('ERR_INVALID_ARG_TYPE'))).toBeNull();
    // Under fetch's own "fetch failed", that generic failure is what is said.
    expect(transportFailure(fetchFailed(withCode('ERR_INVALID_ARG_TYPE')))).toEqual({
      kind: 'network',
      code: 'FETCH_FAILED',
    });
  });

  it('keeps the first specific code: a Happy Eyeballs error’s own code, not its last attempt’s', () => {
    const attempt = (code: string, address: string) => withCode(code, { address, port: 8080, syscall: 'connect' });
    const eyeballs = Object.assign(
      new AggregateError([attempt('ECONNREFUSED', '127.0.0.1'), attempt('ETIMEDOUT', '::1')], ''),
      { code: 'ECONNREFUSED' },
    );
    expect(transportFailure(fetchFailed(eyeballs))).toEqual({ kind: 'network', code: 'ECONNREFUSED' });
  });
});

describe('the kind of a transport failure', () => {
  it('is proxy, TLS or network, a refused connection being the proxy’s only when it is not the target’s, or none', () => {
    const kindOf = (error: unknown, targetUrl?: string) => transportFailure(error, targetUrl)?.kind ?? null;
    expect(kindOf(new Error('net::ERR_PROXY_CONNECTION_FAILED'))).toBe('proxy');
    expect(kindOf(fetchFailed(withCode('CERT_HAS_EXPIRED')))).toBe('tls');
    const refusedProxy = withCode('ECONNREFUSED', { address: '10.0.0.5', port: 3128 });
    expect(kindOf(fetchFailed(refusedProxy), target)).toBe('proxy');
    expect(kindOf(fetchFailed(refusedProxy))).toBe('network');
    expect(kindOf(new Error('something else'))).toBeNull();
    expect(kindOf({ status: 404, message: 'Not Found' })).toBeNull();
  });
});
