import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseList, CaseOutcomeKind, CaseView } from '../../shared/case-log/case-record';
import type { IpcError } from '../../shared/contract/ipc-result';
import type { EnvironmentId } from '../../shared/environment/environments';
import type { FlowKind } from '../../shared/flows/challenge-flow';
import { ipcErrorOf } from '../bridge/ipc-error-of';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';

export interface CaseFilters {
  userId: string;
  outcome: CaseOutcomeKind | 'open' | '';
  from: string;
  to: string;
  environment: EnvironmentId | '';
  flow: FlowKind | '';
}

export const noFilters: CaseFilters = { userId: '', outcome: '', from: '', to: '', environment: '', flow: '' };

/** Cases per page of the list; main answers at most `maxCasePage` at once. */
const casePageSize = 100;
const maxCasePage = 500;

/** The filters as main's `caseLog:list` takes them (empty ones left out). */
function listRequest(current: CaseFilters) {
  return {
    ...(current.userId.trim() ? { userId: current.userId.trim() } : {}),
    ...(current.outcome ? { outcome: current.outcome } : {}),
    ...(current.from ? { from: current.from } : {}),
    // The whole "to" day counts.
    ...(current.to ? { to: `${current.to}T23:59:59.999Z` } : {}),
    ...(current.environment ? { environment: current.environment } : {}),
    ...(current.flow ? { flow: current.flow } : {}),
  };
}

/** The Cases view's data: the filtered list, the opened case, and what the last action said. */
export function useCaseLog() {
  const [filters, setFilters] = useState<CaseFilters>(noFilters);
  const [list, setList] = useState<CaseList | null>(null);
  const [opened, setOpened] = useState<CaseView | null>(null);
  const [problem, setProblem] = useState<IpcError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const bridge = pinDeskBridge();

  /** The first `size` cases for these filters (a refresh asks for as many as are on screen). */
  const load = useCallback((current: CaseFilters, size = casePageSize) => {
    unwrap(pinDeskBridge().caseLog.list({ ...listRequest(current), limit: size })).then(
      (next) => {
        setList(next);
        setProblem(null);
      },
      (error: unknown) => setProblem(ipcErrorOf(error)),
    );
  }, []);

  useEffect(() => load(filters), [filters, load]);

  // A case on screen follows its challenge: each status main reports is already in the log when it arrives.
  const shown = useRef({ filters, openedId: opened?.summary.caseId ?? null, count: list?.cases.length ?? 0 });
  shown.current = { filters, openedId: opened?.summary.caseId ?? null, count: list?.cases.length ?? 0 };
  useEffect(
    () =>
      pinDeskBridge().challenge.onUpdated((update) => {
        load(shown.current.filters, Math.min(maxCasePage, Math.max(casePageSize, shown.current.count)));
        if (shown.current.openedId !== update.caseId) return;
        unwrap(pinDeskBridge().caseLog.open({ caseId: update.caseId })).then(
          (view) => setOpened((current) => (current?.summary.caseId === view.summary.caseId ? view : current)),
          (error: unknown) => setProblem(ipcErrorOf(error)),
        );
      }),
    [load],
  );

  const act = async (work: () => Promise<string | null>) => {
    try {
      setNotice(await work());
      setProblem(null);
    } catch (error) {
      setProblem(ipcErrorOf(error));
    }
  };

  /** The next page after the cases on screen, added below them. */
  const showMore = () => {
    const after = list?.nextCursor;
    if (!after) return;
    unwrap(bridge.caseLog.list({ ...listRequest(filters), limit: casePageSize, after })).then(
      (next) => setList((current) => (current ? { ...next, cases: [...current.cases, ...next.cases] } : next)),
      (error: unknown) => setProblem(ipcErrorOf(error)),
    );
  };

  return {
    filters,
    setFilters,
    list,
    showMore,
    opened,
    problem,
    notice,
    open: (caseId: string) =>
      act(async () => {
        setOpened(await unwrap(bridge.caseLog.open({ caseId })));
        return null;
      }),
    close: () => setOpened(null),
    exportCase: (caseId: string, format: 'markdown' | 'json') =>
      act(async () => {
        const result = await unwrap(bridge.caseLog.export({ caseId, format }));
        return result.saved ? `Saved to ${result.path}` : 'Export cancelled.';
      }),
    copyMarkdown: (caseId: string) =>
      act(async () => {
        await unwrap(bridge.caseLog.copyMarkdown({ caseId }));
        return 'Copied as Markdown: paste it into the ticket.';
      }),
    saveDetails: (caseId: string, ticketRef: string, note: string) =>
      act(async () => {
        setOpened(
          await unwrap(
            bridge.caseLog.setDetails({ caseId, ticketRef: ticketRef.trim() || null, note: note.trim() ? note : null }),
          ),
        );
        load(filters);
        return 'Details saved.';
      }),
  };
}
