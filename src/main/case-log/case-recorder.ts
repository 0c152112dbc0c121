import type { CaseEntry, CaseOutcome } from '../../shared/case-log/case-record';
import type { EnvironmentId } from '../../shared/environment/environments';
import type { FlowKind } from '../../shared/flows/challenge-flow';
import type { CaseLogStore } from './case-log-store';

type EntryWithoutTime = CaseEntry extends infer Entry
  ? Entry extends { at: string }
    ? Omit<Entry, 'at'>
    : never
  : never;

/**
 * What the flows tell the case log. Writes are queued per case file by the store (so they land in order) and never
 * hold up the customer: a failed write is logged, not thrown into a flow.
 */
export interface CaseRecorder {
  opened(caseId: string, fields: { environment: EnvironmentId; userId: string | null; flow: FlowKind }): void;
  record(caseId: string, entry: EntryWithoutTime): void;
  closed(caseId: string, outcome: CaseOutcome): void;
  /** Waits for every queued write (before quitting, so nothing recorded is lost). */
  flush(): Promise<void>;
}

export function createCaseRecorder(
  store: CaseLogStore,
  options: { agentName: () => string; now: () => Date; log: { warn(message: string): void } },
): CaseRecorder {
  const opened = new Map<string, Promise<unknown>>();
  const report = (caseId: string) => (error: unknown) =>
    options.log.warn(
      `case log: could not write case ${caseId}: ${error instanceof Error ? error.message : String(error)}`,
    );
  const after = (caseId: string, write: () => Promise<unknown>) => {
    const previous = opened.get(caseId) ?? Promise.resolve();
    const next = previous.then(write).catch(report(caseId));
    opened.set(caseId, next);
  };
  return {
    opened: (caseId, fields) =>
      after(caseId, () =>
        store.openCase({
          caseId,
          ...fields,
          agentName: options.agentName(),
          ticketRef: null,
          note: null,
          startedAt: options.now().toISOString(),
        }),
      ),
    record: (caseId, entry) =>
      after(caseId, () => store.append(caseId, { ...entry, at: options.now().toISOString() } as CaseEntry)),
    closed: (caseId, outcome) => {
      after(caseId, () => store.closeCase(caseId, outcome, options.now().toISOString()));
      const last = opened.get(caseId);
      void last?.finally(() => {
        if (opened.get(caseId) === last) opened.delete(caseId);
      });
    },
    flush: async () => {
      await Promise.all([...opened.values()]);
    },
  };
}

/** A recorder that writes nothing (tests of flows that are not about the log). */
export const silentRecorder: CaseRecorder = {
  opened: () => {},
  record: () => {},
  closed: () => {},
  flush: async () => {},
};
