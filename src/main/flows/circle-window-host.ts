import type { CustomerLanguage } from '../../shared/customer-language/customer-languages';
import type { StartedSession } from '../../shared/customer-screen/customer-screen';
import type { ChallengeSession, ConsoleFlow } from '../../shared/flows/challenge-flow';

/**
 * Where Circle's window opens for a case the flows start, resume or end. The flows call it and never decide: the
 * agent's window by default (`agentWindowOnly`), the customer window when the customer screen is on (CustomerScreen
 * implements this port; main-services.ts plugs it in).
 */
export interface CircleWindowHost {
  /** A start is on its way: a host that shows cases gets ready while main makes its calls. */
  preparing(flow: ConsoleFlow, language: CustomerLanguage): void;
  /** The start failed: the host drops what it prepared. */
  startFailed(): void;
  /** A case's session (a start, a resume, "Forgot PIN?"): what the agent's window gets back for it. */
  handOver(session: ChallengeSession): StartedSession;
  /** The agent closed the case. */
  caseClosed(caseId: string): void;
}

/** Every case's Circle window in the agent's own window: the session goes back to it as it is. */
export const agentWindowOnly: CircleWindowHost = {
  preparing: () => {},
  startFailed: () => {},
  handOver: (session) => session,
  caseClosed: () => {},
};
