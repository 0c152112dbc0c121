import { describe, expect, it } from 'vitest';
import { lookupFailureMessage } from '../../../../src/renderer/lookup/lookup-failure';

describe('lookupFailureMessage', () => {
  it('gives an unknown user, the network, the proxy and anything else their own words', () => {
    const messages = [
      lookupFailureMessage('user-x1', { code: 'unknown-user', message: 'm' }),
      lookupFailureMessage('user-x1', { code: 'circle-unreachable', message: 'm' }),
      lookupFailureMessage('user-x1', { code: 'proxy-failed', message: 'Check the proxy settings.' }),
      lookupFailureMessage('user-x1', { code: 'lookup-failed', message: 'Circle refused (500)' }),
    ];
    expect(messages[0]).toContain('has no user "user-x1"');
    expect(messages[1]).toContain('could not reach Circle');
    expect(messages[2]).toBe('Check the proxy settings.');
    expect(messages[3]).toBe('The lookup failed: Circle refused (500)');
  });
});
