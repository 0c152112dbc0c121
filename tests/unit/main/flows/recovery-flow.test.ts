import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MainServices } from '../../../../src/main/main-services';
import { injectFault } from '../../../support/emulator-controls';
import { type ServicesUnderTest, startServicesUnderTest } from '../../../support/main-services-under-test';
import { seededAnswers } from '../../../support/seeded-customer';
import { withWholeSessions } from '../../../support/whole-sessions';

let underTest: ServicesUnderTest;
let services: MainServices;

beforeEach(async () => {
  underTest = await startServicesUnderTest();
  services = underTest.services;
});

afterEach(() => underTest.stop());

const handlers = () => withWholeSessions(services.handlers);
const emulator = () => services.embedded.emulator;
const attemptId = () => crypto.randomUUID();

describe('account recovery (main handlers against the embedded emulator)', () => {
  it('creates a RESTORE_PIN challenge, even for a locked PIN, and completes with the answers', async () => {
    const session = await handlers()['recovery:start']({ userId: 'user-pin-locked', attemptId: attemptId() });
    const challenge = emulator()
      .exportState()
      .challenges.find((candidate) => candidate.id === session.challengeId);
    expect(challenge?.type).toBe('RESTORE_PIN');
    const customer = { challengeId: session.challengeId, userToken: session.userToken };
    emulator().challengeSteps.open({ ...customer, encryptionKey: session.encryptionKey, appId: session.appId });
    expect((await emulator().challengeSteps.verifyAnswers(customer, [...seededAnswers])).ok).toBe(true);
    expect((await emulator().challengeSteps.completeWithNewPin(customer, '205813', '205813')).ok).toBe(true);
    const lookup = await handlers()['customer:lookup']({ userId: 'user-pin-locked' });
    expect(lookup.user.pinStatus).toBe('ENABLED');
  });

  it.each([
    ['user-answers-locked', 'answers-locked'],
    ['user-disabled', 'account-disabled'],
    ['user-no-pin', 'pin-not-set'],
    ['no-such-user', 'unknown-user'],
  ])('refuses %s before creating anything (%s)', async (userId, code) => {
    await expect(handlers()['recovery:start']({ userId, attemptId: attemptId() })).rejects.toMatchObject({ code });
    expect(emulator().exportState().challenges).toEqual([]);
  });

  it('moves a reset to recovery on "Forgot PIN?": the reset case closes, a recovery opens for the same user', async () => {
    const reset = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: attemptId() });
    const recovery = await handlers()['recovery:fromForgotPin']({ caseId: reset.caseId });
    expect(recovery.caseId).not.toBe(reset.caseId);
    const types = emulator()
      .exportState()
      .challenges.map((challenge) => [challenge.id, challenge.type]);
    expect(types).toEqual(
      expect.arrayContaining([
        [reset.challengeId, 'CHANGE_PIN'],
        [recovery.challengeId, 'RESTORE_PIN'],
      ]),
    );
    await expect(handlers()['liveCase:resume']({ caseId: reset.caseId })).rejects.toMatchObject({
      code: 'unknown-case',
    });
    await expect(handlers()['recovery:fromForgotPin']({ caseId: recovery.caseId })).rejects.toMatchObject({
      code: 'not-a-reset',
    });
  });
});

describe('lookup and following', () => {
  it('reads the user in Circle’s words with their open challenges', async () => {
    const reset = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: attemptId() });
    const lookup = await handlers()['customer:lookup']({ userId: 'user-knows-pin' });
    expect(lookup.user).toMatchObject({ status: 'ENABLED', pinStatus: 'ENABLED', securityQuestionStatus: 'ENABLED' });
    expect(lookup.openChallenges.map((challenge) => [challenge.id, challenge.status])).toEqual([
      [reset.challengeId, 'PENDING'],
    ]);
    expect(lookup.challengesProblem).toBeNull();
    await expect(handlers()['customer:lookup']({ userId: 'no-such-user' })).rejects.toMatchObject({
      code: 'unknown-user',
    });
  });

  it('names a network failure during the lookup as such', async () => {
    await injectFault(emulator(), { method: 'GET', path: '/v1/w3s/users/user-knows-pin', drop: true, times: 1 });
    await expect(handlers()['customer:lookup']({ userId: 'user-knows-pin' })).rejects.toMatchObject({
      code: 'circle-unreachable',
    });
  });

  it('follows only a challenge that belongs to the user', async () => {
    const reset = await handlers()['reset:start']({ userId: 'user-knows-pin', attemptId: attemptId() });
    const followed = await handlers()['liveCase:follow']({ userId: 'user-knows-pin', challengeId: reset.challengeId });
    expect(followed.challenge).toMatchObject({ id: reset.challengeId, status: 'PENDING' });
    await expect(
      handlers()['liveCase:follow']({ userId: 'user-pin-locked', challengeId: reset.challengeId }),
    ).rejects.toMatchObject({ code: 'unknown-challenge' });
  });
});
