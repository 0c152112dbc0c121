// With the customer screen off (as main's unit tests run), the console's flows answer with the whole session the web
// SDK runs with. These say so, and fail loudly if a session was handed over to the customer screen instead.
import type { ContractHandlers } from '../../src/main/ipc/register-contract-handlers';
import { isHandedOver, type StartedSession } from '../../src/shared/customer-screen/customer-screen';
import type { ChallengeSession } from '../../src/shared/flows/challenge-flow';

export function wholeSession(session: StartedSession): ChallengeSession {
  if (isHandedOver(session)) throw new Error(`case ${session.caseId} was handed over to the customer screen`);
  return session;
}

type SessionChannel = 'reset:start' | 'recovery:start' | 'recovery:fromForgotPin' | 'liveCase:resume';
export type WholeSessionHandlers = Omit<ContractHandlers, SessionChannel> & {
  [C in SessionChannel]: (input: Parameters<ContractHandlers[C]>[0]) => Promise<ChallengeSession>;
};

export function withWholeSessions(handlers: ContractHandlers): WholeSessionHandlers {
  const whole =
    <C extends SessionChannel>(channel: C) =>
    async (input: Parameters<ContractHandlers[C]>[0]) =>
      wholeSession(await (handlers[channel] as (input: unknown) => Promise<StartedSession>)(input));
  return {
    ...handlers,
    'reset:start': whole('reset:start'),
    'recovery:start': whole('recovery:start'),
    'recovery:fromForgotPin': whole('recovery:fromForgotPin'),
    'liveCase:resume': whole('liveCase:resume'),
  };
}
