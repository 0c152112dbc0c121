import type { ChallengeRecord, ChallengeStatus, LockDetails } from '../../shared/circle/circle-records';
import { challengeStatusRank, isTerminalStatus } from '../../shared/circle/circle-records';
import type { ChallengeUpdate, PinAttempts, StatusSource } from '../../shared/flows/challenge-flow';
import type { CircleGateway } from '../circle/circle-gateway';
import type { CaseToken } from '../flows/user-token-session';

/** Circle locks a PIN (or security answers) on the fourth wrong entry. */
export const wrongEntriesThatLock = 4;

export interface WatchIntervals {
  firstMs: number;
  maxMs: number;
  factor: number;
}

/** About 1 s rising to 5 s: quick while the customer is typing, gentle on Circle's rates when they pause. */
export const defaultWatchIntervals: WatchIntervals = { firstMs: 1000, maxMs: 5000, factor: 1.5 };

export interface WatchedChallenge {
  caseId: string;
  /** Whose pinDetails show wrong entries; null when the console knows no user (an executed token naming nobody). */
  userId: string | null;
  challengeId: string;
  token: CaseToken;
  /** The case's own gateway (whose calls go in its log); the watcher's when absent. */
  gateway?: CircleGateway;
}

export interface ChallengeWatcherOptions {
  gateway: CircleGateway;
  publish: (update: ChallengeUpdate) => void;
  now: () => Date;
  intervals?: WatchIntervals;
  onPollError?: (caseId: string, error: unknown) => void;
}

interface Watch {
  target: WatchedChallenge;
  status: ChallengeStatus | null;
  pin: LockDetails | null;
  /** The last update published, kept on the watch so it goes away with it. */
  latest: ChallengeUpdate | null;
  delayMs: number;
  timer: NodeJS.Timeout | null;
  /** A read made at once (pollNow), and the one queued behind it for prompts that came while it was out. */
  prompted: Promise<void> | null;
  followUp: Promise<void> | null;
  /** Reads are numbered as they leave; one that lands after a newer one has is stale and dropped. */
  readsSent: number;
  newestLanded: number;
  stopped: boolean;
}

/**
 * Follows challenges until they end: polls GET /user/challenges/{id} with backoff (one read out per case, two while
 * a prompted read overlaps a scheduled one) and accepts verified notifications. Whichever source reports a status first wins; repeats and stale (backwards)
 * statuses are dropped, and nothing is published after a terminal status. A status it does not know is published
 * as it came and polling goes on, as for any status that has not ended.
 */
export class ChallengeWatcher {
  private readonly watches = new Map<string, Watch>();
  private readonly intervals: WatchIntervals;

  constructor(private readonly options: ChallengeWatcherOptions) {
    this.intervals = options.intervals ?? defaultWatchIntervals;
  }

  watch(target: WatchedChallenge, initial?: ChallengeRecord): void {
    this.stop(target.caseId);
    const watch: Watch = {
      target,
      status: null,
      pin: null,
      latest: null,
      delayMs: this.intervals.firstMs,
      timer: null,
      prompted: null,
      followUp: null,
      readsSent: 0,
      newestLanded: 0,
      stopped: false,
    };
    this.watches.set(target.caseId, watch);
    if (initial) this.apply(watch, initial, 'start', null);
    this.schedule(watch);
  }

  /**
   * Reads right away (the SDK just reported an outcome): one round trip, even while a scheduled poll is out, since
   * that one may have read the status before what prompted this. Resolves with the latest update, if any.
   */
  async pollNow(caseId: string): Promise<ChallengeUpdate | null> {
    const watch = this.watches.get(caseId);
    if (!watch || watch.stopped) return null;
    await this.promptedRead(watch);
    return watch.latest;
  }

  /** A verified notification about a challenge. Returns whether it changed anything. */
  notify(challenge: ChallengeRecord): boolean {
    for (const watch of this.watches.values()) {
      if (watch.target.challengeId === challenge.id && !watch.stopped) {
        return this.apply(watch, challenge, 'notification', watch.pin);
      }
    }
    return false;
  }

  stop(caseId: string): void {
    const watch = this.watches.get(caseId);
    if (!watch) return;
    watch.stopped = true;
    if (watch.timer) clearTimeout(watch.timer);
    this.watches.delete(caseId);
  }

  stopAll(): void {
    for (const caseId of [...this.watches.keys()]) this.stop(caseId);
  }

  isWatching(caseId: string): boolean {
    return this.watches.has(caseId);
  }

  private schedule(watch: Watch): void {
    if (watch.stopped) return;
    watch.timer = setTimeout(() => {
      watch.timer = null;
      // A prompted read out now is as fresh as this one would be.
      void (watch.prompted ?? this.read(watch)).finally(() => {
        watch.delayMs = Math.min(watch.delayMs * this.intervals.factor, this.intervals.maxMs);
        this.schedule(watch);
      });
    }, watch.delayMs);
  }

  /** At most one prompted read out at a time; prompts meanwhile share one more read, sent when it lands. */
  private promptedRead(watch: Watch): Promise<void> {
    if (!watch.prompted) {
      watch.prompted = this.read(watch).finally(() => {
        watch.prompted = null;
      });
      return watch.prompted;
    }
    watch.followUp ??= watch.prompted.then(() => {
      watch.followUp = null;
      return watch.stopped ? undefined : this.promptedRead(watch);
    });
    return watch.followUp;
  }

  private async read(watch: Watch): Promise<void> {
    const { target } = watch;
    const gateway = target.gateway ?? this.options.gateway;
    const order = ++watch.readsSent;
    try {
      const challenge = await target.token.withToken((grant) =>
        gateway.getChallenge(grant.userToken, target.challengeId),
      );
      // Wrong entries show only in the user's pinDetails, never in the challenge, and Circle's challenge may stay
      // PENDING while the customer types: read them while it is open, whatever its status, and once when it fails.
      // A read sent after this one (a prompt) answers instead: this one asks nothing more and is dropped.
      if (watch.stopped || order < watch.readsSent) return;
      const { userId } = target;
      const readPin = userId !== null && (!isTerminalStatus(challenge.status) || challenge.status === 'FAILED');
      const pin = readPin ? (await gateway.getUser(userId)).pinDetails : watch.pin;
      if (watch.stopped || order < watch.newestLanded) return;
      watch.newestLanded = order;
      this.apply(watch, challenge, 'poll', pin);
    } catch (error) {
      this.options.onPollError?.(target.caseId, error);
    }
  }

  private apply(watch: Watch, challenge: ChallengeRecord, source: StatusSource, pin: LockDetails | null): boolean {
    const previous = watch.status;
    if (
      previous &&
      (isTerminalStatus(previous) || challengeStatusRank(challenge.status) < challengeStatusRank(previous))
    ) {
      return false;
    }
    const pinChanged =
      pin !== null &&
      (pin.failedAttempts !== watch.pin?.failedAttempts || pin.lockedExpiryDate !== watch.pin?.lockedExpiryDate);
    if (previous === challenge.status && !pinChanged) return false;
    watch.status = challenge.status;
    if (pin !== null) watch.pin = pin;
    const update: ChallengeUpdate = {
      caseId: watch.target.caseId,
      challengeId: challenge.id,
      status: challenge.status,
      errorCode: challenge.errorCode,
      errorMessage: challenge.errorMessage,
      source,
      at: this.options.now().toISOString(),
      pinAttempts: watch.pin === null ? null : pinAttempts(watch.pin),
    };
    watch.latest = update;
    this.options.publish(update);
    if (isTerminalStatus(challenge.status)) this.stop(watch.target.caseId);
    return true;
  }
}

function pinAttempts(pin: LockDetails): PinAttempts {
  return {
    failedAttempts: pin.failedAttempts,
    attemptsLeft: Math.max(0, wrongEntriesThatLock - pin.failedAttempts),
    lockedExpiryDate: pin.lockedExpiryDate,
  };
}
