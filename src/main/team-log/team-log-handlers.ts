// The team case log's channels (main-services.ts puts them in the one map ipc/ registers).
import type { HandlersOf } from '../../shared/contract/handlers-of';
import type { EnvironmentId } from '../../shared/environment/environments';
import type { TeamLogService } from './team-log-service';

export function teamLogHandlers(
  teamLog: TeamLogService,
  activeEnvironment: () => EnvironmentId,
): HandlersOf<
  'teamLog:get' | 'teamLog:save' | 'teamLog:test' | 'teamLog:status' | 'teamLog:list' | 'teamLog:openElsewhere'
> {
  return {
    'teamLog:get': () => teamLog.view(),
    'teamLog:save': (input) => teamLog.save(input),
    'teamLog:test': (input) => teamLog.test(input),
    'teamLog:status': () => teamLog.status(),
    'teamLog:list': ({ limit, after, ...filter }) => teamLog.list(filter, { limit: limit ?? 100, after }),
    'teamLog:openElsewhere': (input) => teamLog.openElsewhere(input.userId, activeEnvironment()),
  };
}
