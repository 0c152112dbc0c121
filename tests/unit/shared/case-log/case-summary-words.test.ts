// The first line of a ticket note, per outcome: when, what happened, what the customer was told, who.
import { describe, expect, it } from 'vitest';
import type { CaseOutcome, CaseSummary } from '../../../../src/shared/case-log/case-record';
import { caseSummarySentence, caseSummaryWords } from '../../../../src/shared/case-log/case-summary-words';

const base: CaseSummary = {
  caseId: 'case-1',
  environment: 'circle-testnet',
  userId: 'user-1',
  flow: 'reset',
  agentName: 'Dana Agent',
  ticketRef: 'ZD-1001',
  note: null,
  startedAt: '2026-07-01T12:58:00.000Z',
  endedAt: '2026-07-01T13:02:30.000Z',
  outcome: { kind: 'COMPLETE' },
};

const sentence = (change: Partial<CaseSummary>, timeZone = 'Europe/Paris') =>
  caseSummarySentence(caseSummaryWords({ ...base, ...change }, { timeZone, code: (text) => `<${text}>` }));

describe('the summary line of a ticket note', () => {
  it('says when the case ended in the agent’s zone, what happened, what the customer was told, and who', () => {
    // 13:02 UTC is 15:02 in Paris in July (UTC+02:00).
    expect(sentence({})).toBe(
      '15:02 PIN changed for <user-1>. Told the customer: “Your new PIN is set. Use it from now on; nobody at our ' +
        'desk has seen it.” Agent: Dana Agent.',
    );
    expect(sentence({}, 'America/Los_Angeles').startsWith('06:02 ')).toBe(true);
  });

  it('uses the start time while the case is open, and tells nothing yet', () => {
    expect(sentence({ endedAt: null, outcome: null })).toBe(
      '14:58 PIN reset for <user-1> still in progress. Agent: Dana Agent.',
    );
  });

  it('words an expiry the same whether Circle said EXPIRED or FAILED with 155121', () => {
    const expired = sentence({ outcome: { kind: 'EXPIRED' } });
    expect(expired).toBe(
      '15:02 PIN reset for <user-1> expired before the customer finished. Told the customer: “That attempt timed ' +
        'out. We can start a fresh one whenever you are ready.” Agent: Dana Agent.',
    );
    expect(sentence({ outcome: { kind: 'FAILED', code: 155121 } })).toBe(expired);
  });

  it('gives a failure its code, what happened and Circle’s advice for the customer', () => {
    expect(sentence({ flow: 'recovery', outcome: { kind: 'FAILED', code: 155120 } })).toBe(
      '15:02 Account recovery for <user-1> failed (155120): The security answers are locked after too many wrong ' +
        'tries. Told the customer: “For your security, answering is locked for a while. You can try again after the ' +
        'unlock time.” Agent: Dana Agent.',
    );
    expect(sentence({ outcome: { kind: 'FAILED', code: null } })).toContain(
      'PIN reset for <user-1> failed. Told the customer: “Something went wrong on our side.',
    );
  });

  it('words each other outcome and flow', () => {
    const cases: [Partial<CaseSummary>, string][] = [
      [{ flow: 'recovery' }, 'Account recovered with a new PIN for <user-1>. Told the customer: “Your new PIN'],
      [{ flow: 'followed' }, '<user-1> changed their PIN in their own app. Told the customer: “That is done in your'],
      [{ outcome: { kind: 'cancelled' } }, 'PIN reset for <user-1> cancelled. Told the customer: “We stopped'],
      [{ outcome: { kind: 'abandoned' } }, 'PIN reset for <user-1> moved to account recovery (the customer chose'],
      [
        { flow: 'followed', outcome: { kind: 'stopped-following' } as CaseOutcome },
        "Stopped following <user-1>'s own challenge (it goes on in their app). Agent:",
      ],
      [{ flow: 'executed', userId: null }, 'Executed challenge completed for a user not named by the token. Agent:'],
    ];
    for (const [change, words] of cases) expect(sentence(change)).toContain(`15:02 ${words}`);
  });
});
