import { describe, expect, it } from 'vitest';
import { localTime } from '../../../../src/renderer/clock/time-words';
import { openChallengeLine } from '../../../../src/renderer/lookup/open-challenge-words';
import type { OpenChallenge } from '../../../../src/shared/lookup/customer-lookup';

const now = new Date('2026-11-27T17:03:00Z');
const challenge = (fields: Partial<OpenChallenge>): OpenChallenge => ({
  id: 'c1',
  type: 'CHANGE_PIN',
  status: 'PENDING',
  errorCode: null,
  errorMessage: null,
  startedByConsole: false,
  since: '2026-11-27T16:58:00Z',
  stoppedHere: null,
  ...fields,
});
const started = localTime('2026-11-27T16:58:00Z');

describe('an open challenge in the lookup', () => {
  it('from the customer’s app: first seen when, and Follow', () => {
    expect(openChallengeLine(challenge({}), now)).toMatchObject({
      kind: 'PIN change',
      origin: `from the customer’s app, first seen ${started} (5 min ago)`,
      note: null,
      followable: true,
    });
  });

  it('the customer’s own, already followed by the case on screen: said so, no second Follow', () => {
    expect(openChallengeLine(challenge({}), now, true)).toMatchObject({
      origin: `from the customer’s app, first seen ${started} (5 min ago), followed in the case on screen`,
      followable: false,
    });
  });

  it('started here and followed by the case on screen: no Follow', () => {
    const line = openChallengeLine(challenge({ startedByConsole: true, status: 'IN_PROGRESS' }), now);
    expect(line).toMatchObject({
      origin: `started here ${started} (5 min ago), in the case on screen`,
      followable: false,
    });
    expect(line.status.label).toBe('In progress');
  });

  it.each([
    ['cancelled', 'stopped'],
    ['moved-to-recovery', 'left for account recovery'],
    ['left', 'stopped'],
  ] as const)('started here, then %s: reads as such, what it means, and no Follow', (how, words) => {
    const line = openChallengeLine(
      challenge({ startedByConsole: true, stoppedHere: { how, at: '2026-11-27T17:01:00Z' } }),
      now,
    );
    expect(line.origin).toBe(`started here ${started} (5 min ago), ${words} ${localTime('2026-11-27T17:01:00Z')}`);
    expect(line.note).toBe('Circle keeps it open until it expires; nobody at the desk can use it.');
    expect(line.followable).toBe(false);
  });

  it('started here, its case never closed (the console stopped): no time made up', () => {
    const line = openChallengeLine(challenge({ startedByConsole: true, stoppedHere: { how: 'left', at: null } }), now);
    expect(line.origin).toBe(`started here ${started} (5 min ago), no case here follows it any more`);
    expect(line.followable).toBe(false);
  });
});
