// Cases → Overview's channel (main-services.ts puts it in the one map ipc/ registers): the team's log when it is
// on, this desk's own otherwise; the answer says which.
import type { OverviewNumbers, OverviewQuery } from '../../shared/case-overview/overview-records';
import type { CaseLogService } from './case-log-service';

export function caseOverviewHandlers(
  caseLog: Pick<CaseLogService, 'overview'>,
  teamLog: { overview(query: OverviewQuery): Promise<OverviewNumbers | null> },
): { 'caseLog:overview': (query: OverviewQuery) => Promise<OverviewNumbers> } {
  return {
    'caseLog:overview': async (query) => (await teamLog.overview(query)) ?? caseLog.overview(query),
  };
}
