// Which of a user's challenges this console started, as its case log remembers them: so "started here" stays true
// after the console restarts, and a challenge whose case was cancelled or left reads as such. Read-only use of the
// case log: its index for the user's recent cases, then each of those cases' own timeline.
import type {
  CaseEntry,
  CaseFilter,
  CaseList,
  CaseOutcome,
  CasePage,
  CaseSummary,
} from '../../shared/case-log/case-record';
import type { EnvironmentId } from '../../shared/environment/environments';

/** The two reads this needs from the case log (CaseLogStore has both). */
export interface CaseLogReader {
  list(filter: CaseFilter, page?: CasePage): Promise<CaseList>;
  timeline(caseId: string): Promise<{ records: CaseEntry[] } | null>;
}

/** A challenge the console created in one of its own cases (a reset or a recovery). */
export interface LoggedChallenge {
  caseId: string;
  /** ISO: when the console created it. */
  startedAt: string;
  /** How and when its case ended; null while the log says the case is open (or it was never closed: a crash). */
  ended: { at: string; outcome: CaseOutcome['kind'] } | null;
}

/** Only cases recent enough for their challenge to be still open, and a bounded number of them. */
export const startedHereLookback = { hours: 24, cases: 30 } as const;

/** The console's own flows create challenges; a followed or executed case only watches one made elsewhere. */
const ownFlows: readonly CaseSummary['flow'][] = ['reset', 'recovery'];

export async function challengesStartedHere(
  reader: CaseLogReader,
  environment: EnvironmentId,
  userId: string,
  now: Date,
): Promise<Map<string, LoggedChallenge>> {
  const from = new Date(now.getTime() - startedHereLookback.hours * 3600_000).toISOString();
  const { cases } = await reader.list({ userId, environment, from }, { limit: startedHereLookback.cases });
  const logged = new Map<string, LoggedChallenge>();
  const own = cases.filter((summary) => ownFlows.includes(summary.flow));
  const timelines = await Promise.all(own.map((summary) => reader.timeline(summary.caseId).catch(() => null)));
  own.forEach((summary, index) => {
    for (const entry of timelines[index]?.records ?? []) {
      if (entry.type !== 'challenge-created') continue;
      logged.set(entry.challengeId, {
        caseId: summary.caseId,
        startedAt: entry.at,
        ended: summary.outcome && summary.endedAt ? { at: summary.endedAt, outcome: summary.outcome.kind } : null,
      });
    }
  });
  return logged;
}
