import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customerChangesPinDirectly } from '../../../support/customer-in-hosted-ui';
import { refusalOf, type ServicesUnderTest, startServicesUnderTest } from '../../../support/main-services-under-test';
import { seededPin } from '../../../support/seeded-customer';
import { withWholeSessions } from '../../../support/whole-sessions';

let underTest: ServicesUnderTest;
beforeEach(async () => {
  underTest = await startServicesUnderTest();
});
afterEach(() => underTest.stop());

const handlers = () => withWholeSessions(underTest.services.handlers);
const challengeCount = () => underTest.services.embedded.emulator.exportState().challenges.length;
const start = () => handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: crypto.randomUUID() });

describe('Reset emulator', () => {
  it('asks before cutting an unfinished case short, and deletes nothing until confirmed', async () => {
    const session = await start();
    const asked = await refusalOf(handlers()['emulator:reset']({ closeOpenCases: false }));
    expect(asked).toMatchObject({ code: 'cases-open' });
    expect(asked.message).toContain('1 case is open. Resetting the emulator deletes every challenge and closes it');
    expect(challengeCount()).toBe(1);

    await handlers()['emulator:reset']({ closeOpenCases: true });
    expect(challengeCount()).toBe(0);
    expect((await refusalOf(handlers()['liveCase:resume']({ caseId: session.caseId }))).code).toBe('unknown-case');
    await expect
      .poll(async () => (await handlers()['caseLog:open']({ caseId: session.caseId })).summary.outcome)
      .toEqual({ kind: 'cancelled' });
  });

  it('does not ask about a case whose challenge has ended', async () => {
    const session = await start();
    await customerChangesPinDirectly(underTest.services.embedded.emulator, session, seededPin, '390517');
    await handlers()['liveCase:reportOutcome']({
      caseId: session.caseId,
      outcome: { kind: 'complete', status: 'COMPLETE' },
    });
    expect((await handlers()['settings:get'](undefined)).openCases).toBe(0);
    await handlers()['emulator:reset']({ closeOpenCases: false });
    expect(challengeCount()).toBe(0);
  });
});
