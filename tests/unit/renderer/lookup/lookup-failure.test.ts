import { describe, expect, it } from 'vitest';
import { lookupFailureScript } from '../../../../src/renderer/lookup/lookup-failure';

const requestId = '6f1c2e0a-8b1d-4a55-9a57-1f2b3c4d5e6f';

describe('a failed lookup’s own script', () => {
  it('an unknown user: said once, the customer asked to read the ID again, no Retry (it cannot help)', () => {
    const script = lookupFailureScript('nobody-here-42', {
      code: 'unknown-user',
      message: 'Circle has no user "nobody-here-42" in this environment.',
      circle: { code: 155102, status: 404 },
      requestId,
    });
    expect(script.said).toContain('Circle has no such user');
    expect(script.tellCustomer).toMatch(/read it to me again/);
    expect(script).toMatchObject({ retry: false, requestId: null });
    expect(script.tellCustomer + script.nextStep + script.title).not.toContain(script.said);
  });

  it.each([
    [500, 'Circle had a problem on its side.', 'Circle is having trouble'],
    [503, 'Circle had a problem on its side.', 'Circle is having trouble'],
    [429, 'Circle was too busy to answer, even after PIN Desk waited and asked again.', 'Circle is busy'],
  ])('Circle answered %s: passing, so Retry, with the request ID for an escalation', (status, said, title) => {
    const script = lookupFailureScript('user-knows-pin', {
      code: 'lookup-failed',
      message: 'Circle had a problem on its side while looking up the customer.',
      circle: { code: status, status },
      requestId,
    });
    expect(script).toMatchObject({ said, title, retry: true, requestId });
    // No code table's words for a code Circle never sent, and no HTTP number for the agent.
    expect(`${script.said} ${script.tellCustomer} ${script.nextStep}`).not.toMatch(/does not know|\d{3}/);
  });

  it('Circle unreachable: Retry, but no request ID (Circle never answered)', () => {
    const script = lookupFailureScript('u-12345', { code: 'circle-unreachable', message: 'could not reach' });
    expect(script).toMatchObject({ retry: true, requestId: null, said: 'PIN Desk could not reach Circle.' });
  });

  it.each(['redirect-refused', 'proxy-failed', 'tls-failed'])(
    '%s: a plain script, no Retry (it needs a fix)',
    (code) => {
      const script = lookupFailureScript('u-12345', { code, message: 'The network proxy stopped PIN Desk…' });
      expect(script.retry).toBe(false);
      expect(script.tellCustomer).toMatch(/call you back/);
      expect(script.nextStep.length).toBeGreaterThan(20);
    },
  );

  it('any other refusal: main’s words once, escalate with the request ID, no Retry', () => {
    const script = lookupFailureScript('u-12345', {
      code: 'lookup-failed',
      message: 'Circle refused looking up the customer (3): …',
      circle: { code: 3, status: 403 },
      requestId,
    });
    expect(script).toMatchObject({ said: 'Circle refused looking up the customer (3): …', retry: false, requestId });
  });
});
