import { describe, expect, it } from 'vitest';
import { customerWords } from '../../../../src/renderer/customer-screen/customer-words';
import type { CustomerWindowView } from '../../../../src/shared/customer-screen/customer-screen';

const session = {
  caseId: 'c',
  appId: 'a',
  userToken: 't',
  encryptionKey: 'k',
  challengeId: 'ch',
  tokenExpiresAt: '2030-01-01T00:00:00.000Z',
};
const running = (fields: Partial<Extract<CustomerWindowView, { kind: 'case' }>> = {}): CustomerWindowView => ({
  kind: 'case',
  greeting: 'Welcome.',
  flow: 'reset',
  caseId: 'c',
  run: 1,
  session,
  status: 'IN_PROGRESS',
  expired: false,
  ...fields,
});

describe('what the customer reads', () => {
  it('says what is happening in plain words, never a code', () => {
    expect(customerWords({ kind: 'idle', greeting: 'Hi' }, 'loading').headline).toBe(
      'Your agent will start when you are ready.',
    );
    expect(customerWords({ kind: 'starting', greeting: 'Hi', flow: 'reset' }, 'loading').headline).toBe(
      'Getting your secure PIN window ready…',
    );
    expect(customerWords(running(), 'open')).toEqual({
      headline: 'Enter your current PIN, then choose a new one.',
      detail: 'Only you see what you type. Nobody at the desk can see your PIN.',
    });
    expect(customerWords(running({ flow: 'recovery' }), 'open').headline).toBe(
      'Answer your security questions, then choose a new PIN.',
    );
  });

  it('follows the window and the case to their end', () => {
    expect(customerWords(running(), 'closed').headline).toBe('The PIN window was closed.');
    expect(customerWords(running({ status: 'COMPLETE' }), 'gone').headline).toBe('Your new PIN is set.');
    expect(customerWords(running({ status: 'COMPLETE', flow: 'recovery' }), 'gone').headline).toBe(
      'Your account is recovered with a new PIN.',
    );
    expect(customerWords(running({ status: 'FAILED', expired: true }), 'open').headline).toBe(
      'This attempt ran out of time.',
    );
    expect(customerWords(running({ status: 'FAILED' }), 'open').headline).toBe('This attempt did not finish.');
  });

  it('never shows a Circle code or an error number', () => {
    const all = [
      running(),
      running({ status: 'FAILED' }),
      running({ status: 'EXPIRED', expired: true }),
      running({ status: 'COMPLETE' }),
    ].flatMap((view) => (['loading', 'open', 'closed', 'gone'] as const).map((pin) => customerWords(view, pin)));
    for (const words of all) expect(`${words.headline} ${words.detail ?? ''}`).not.toMatch(/\d{3,}/);
  });
});
