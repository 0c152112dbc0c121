import type { AppLook } from '../../shared/app-look/app-look';
import type { EnvironmentId } from '../../shared/environment/environments';
import type { CaseRecorder } from '../case-log/case-recorder';
import type { ChallengeWatcher } from '../challenge-watch/challenge-watcher';
import type { CircleGateway } from '../circle/circle-gateway';
import type { LiveCaseRegistry } from '../live-cases/live-case-registry';

/** What every flow that opens a case in an environment works with. */
export interface CaseFlowDeps {
  gateway: CircleGateway;
  /** The environment's App ID (fetched at start, cached): the web SDK runs the challenge with it. */
  appId: () => Promise<string>;
  liveCases: LiveCaseRegistry;
  watcher: ChallengeWatcher;
  now: () => Date;
  environmentId: EnvironmentId;
  recorder: CaseRecorder;
  /** The environment's app look as saved now (Settings), put on every session this environment hands out. */
  look?: () => AppLook;
}
