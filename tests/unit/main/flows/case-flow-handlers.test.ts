// The flows' channels hand every session to the CircleWindowHost and never decide where Circle's window opens
// (issue 30 §1). The customer screen's own behaviour as host is in tests/unit/main/customer-screen.
import { describe, expect, it } from 'vitest';
import { type ActiveCaseFlows, caseFlowHandlers } from '../../../../src/main/flows/case-flow-handlers';
import { agentWindowOnly, type CircleWindowHost } from '../../../../src/main/flows/circle-window-host';
import type { ChallengeSession, ConsoleFlow } from '../../../../src/shared/flows/challenge-flow';

const session = (caseId: string): ChallengeSession => ({
  caseId,
  appId: 'app',
  userToken: 'token',
  encryptionKey: 'key',
  challengeId: 'challenge',
  tokenExpiresAt: '2026-12-04T23:00:00.000Z',
});

function setUp(options: { startFails?: boolean } = {}) {
  const heard: string[] = [];
  const starts: { flow: ConsoleFlow; language: unknown }[] = [];
  const active: ActiveCaseFlows = {
    flows: {
      start: async (flow, input) => {
        starts.push({ flow, language: input.language });
        if (options.startFails) throw new Error('Circle said no');
        return session('started');
      },
      switchToRecovery: async () => session('recovery'),
      cancel: (input) => ({ caseId: input.caseId, outcome: 'cancelled' }),
      reportOutcome: async () => null,
    },
    executed: {
      execute: async () => ({ ...session('executed'), userId: null, challengeType: 'CHANGE_PIN' }),
      replaceToken: async () => ({ ...session('executed'), userId: null, challengeType: 'CHANGE_PIN' }),
    },
    resume: async (input) => session(input.caseId),
    follow: async () => {
      throw new Error('not used here');
    },
  };
  const host: CircleWindowHost = {
    preparing: (flow, language) => heard.push(`preparing ${flow} ${language}`),
    startFailed: () => heard.push('startFailed'),
    handOver: (handed) => {
      heard.push(`handOver ${handed.caseId}`);
      return { caseId: handed.caseId, challengeId: handed.challengeId, tokenExpiresAt: '', shownOn: 'customer-screen' };
    },
    caseClosed: (caseId) => heard.push(`caseClosed ${caseId}`),
  };
  const copied: string[] = [];
  const handlers = caseFlowHandlers({
    active: () => active,
    host,
    defaultLanguage: () => 'es',
    clipboard: { writeText: (text) => void copied.push(text) },
  });
  return { handlers, heard, starts, copied };
}

const startInput = { userId: 'user-1', attemptId: '6a1f7c1e-3b1a-4b8e-9d1a-0c7f1e2d3a4b' };

describe('the flows’ channels and the CircleWindowHost', () => {
  it('a start tells the host first, runs the flow in the saved language and returns what the host hands back', async () => {
    const { handlers, heard, starts } = setUp();
    const started = await handlers['reset:start'](startInput);
    expect(starts).toEqual([{ flow: 'reset', language: 'es' }]);
    expect(heard).toEqual(['preparing reset es', 'handOver started']);
    expect(started).toMatchObject({ caseId: 'started', shownOn: 'customer-screen' });
  });

  it('a language named by the start wins over the saved one', async () => {
    const { handlers, starts } = setUp();
    await handlers['recovery:start']({ ...startInput, language: 'fr' });
    expect(starts).toEqual([{ flow: 'recovery', language: 'fr' }]);
  });

  it('a failed start tells the host, and the failure still reaches the agent', async () => {
    const { handlers, heard } = setUp({ startFails: true });
    await expect(handlers['reset:start'](startInput)).rejects.toThrow('Circle said no');
    expect(heard).toEqual(['preparing reset es', 'startFailed']);
  });

  it('a resume and "Forgot PIN?" go through the host; a cancel tells it the case closed', async () => {
    const { handlers, heard } = setUp();
    await handlers['liveCase:resume']({ caseId: 'case-1' });
    await handlers['recovery:fromForgotPin']({ caseId: 'case-1' });
    expect(await handlers['liveCase:cancel']({ caseId: 'case-1' })).toEqual({ caseId: 'case-1', outcome: 'cancelled' });
    expect(heard).toEqual(['handOver case-1', 'handOver recovery', 'caseClosed case-1']);
  });

  it('an executed challenge never reaches the host: its token was pasted in the agent’s window', async () => {
    const { handlers, heard } = setUp();
    await handlers['liveCase:execute']({ challengeId: 'c', userToken: 't', encryptionKey: 'k' });
    expect(heard).toEqual([]);
  });

  it('with no customer screen the agent’s window gets the session as it came', () => {
    expect(agentWindowOnly.handOver(session('case-2'))).toEqual(session('case-2'));
  });
});
