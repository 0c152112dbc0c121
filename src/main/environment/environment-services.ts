import type { CaseOutcome } from '../../shared/case-log/case-record';
import type { ChallengeUpdate } from '../../shared/flows/challenge-flow';
import type { CaseRecorder } from '../case-log/case-recorder';
import { CaseRegistry } from '../cases/case-registry';
import { ChallengeWatcher, type WatchIntervals } from '../challenge-watch/challenge-watcher';
import { startNotificationReceiver } from '../challenge-watch/notification-receiver';
import { followChallenge, type LookupDeps, lookUpCustomer } from '../flows/customer-lookup';
import { PinChallengeFlow } from '../flows/pin-challenge-flow';
import type { Publish } from '../main-services';
import type { ConsoleEnvironment } from './console-environment';

export interface EnvironmentServicesOptions {
  publish: Publish;
  recorder: CaseRecorder;
  log: { warn(message: string): void };
  watchIntervals?: WatchIntervals;
}

/** Everything that works against one environment: its cases, its watcher, its flows. Replaced on a switch. */
export interface EnvironmentServices {
  environment: ConsoleEnvironment;
  cases: CaseRegistry;
  flows: PinChallengeFlow;
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
  const cases = new CaseRegistry();
  const watcher = new ChallengeWatcher({
    gateway: environment.gateway,
    now,
    ...(options.watchIntervals ? { intervals: options.watchIntervals } : {}),
    publish: (update) => {
      const watched = cases.get(update.caseId);
      if (watched) watched.status = update.status;
      options.recorder.record(update.caseId, {
        type: 'status-changed',
        status: update.status,
        source: update.source,
        ...(update.errorCode !== null ? { errorCode: update.errorCode } : {}),
      });
      const outcome = terminalOutcome(update);
      if (outcome) options.recorder.closed(update.caseId, outcome);
      options.publish('challenge:updated', update);
    },
    onPollError: (caseId, error) => options.log.warn(`watcher: poll for case ${caseId} failed: ${String(error)}`),
  });
  const flows = new PinChallengeFlow({
    gateway: environment.gateway,
    appId: environment.appId,
    cases,
    watcher,
    now,
    requiresRetypedUserId: environment.id === 'circle-mainnet',
    environmentId: environment.id,
    recorder: options.recorder,
  });
  const lookupDeps: LookupDeps = {
    gateway: environment.gateway,
    cases,
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
        options.log.warn(`notifications: could not subscribe (${String(error)}); polling only`);
        return null;
      });
  };
  await subscribe();

  // A switch, an emulator reset or quitting ends every open case as the agent's Cancel would, log included.
  const closeCases = () => {
    for (const open of cases.all()) flows.cancel({ caseId: open.caseId });
    watcher.stopAll();
  };
  return {
    environment,
    cases,
    flows,
    lookUp: (userId) => lookUpCustomer(lookupDeps, userId),
    follow: (input) => followChallenge(lookupDeps, input),
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
