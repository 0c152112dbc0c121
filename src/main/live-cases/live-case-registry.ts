import { randomUUID } from 'node:crypto';
import { type ChallengeStatus, terminalChallengeStatuses } from '../../shared/circle/circle-records';
import type { CustomerLanguage } from '../../shared/customer-language/customer-languages';
import type { FlowKind, SdkOutcome } from '../../shared/flows/challenge-flow';
import type { CircleGateway } from '../circle/circle-gateway';
import { AgentFailure } from '../failures/agent-failure';
import type { PastedTokenSession } from '../flows/pasted-token-session';
import type { UserTokenSession } from '../flows/user-token-session';

/** What an executed case (a challenge made elsewhere) holds instead of a token main got itself. */
export interface ExecutedDetails {
  token: PastedTokenSession;
  /** The `sub` of the pasted token: a replacement token must name the same one. */
  subject: string | null;
  challengeType: string;
}

export interface LiveCase {
  caseId: string;
  flow: FlowKind;
  /** Null only for an executed case whose token names no user Circle knows here. */
  userId: string | null;
  /** The renderer's attempt: a retry of the same attempt reuses this case (and its key, when that is still right). */
  attemptId: string | null;
  /** For the challenge-creating request; replaced after a definitive refusal (idempotency-key-rule.ts). */
  idempotencyKey: string;
  /** The environment's gateway, recording every call it makes in this case's log; set by the flow that opens it. */
  gateway: CircleGateway | null;
  token: UserTokenSession | null;
  executed: ExecutedDetails | null;
  challengeId: string | null;
  status: ChallengeStatus | null;
  lastSdkOutcome: SdkOutcome | null;
  openedAt: Date;
  /** The customer's language, for a case of the console's own flows (set by the flow that opens it). */
  language?: CustomerLanguage;
}

/** The cases open in this run of the console. */
export class LiveCaseRegistry {
  private readonly cases = new Map<string, LiveCase>();
  /**
   * When this console created a challenge, or first saw it listed: Circle's challenges carry no creation time, so
   * the Follow list's ages come from here.
   */
  private readonly startedHere = new Map<string, Date>();
  private readonly firstSeen = new Map<string, Date>();

  markStartedHere(challengeId: string, at: Date): void {
    this.startedHere.set(challengeId, at);
  }

  /** Whether this console started the challenge, and since when the console knows of it. */
  knownSince(challengeId: string, now: Date): { startedHere: boolean; since: Date } {
    const started = this.startedHere.get(challengeId);
    if (started) return { startedHere: true, since: started };
    const seen = this.firstSeen.get(challengeId) ?? now;
    this.firstSeen.set(challengeId, seen);
    return { startedHere: false, since: seen };
  }

  open(fields: Pick<LiveCase, 'flow' | 'userId' | 'attemptId'>, now: Date): LiveCase {
    const opened: LiveCase = {
      ...fields,
      caseId: randomUUID(),
      idempotencyKey: randomUUID(),
      gateway: null,
      token: null,
      executed: null,
      challengeId: null,
      status: null,
      lastSdkOutcome: null,
      openedAt: now,
    };
    this.cases.set(opened.caseId, opened);
    return opened;
  }

  get(caseId: string): LiveCase | undefined {
    return this.cases.get(caseId);
  }

  /** The open case, or the agent's failure when it is not open (any more). */
  require(caseId: string): LiveCase {
    const opened = this.cases.get(caseId);
    if (!opened) throw new AgentFailure('unknown-case', 'This case is not open (it may have been cancelled).');
    return opened;
  }

  byAttempt(attemptId: string): LiveCase | undefined {
    for (const candidate of this.cases.values()) if (candidate.attemptId === attemptId) return candidate;
    return undefined;
  }

  close(caseId: string): LiveCase | undefined {
    const closed = this.cases.get(caseId);
    this.cases.delete(caseId);
    return closed;
  }

  all(): LiveCase[] {
    return [...this.cases.values()];
  }

  /** Cases whose challenge has not ended (or not started): what closing them would cut short. */
  unfinished(): LiveCase[] {
    return this.all().filter((open) => !open.status || !terminalChallengeStatuses.includes(open.status));
  }
}
