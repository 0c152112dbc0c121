import type { AppLook } from '../../shared/app-look/app-look';
import type { CaseOutcome } from '../../shared/case-log/case-record';
import { isKnownChallengeStatus } from '../../shared/circle/circle-records';
import type { ChallengeSession, ChallengeUpdate } from '../../shared/flows/challenge-flow';
import type { CaseRecorder } from '../case-log/case-recorder';
import { ChallengeWatcher, type WatchIntervals } from '../challenge-watch/challenge-watcher';
import { startNotificationReceiver } from '../challenge-watch/notification-receiver';
import type { Publish } from '../events/publish';
import { ExecutedChallenges } from '../flows/execute-challenge';
import { type FollowDeps, followChallenge } from '../flows/follow-challenge';
import { ResetAndRecoveryFlows } from '../flows/reset-and-recovery';
import { LiveCaseRegistry } from '../live-cases/live-case-registry';
import { challengeOrigin } from '../lookup/challenge-origin';
import { type CaseLogReader, challengesStartedHere } from '../lookup/challenges-started-here';
import { lookUpCustomer } from '../lookup/look-up-customer';
import type { IssuedSecrets } from '../secrets/issued-secrets';
import type { ConsoleEnvironment } from './console-environment';

export interface EnvironmentServicesOptions {
  publish: Publish;
  recorder: CaseRecorder;
  log: { warn(message: string): void };
  /** Where pasted tokens and keys are remembered, so every log and export masks them. */
  secrets: IssuedSecrets;
  /** The case log, read to tell which open challenges this console started (in any run). */
  caseLog?: CaseLogReader;
  watchIntervals?: WatchIntervals;
  /** The environment's app look (Settings → Security questions, Circle's window), read as each session is made. */
  look?: () => AppLook;
}

/** Everything that works against one environment: its cases, its watcher, its flows. Replaced on a switch. */
export interface EnvironmentServices {
  environment: ConsoleEnvironment;
  liveCases: LiveCaseRegistry;
  flows: ResetAndRecoveryFlows;
  /** Challenges made elsewhere, run with a pasted token (Circle's guide, step 4). */
  executed: ExecutedChallenges;
  /** Reopens a case's challenge: the console's own flows renew their token, an executed case cannot. */
  resume(input: { caseId: string }): Promise<ChallengeSession>;
  lookUp(userId: string): ReturnType<typeof lookUpCustomer>;
  follow(input: { userId: string; challengeId: string }): ReturnType<typeof followChallenge>;
  /** After an emulator reset (which drops every subscription and challenge). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startEnvironmentServices(
  environment: ConsoleEnvironment,
  options: EnvironmentServicesOptions,
): Promise<EnvironmentServices> {
  const now = () => new Date();
  const liveCases = new LiveCaseRegistry();
  const watcher = new ChallengeWatcher({
    gateway: environment.gateway,
    now,
    ...(options.watchIntervals ? { intervals: options.watchIntervals } : {}),
    publish: (update) => {
      const watched = liveCases.get(update.caseId);
      if (watched) watched.status = update.status;
      if (!isKnownChallengeStatus(update.status)) {
        options.log.warn(
          `watcher: challenge ${update.challengeId} reports status ${JSON.stringify(update.status)}, which PIN Desk does not know; it is shown as it came and polling goes on`,
        );
      }
      options.recorder.record(update.caseId, {
        type: 'status-changed',
        status: update.status,
        source: update.source,
        ...(update.errorCode !== null ? { errorCode: update.errorCode } : {}),
        // Wrong PINs show only in pinDetails: the log keeps them even when Circle's window never reported one.
        ...(update.pinAttempts?.failedAttempts ? { pinFailedAttempts: update.pinAttempts.failedAttempts } : {}),
      });
      const outcome = terminalOutcome(update);
      if (outcome) options.recorder.closed(update.caseId, outcome);
      options.publish('challenge:updated', update);
    },
    onPollError: (caseId, error) => options.log.warn(`watcher: poll for case ${caseId} failed: ${String(error)}`),
  });
  const flows = new ResetAndRecoveryFlows({
    gateway: environment.gateway,
    appId: environment.appId,
    liveCases,
    watcher,
    now,
    requiresRetypedUserId: environment.id === 'circle-mainnet',
    environmentId: environment.id,
    recorder: options.recorder,
    ...(options.look ? { look: options.look } : {}),
  });
  const executed = new ExecutedChallenges({
    gateway: environment.gateway,
    appId: environment.appId,
    liveCases,
    watcher,
    now,
    environmentId: environment.id,
    recorder: options.recorder,
    ...(options.look ? { look: options.look } : {}),
    secrets: options.secrets,
    publishTokenRefused: (refused) => options.publish('liveCase:tokenRefused', refused),
  });
  const followDeps: FollowDeps = {
    gateway: environment.gateway,
    liveCases,
    watcher,
    now,
    environmentId: environment.id,
    recorder: options.recorder,
  };

  // Emulators can reach the desktop, so their signed notifications race the polls; Circle environments poll only.
  const receiver = environment.notifications
    ? await startNotificationReceiver({
        gateway: environment.gateway,
        onChallenge: (challenge) => watcher.notify(challenge),
        log: options.log,
      })
    : null;
  let subscriptionId: string | null = null;
  const subscribe = async () => {
    if (!receiver) return;
    subscriptionId = await environment.gateway
      .subscribeNotifications(receiver.endpoint)
      .then((created) => created.subscriptionId)
      .catch((error: unknown) => {
        options.log.warn(
          `notifications: could not subscribe ${receiver.endpoint} (${String(error)}); following challenges by polling only`,
        );
        return null;
      });
  };
  await subscribe();

  /** The lookup, each open challenge labelled from this run's memory and the case log (written up to now first). */
  const lookUp = async (userId: string) => {
    await options.recorder.flush();
    const logged = options.caseLog
      ? await challengesStartedHere(options.caseLog, environment.id, userId, now()).catch((error: unknown) => {
          options.log.warn(`lookup: the case log could not be read for ${userId}: ${String(error)}`);
          return new Map();
        })
      : new Map();
    const followedHere = new Set(
      liveCases.unfinished().flatMap((open) => (open.challengeId ? [open.challengeId] : [])),
    );
    const facts = { knownSince: liveCases.knownSince.bind(liveCases), followedHere, logged };
    return lookUpCustomer(environment.gateway, userId, now(), (challengeId, at) =>
      challengeOrigin(challengeId, at, facts),
    );
  };

  // A switch, an emulator reset or quitting ends every open case as the agent's Cancel would, log included.
  const closeCases = () => {
    for (const open of liveCases.all()) flows.cancel({ caseId: open.caseId });
    watcher.stopAll();
  };
  return {
    environment,
    liveCases,
    flows,
    executed,
    resume: (input) =>
      liveCases.get(input.caseId)?.flow === 'executed' ? executed.resume(input) : flows.resume(input),
    lookUp: (userId) => lookUp(userId),
    follow: (input) => followChallenge(followDeps, input),
    restart: async () => {
      closeCases();
      await subscribe();
    },
    close: async () => {
      closeCases();
      if (subscriptionId) await environment.gateway.unsubscribeNotifications(subscriptionId).catch(() => {});
      await receiver?.close().catch(() => {});
      await environment.close();
    },
  };
}

/** How a challenge's end closes its case in the log. */
function terminalOutcome(update: ChallengeUpdate): CaseOutcome | null {
  switch (update.status) {
    case 'COMPLETE':
      return { kind: 'COMPLETE' };
    case 'FAILED':
      return { kind: 'FAILED', code: update.errorCode };
    case 'EXPIRED':
      return { kind: 'EXPIRED' };
    default:
      return null;
  }
}
