import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseList, CaseView } from '../../shared/case-log/case-record';
import type { IpcError } from '../../shared/contract/ipc-result';
import { ipcErrorOf } from '../bridge/ipc-error-of';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';
import { type CaseFilters, listRequest, noFilters } from './case-list-request';

/** Cases per page of the list; main answers at most `maxCasePage` at once. */
const casePageSize = 100;
const maxCasePage = 500;
/** Typing in the search box asks main once the agent pauses, not on every key. */
const searchPauseMs = 150;

/** The Cases view's data: the filtered list, the opened case, and what the last action said. */
export function useCaseLog() {
  const [filters, setFilters] = useState<CaseFilters>(noFilters);
  const [list, setList] = useState<CaseList | null>(null);
  const [opened, setOpened] = useState<CaseView | null>(null);
  const [problem, setProblem] = useState<IpcError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const bridge = pinDeskBridge();
  // Answers can arrive out of order while the agent types: only the latest request's answer is shown.
  const latest = useRef(0);

  /** The first `size` cases for these filters (a refresh asks for as many as are on screen). */
  const load = useCallback((current: CaseFilters, size = casePageSize) => {
    const request = ++latest.current;
    unwrap(pinDeskBridge().caseLog.list({ ...listRequest(current), limit: size })).then(
      (next) => {
        if (request !== latest.current) return;
        setList(next);
        setProblem(null);
      },
      (error: unknown) => setProblem(ipcErrorOf(error)),
    );
  }, []);

  const searchChanged = useRef(false);
  useEffect(() => {
    if (!searchChanged.current) return load(filters);
    searchChanged.current = false;
    const timer = window.setTimeout(() => load(filters), searchPauseMs);
    return () => window.clearTimeout(timer);
  }, [filters, load]);

  // A case on screen follows its challenge: each status main reports is already in the log when it arrives.
  const shown = useRef({ filters, openedId: opened?.summary.caseId ?? null, count: list?.cases.length ?? 0 });
  shown.current = { filters, openedId: opened?.summary.caseId ?? null, count: list?.cases.length ?? 0 };
  const refreshOpened = useCallback((caseId: string) => {
    unwrap(pinDeskBridge().caseLog.open({ caseId })).then(
      (view) => setOpened((current) => (current?.summary.caseId === view.summary.caseId ? view : current)),
      (error: unknown) => setProblem(ipcErrorOf(error)),
    );
  }, []);
  const refreshList = useCallback(
    () => load(shown.current.filters, Math.min(maxCasePage, Math.max(casePageSize, shown.current.count))),
    [load],
  );
  useEffect(
    () =>
      pinDeskBridge().challenge.onUpdated((update) => {
        refreshList();
        if (shown.current.openedId === update.caseId) refreshOpened(update.caseId);
      }),
    [refreshList, refreshOpened],
  );

  const act = async (work: () => Promise<string | null>) => {
    setNotice(null);
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
    /** Changes some filters; a change of the search waits for a pause in typing before it asks main. */
    filter: (change: Partial<CaseFilters>) => {
      searchChanged.current = Object.keys(change).every((key) => key === 'search');
      setFilters((current) => ({ ...current, ...change }));
    },
    clearFilters: () => setFilters(noFilters),
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
    close: () => {
      setOpened(null);
      setNotice(null);
    },
    /** After the ticket or note was saved: the list shows the new ticket, the timeline the change. */
    detailsSaved: (caseId: string) => {
      refreshList();
      refreshOpened(caseId);
    },
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
  };
}

export type CaseLogModel = ReturnType<typeof useCaseLog>;
