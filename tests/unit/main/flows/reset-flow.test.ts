import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MainServices } from '../../../../src/main/main-services';
import type { ChallengeSession, ChallengeUpdate } from '../../../../src/shared/flows/challenge-flow';
import { injectFault, pendingFaults } from '../../../support/emulator-controls';
import { waitFor } from '../../../support/eventually';
import { refusalOf, type ServicesUnderTest, startServicesUnderTest } from '../../../support/main-services-under-test';
import { seededPin } from '../../../support/seeded-customer';
import { withWholeSessions } from '../../../support/whole-sessions';

let underTest: ServicesUnderTest;
let services: MainServices;
let updates: ChallengeUpdate[];

async function startServices(challengeLifetimeSeconds?: number): Promise<void> {
  underTest = await startServicesUnderTest({
    publish: (channel, payload) => {
      if (channel === 'challenge:updated') updates.push(payload as ChallengeUpdate);
    },
    ...(challengeLifetimeSeconds ? { challengeLifetimeSeconds } : {}),
  });
  services = underTest.services;
}

beforeEach(async () => {
  updates = [];
  await startServices();
});

afterEach(() => underTest.stop());

const handlers = () => withWholeSessions(services.handlers);
const emulator = () => services.embedded.emulator;
const attempt = () => crypto.randomUUID();

function openInHostedUi(session: ChallengeSession) {
  return emulator().challengeSteps.open({
    challengeId: session.challengeId,
    userToken: session.userToken,
    encryptionKey: session.encryptionKey,
    appId: session.appId,
  });
}

describe('the PIN reset flow (main handlers against the embedded emulator)', () => {
  it('returns exactly what the web SDK needs, and follows the challenge to COMPLETE', async () => {
    const session = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: attempt() });
    expect(Object.keys(session).sort()).toEqual(
      ['appId', 'caseId', 'challengeId', 'encryptionKey', 'language', 'look', 'tokenExpiresAt', 'userToken'].sort(),
    );
    // The environment's app look (Settings; nothing set here): what the SDK is handed besides the session.
    expect(session.look).toEqual({
      securityQuestions: null,
      window: { colors: {}, backdropOpacity: null, images: {}, font: null },
    });
    expect(session.appId).toBe(emulator().appId);
    const minutesLeft = (new Date(session.tokenExpiresAt).getTime() - emulator().clock.now().getTime()) / 60_000;
    expect(minutesLeft).toBeCloseTo(60, 0);

    openInHostedUi(session);
    await waitFor(() => updates.some((update) => update.status === 'IN_PROGRESS'));
    const steps = emulator().challengeSteps;
    const customer = { challengeId: session.challengeId, userToken: session.userToken };
    expect((await steps.verifyCurrentPin(customer, '000001')).ok).toBe(false);
    await waitFor(() => updates.some((update) => update.pinAttempts?.failedAttempts === 1));
    expect(updates.at(-1)?.pinAttempts).toMatchObject({ failedAttempts: 1, attemptsLeft: 3 });
    expect((await steps.verifyCurrentPin(customer, seededPin)).ok).toBe(true);
    expect((await steps.completeWithNewPin(customer, '390517', '390517')).ok).toBe(true);

    const reported = await handlers()['liveCase:reportOutcome']({
      caseId: session.caseId,
      outcome: { kind: 'complete', status: 'COMPLETE' },
    });
    expect(reported?.status).toBe('COMPLETE');
    const statuses = updates.map((update) => update.status);
    expect(statuses.filter((status) => status === 'COMPLETE')).toHaveLength(1);
    expect(statuses.indexOf('IN_PROGRESS')).toBeLessThan(statuses.indexOf('COMPLETE'));
  });

  it('reuses the challenge when the same attempt is retried, and makes a new one for a new attempt', async () => {
    const attemptId = attempt();
    const first = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId });
    const retried = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId });
    expect(retried.caseId).toBe(first.caseId);
    expect(retried.challengeId).toBe(first.challengeId);
    const fresh = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: attempt() });
    expect(fresh.challengeId).not.toBe(first.challengeId);
    await expect(handlers()['reset:start']({ userId: 'user-pin-locked', attemptId })).rejects.toMatchObject({
      code: 'invalid-attempt',
    });
  });

  it('asks for the token while the lookup is still out, and creates the challenge only after the lookup', async () => {
    // The lookup takes two seconds to answer; each rule is used up as its call arrives (the token's only counts).
    await injectFault(emulator(), { method: 'GET', path: '/v1/w3s/users/user-knows-pin', delayMs: 2000, times: 1 });
    await injectFault(emulator(), { method: 'POST', path: '/v1/w3s/users/token', delayMs: 0, times: 1 });
    const started = handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: attempt() });
    await waitFor(async () => (await pendingFaults(emulator())).length === 0, 'both calls to arrive', 1500);
    expect(emulator().exportState().challenges).toEqual([]);
    const session = await started;
    expect(
      emulator()
        .exportState()
        .challenges.map((challenge) => challenge.id),
    ).toEqual([session.challengeId]);
    // A start the lookup refuses throws the refusal, whatever became of the token asked for beside it.
    await expect(handlers()['reset:start']({ userId: 'user-pin-locked', attemptId: attempt() })).rejects.toMatchObject({
      code: 'pin-locked',
    });
  });

  it('makes exactly one challenge when PUT /user/pin fails once and the attempt is retried', async () => {
    await injectFault(emulator(), { method: 'PUT', path: '/v1/w3s/user/pin', status: 500, times: 1 });
    const attemptId = attempt();
    const failure = await refusalOf(handlers()['reset:start']({ userId: 'user-knows-pin', attemptId }));
    expect(failure.code).toBe('challenge-failed');
    expect(failure.circle?.status).toBe(500);
    const session = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId });
    const challenges = emulator()
      .exportState()
      .challenges.filter((challenge) => challenge.userId === 'user-knows-pin');
    expect(challenges.map((challenge) => challenge.id)).toEqual([session.challengeId]);
  });

  it.each([
    ['no-such-user', 'unknown-user'],
    ['user-disabled', 'account-disabled'],
    ['user-no-pin', 'pin-not-set'],
    ['user-pin-locked', 'pin-locked'],
  ])('refuses %s before creating anything (%s)', async (userId, code) => {
    const failure = await refusalOf(handlers()['reset:start']({ userId, attemptId: attempt() }));
    expect(failure.code).toBe(code);
    expect(emulator().exportState().challenges).toEqual([]);
  });

  it('re-acquires an expired token by itself (emulator clock moved 61 minutes)', async () => {
    // Challenges outlive tokens here, so the token is the only thing that expires.
    await underTest.stop();
    await startServices(2 * 60 * 60);
    const session = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: attempt() });
    emulator().clock.advance(61 * 60);
    await handlers()['liveCase:reportOutcome']({
      caseId: session.caseId,
      outcome: { kind: 'error', code: 155104, message: 'The userToken had expired.' },
    });
    const resumed = await handlers()['liveCase:resume']({ caseId: session.caseId });
    expect(resumed.challengeId).toBe(session.challengeId);
    expect(resumed.userToken).not.toBe(session.userToken);
    expect(new Date(resumed.tokenExpiresAt).getTime()).toBeGreaterThan(emulator().clock.now().getTime());
    expect(() => openInHostedUi(resumed)).not.toThrow();
    // The watcher's own polls met the expired token too, and renewed it rather than stopping.
    await waitFor(() => updates.some((update) => update.status === 'IN_PROGRESS'));
  });

  it('cancels a case: no more updates, and the case is gone', async () => {
    const session = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: attempt() });
    expect(await handlers()['liveCase:cancel']({ caseId: session.caseId })).toEqual({
      caseId: session.caseId,
      outcome: 'cancelled',
    });
    const ofCancelled = () => updates.filter((update) => update.caseId === session.caseId);
    const seen = ofCancelled().length;
    openInHostedUi(session);
    // A case started after it, opened the same way, is the positive signal: its watcher's first poll comes after
    // the one the cancelled case would have made, so once it reports IN_PROGRESS the cancelled one would have too.
    const later = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: attempt() });
    openInHostedUi(later);
    await waitFor(() => updates.some((update) => update.caseId === later.caseId && update.status === 'IN_PROGRESS'));
    expect(ofCancelled()).toHaveLength(seen);
    await expect(handlers()['liveCase:resume']({ caseId: session.caseId })).rejects.toMatchObject({
      code: 'unknown-case',
    });
  });

  it('reports the environment with its App ID', async () => {
    expect(await handlers()['environment:status'](undefined)).toEqual({
      environment: { id: 'local-emulator', label: 'Local emulator' },
      appId: emulator().appId,
      appIdProblem: null,
      notice: null,
      developerDetails: false,
      emulatorAddress: emulator().baseUrl,
      customerLanguage: 'en',
    });
  });
});
