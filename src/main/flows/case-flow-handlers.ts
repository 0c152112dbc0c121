// The channels of the console's cases: `reset:`, `recovery:` and `liveCase:` (main-services.ts puts them in the one
// map ipc/ registers). A start, a resume and "Forgot PIN?" end in `host.handOver`: the host, not the flow, decides
// where Circle's window opens.
import type { HandlersOf } from '../../shared/contract/handlers-of';
import type { ParsedInputOf } from '../../shared/contract/ipc-contract';
import type { CustomerLanguage } from '../../shared/customer-language/customer-languages';
import type { ChallengeSession, ConsoleFlow } from '../../shared/flows/challenge-flow';
import type { CircleWindowHost } from './circle-window-host';
import type { ExecutedChallenges } from './execute-challenge';
import type { followChallenge } from './follow-challenge';
import type { ResetAndRecoveryFlows } from './reset-and-recovery';

/** The active environment's flows (environment/'s EnvironmentServices fits): replaced on a switch, so read per call. */
export interface ActiveCaseFlows {
  flows: Pick<ResetAndRecoveryFlows, 'start' | 'switchToRecovery' | 'cancel' | 'reportOutcome'>;
  /** Challenges made elsewhere, run with a pasted token. */
  executed: Pick<ExecutedChallenges, 'execute' | 'replaceToken'>;
  /** Reopens a case's challenge: the console's own flows renew their token, an executed case cannot. */
  resume(input: { caseId: string }): Promise<ChallengeSession>;
  follow(input: { userId: string; challengeId: string }): ReturnType<typeof followChallenge>;
}

export interface CaseFlowHandlerDeps {
  active: () => ActiveCaseFlows;
  /** Where Circle's window opens for the console's own flows (the customer screen, when it is on). */
  host: CircleWindowHost;
  /** The customer's language for a start that names none (Settings' default). */
  defaultLanguage: () => CustomerLanguage;
  /** "Copy" beside a case's IDs (Electron's clipboard). */
  clipboard: { writeText(text: string): void | Promise<void> };
}

export function caseFlowHandlers(
  deps: CaseFlowHandlerDeps,
): HandlersOf<
  | 'reset:start'
  | 'recovery:start'
  | 'recovery:fromForgotPin'
  | 'liveCase:follow'
  | 'liveCase:execute'
  | 'liveCase:replaceToken'
  | 'liveCase:resume'
  | 'liveCase:reportOutcome'
  | 'liveCase:cancel'
  | 'liveCase:copyId'
> {
  const { active, host } = deps;
  const start = async (flow: ConsoleFlow, input: ParsedInputOf<'reset:start'>) => {
    const language = input.language ?? deps.defaultLanguage();
    host.preparing(flow, language);
    try {
      return host.handOver(await active().flows.start(flow, { ...input, language }));
    } catch (error) {
      host.startFailed();
      throw error;
    }
  };
  return {
    'reset:start': (input) => start('reset', input),
    'recovery:start': (input) => start('recovery', input),
    'recovery:fromForgotPin': async (input) => host.handOver(await active().flows.switchToRecovery(input)),
    'liveCase:follow': (input) => active().follow(input),
    // An executed case keeps Circle's window in the agent's window: its token and key were pasted there.
    'liveCase:execute': (input) => active().executed.execute(input),
    'liveCase:replaceToken': (input) => active().executed.replaceToken(input),
    // An executed case resumes with its pasted token and stays in the agent's window (the host passes it back).
    'liveCase:resume': async (input) => host.handOver(await active().resume(input)),
    'liveCase:reportOutcome': (input) => active().flows.reportOutcome(input),
    'liveCase:cancel': (input) => {
      const closed = active().flows.cancel(input);
      host.caseClosed(input.caseId);
      return closed;
    },
    'liveCase:copyId': async (input) => {
      await deps.clipboard.writeText(input.value);
      return { copied: true as const };
    },
  };
}
