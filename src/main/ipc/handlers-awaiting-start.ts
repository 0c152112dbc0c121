import { type InvokeChannel, invokeChannelNames } from '../../shared/contract/channel-names';
import { bridgeErrorCodes } from '../../shared/contract/ipc-result';
import { AgentFailure } from '../failures/agent-failure';
import type { ContractHandlers } from './register-contract-handlers';

export interface HandlersAwaitingStart {
  /**
   * One handler per contract channel, registered before main's services exist: each waits for them, then runs the
   * service's own handler with the input the contract has already checked.
   */
  handlers: ContractHandlers;
  /** Hands over the services' handlers as they start. Called once; a second call is a bug in main. */
  open(starting: Promise<ContractHandlers>): void;
}

/** What a call gets when main's services never started (their reason goes to the agent's error box, not here). */
export const notStartedMessage =
  'PIN Desk could not finish starting, so this was not done. The reason is in its error window.';

/**
 * Lets main register its contract handlers — and so open the window — before its services have started (the
 * embedded emulator seeds its users at the real scrypt cost). A call made meanwhile waits; if the start fails, every
 * call, waiting or later, is answered `not-started` rather than left hanging.
 */
export function handlersAwaitingStart(): HandlersAwaitingStart {
  let hand: ((starting: Promise<ContractHandlers>) => void) | null = null;
  const started = new Promise<ContractHandlers>((resolve) => {
    hand = resolve;
  });
  // Settled once here, so a failed start is never an unhandled rejection and each call sees the same outcome.
  const outcome = started.then(
    (handlers) => ({ handlers }),
    () => ({ failure: new AgentFailure(bridgeErrorCodes.notStarted, notStartedMessage) }),
  );
  const awaiting = <C extends InvokeChannel>(channel: C): ContractHandlers[C] =>
    (async (input: Parameters<ContractHandlers[C]>[0]) => {
      const ready = await outcome;
      if ('failure' in ready) throw ready.failure;
      return (ready.handlers[channel] as (input: unknown) => unknown)(input);
    }) as ContractHandlers[C];
  const handlers = Object.fromEntries(invokeChannelNames.map((channel) => [channel, awaiting(channel)]));
  return {
    handlers: handlers as ContractHandlers,
    open: (starting) => {
      if (!hand) throw new Error('main’s services were handed over twice');
      hand(starting);
      hand = null;
    },
  };
}
