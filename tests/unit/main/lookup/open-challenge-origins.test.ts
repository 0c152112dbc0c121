// Issue 24 §3: "started here" and "from the customer's app" stay right, a restart of the console included, and a
// challenge whose case here was cancelled reads as stopped (Circle has no cancel: it stays open until it expires).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { challengeOrigin, type OriginFacts } from '../../../../src/main/lookup/challenge-origin';
import type { LoggedChallenge } from '../../../../src/main/lookup/challenges-started-here';
import { challengeMadeElsewhere } from '../../../support/challenge-made-elsewhere';
import { type ServicesUnderTest, startServicesUnderTest } from '../../../support/main-services-under-test';

const running: ServicesUnderTest[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const underTest of running.splice(0)) await underTest.stop().catch(() => {});
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function consoleOn(userDataDir: string): Promise<ServicesUnderTest> {
  const underTest = await startServicesUnderTest({ userDataDir });
  running.push(underTest);
  return underTest;
}

const lookUp = async (underTest: ServicesUnderTest, userId = 'user-knows-pin') =>
  underTest.services.handlers['customer:lookup']({ userId });

describe('open challenges, labelled from this run and the case log', () => {
  it('a challenge started here reads as this case, then as stopped once cancelled, and still so after a restart', async () => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'pin-desk-restart-'));
    folders.push(userDataDir);
    const first = await consoleOn(userDataDir);
    const started = await first.services.handlers['reset:start']({
      userId: 'user-knows-pin',
      attemptId: crypto.randomUUID(),
    });
    const whileRunning = (await lookUp(first)).openChallenges;
    expect(whileRunning).toHaveLength(1);
    expect(whileRunning[0]).toMatchObject({ id: started.challengeId, startedByConsole: true, stoppedHere: null });

    await first.services.handlers['liveCase:cancel']({ caseId: started.caseId });
    const [stopped] = (await lookUp(first)).openChallenges;
    expect(stopped).toMatchObject({ id: started.challengeId, startedByConsole: true });
    expect(stopped?.stoppedHere?.how).toBe('cancelled');
    expect(Date.parse(stopped?.stoppedHere?.at ?? '')).toBeGreaterThanOrEqual(Date.parse(stopped?.since ?? ''));

    // The console quits and starts again on the same user-data folder: its memory is gone, its case log is not.
    running.splice(running.indexOf(first), 1);
    await first.stop();
    const second = await consoleOn(userDataDir);
    const elsewhere = await challengeMadeElsewhere(second.services.embedded.emulator, 'user-knows-pin');
    const afterRestart = (await lookUp(second)).openChallenges;
    expect(afterRestart.find((listed) => listed.id === started.challengeId)).toEqual(stopped);
    expect(afterRestart.find((listed) => listed.id === elsewhere.challengeId)).toMatchObject({
      startedByConsole: false,
      stoppedHere: null,
    });
  });
});

describe('challengeOrigin', () => {
  const now = new Date('2025-03-01T17:00:00Z');
  const facts = (overrides: Partial<OriginFacts> = {}): OriginFacts => ({
    knownSince: (_id, at) => ({ startedHere: false, since: at }),
    followedHere: new Set(),
    logged: new Map(),
    ...overrides,
  });
  const logged = (ended: LoggedChallenge['ended']): Map<string, LoggedChallenge> =>
    new Map([['c1', { caseId: 'case-1', startedAt: '2025-03-01T16:58:00Z', ended }]]);

  it('one this run never started and the log does not know is the customer’s, first seen now', () => {
    expect(challengeOrigin('c1', now, facts())).toEqual({ startedHere: false, since: now, stoppedHere: null });
  });

  it('one the log knows is started here, at the log’s time, whatever this run remembers', () => {
    const origin = challengeOrigin('c1', now, facts({ logged: logged(null), followedHere: new Set(['c1']) }));
    expect(origin).toEqual({ startedHere: true, since: new Date('2025-03-01T16:58:00Z'), stoppedHere: null });
  });

  it.each([
    ['cancelled', 'cancelled'],
    ['abandoned', 'moved-to-recovery'],
    ['FAILED', 'left'],
  ] as const)('its case ended %s here: stopped (%s), with when', (outcome, how) => {
    const origin = challengeOrigin('c1', now, facts({ logged: logged({ at: '2025-03-01T16:59:00Z', outcome }) }));
    expect(origin.stoppedHere).toEqual({ how, at: '2025-03-01T16:59:00Z' });
  });

  it('a case the log never saw closed (the console stopped mid-case), not followed now: left, time unknown', () => {
    expect(challengeOrigin('c1', now, facts({ logged: logged(null) })).stoppedHere).toEqual({ how: 'left', at: null });
  });

  it('started in this run but not (yet) in the log, and no case follows it: stopped, time unknown', () => {
    const knownSince = (_id: string, _at: Date) => ({ startedHere: true, since: new Date('2025-03-01T16:50:00Z') });
    const origin = challengeOrigin('c1', now, facts({ knownSince }));
    expect(origin).toEqual({
      startedHere: true,
      since: new Date('2025-03-01T16:50:00Z'),
      stoppedHere: { how: 'left', at: null },
    });
  });
});
