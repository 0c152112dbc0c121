// The case history's channels (main-services.ts puts them in the one map ipc/ registers).
import type { HandlersOf } from '../../shared/contract/handlers-of';
import type { CaseLogService } from './case-log-service';

export function caseLogHandlers(
  caseLog: CaseLogService,
): HandlersOf<'caseLog:list' | 'caseLog:open' | 'caseLog:export' | 'caseLog:copyMarkdown' | 'caseLog:setDetails'> {
  return {
    'caseLog:list': (input) => caseLog.list(input),
    'caseLog:open': (input) => caseLog.open(input.caseId),
    'caseLog:export': (input) => caseLog.export(input.caseId, input.format),
    'caseLog:copyMarkdown': (input) => caseLog.copyMarkdown(input.caseId),
    'caseLog:setDetails': (input) => caseLog.setDetails(input),
  };
}
