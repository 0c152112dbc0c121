import { useCallback, useEffect, useRef, useState } from 'react';
import type { IpcError } from '../../shared/contract/ipc-result';
import type { TeamCaseList } from '../../shared/team-log/team-log-records';
import { ipcErrorOf } from '../bridge/ipc-error-of';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';
import { type CaseFilters, listRequest } from '../case-log/case-list-request';

const teamPageSize = 100;
/** The team's list is read from the database: ask once the agent pauses typing. */
const searchPauseMs = 250;

/** Cases → Team: the team's cases from PostgreSQL, with the same filters and search as this desk's. */
export function useTeamCases(filters: CaseFilters) {
  const [list, setList] = useState<TeamCaseList | null>(null);
  const [problem, setProblem] = useState<IpcError | null>(null);
  const latest = useRef(0);
  const load = useCallback((current: CaseFilters) => {
    const request = ++latest.current;
    unwrap(pinDeskBridge().teamLog.list({ ...listRequest(current), limit: teamPageSize })).then(
      (next) => {
        if (request !== latest.current) return;
        setList(next);
        setProblem(null);
      },
      (error: unknown) => request === latest.current && setProblem(ipcErrorOf(error)),
    );
  }, []);
  useEffect(() => {
    const timer = window.setTimeout(() => load(filters), searchPauseMs);
    return () => window.clearTimeout(timer);
  }, [filters, load]);
  const showMore = () => {
    const after = list?.nextCursor;
    if (!after) return;
    unwrap(pinDeskBridge().teamLog.list({ ...listRequest(filters), limit: teamPageSize, after })).then(
      (next) => setList((current) => (current ? { ...next, cases: [...current.cases, ...next.cases] } : next)),
      (error: unknown) => setProblem(ipcErrorOf(error)),
    );
  };
  return { list, problem, showMore };
}
