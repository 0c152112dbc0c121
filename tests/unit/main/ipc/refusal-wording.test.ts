// What a refused or failed call says, word for word: bad input always gets a clear, specific error (its field paths,
// at most three problems), and an unexpected failure a reference that matches the log line — never its details.
import { describe, expect, it } from 'vitest';
import { AgentFailure } from '../../../../src/main/failures/agent-failure';
import { dispatchInvoke, type InvokeEventLike } from '../../../../src/main/ipc/register-contract-handlers';
import { appOrigin } from '../../../../src/shared/app-origin';
import type { InvokeChannel } from '../../../../src/shared/contract/channel-names';

const fromTheAgentWindow: InvokeEventLike = {
  senderFrame: { url: `${appOrigin}/index.html`, parent: null },
  sender: 1,
};

/** One call through the checks, from the agent's window unless `windowOf` says otherwise; what was logged, by level. */
async function dispatch(
  channel: InvokeChannel,
  args: unknown[],
  handler: (input: unknown) => unknown = () => null,
  windowOf: (sender: unknown) => 'agent' | null = () => 'agent',
) {
  const logged = { warn: [] as string[], error: [] as string[] };
  const result = await dispatchInvoke(channel, handler as never, fromTheAgentWindow, args, {
    trustedOrigins: [appOrigin],
    windowOf,
    log: { warn: (message) => logged.warn.push(message), error: (message) => logged.error.push(message) },
  });
  return { result, logged };
}

const refusal = (code: string, message: string) => ({ ok: false, error: { code, message } });

describe('invalid input, as the renderer reads it', () => {
  it('names each problem at its field, joined by "; ", and stops at three', async () => {
    const { result } = await dispatch('teamLog:save', [{}]);
    expect(result).toEqual(
      refusal(
        'invalid-input',
        'Invalid input for teamLog:save: enabled: Invalid input: expected boolean, received undefined; ' +
          'host: Invalid input: expected string, received undefined; ' +
          'port: Invalid input: expected string, received undefined',
      ),
    );
  });

  it('names a nested field by its dotted path', async () => {
    const input = {
      environment: 'local-emulator',
      source: 'entries',
      questions: [{ question: 5, type: 'TEXT' }],
      requiredCount: 2,
    };
    expect((await dispatch('settings:saveSecurityQuestions', [input])).result).toEqual(
      refusal(
        'invalid-input',
        'Invalid input for settings:saveSecurityQuestions: questions.0.question: Invalid input: expected string, received number',
      ),
    );
  });

  it('gives a problem with the whole input (no field) without a field prefix', async () => {
    expect((await dispatch('customer:lookup', ['user-knows-pin'])).result).toEqual(
      refusal('invalid-input', 'Invalid input for customer:lookup: Invalid input: expected object, received string'),
    );
    expect((await dispatch('customer:lookup', [{ userId: 'u', extra: 1 }])).result).toEqual(
      refusal(
        'invalid-input',
        'Invalid input for customer:lookup: userId: A user ID has at least 5 characters.; Unrecognized key: "extra"',
      ),
    );
  });

  it('says a channel takes one argument when given two', async () => {
    expect((await dispatch('app:info', [{}, {}])).result).toEqual(
      refusal('invalid-input', 'app:info takes one argument.'),
    );
  });
});

describe('refused senders and failed handlers', () => {
  it('refuses a window main did not open, saying so', async () => {
    const { result, logged } = await dispatch('app:info', [{}], undefined, () => null);
    expect(result).toEqual(refusal('forbidden-sender', 'Call refused: the sending window is not one PIN Desk opened.'));
    expect(logged.warn).toEqual(['app:info: refused call (the sending window is not one PIN Desk opened)']);
  });

  it('answers an unexpected failure with a reference the error log names, and nothing of the failure', async () => {
    const { result, logged } = await dispatch('app:info', [{}], () => {
      throw new Error('disk full at /home/agent');
    });
    const reference = /^app:info failed \(reference ([0-9a-f]{8})\)$/.exec(logged.error[0] ?? '')?.[1];
    expect(reference).toBeDefined();
    expect(result).toEqual(
      refusal(
        'internal',
        `PIN Desk hit an unexpected problem (reference ${reference}). The details are in the console's log.`,
      ),
    );
  });

  it('passes an agent failure through without logging it as an error (it is the answer, not a fault)', async () => {
    const { result, logged } = await dispatch('app:info', [{}], () => {
      throw new AgentFailure('circle-error', 'Circle does not know this user.');
    });
    expect(result).toEqual(refusal('circle-error', 'Circle does not know this user.'));
    expect(logged).toEqual({ warn: [], error: [] });
  });
});
