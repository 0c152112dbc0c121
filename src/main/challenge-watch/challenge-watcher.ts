import type { ChallengeRecord, ChallengeStatus, LockDetails } from '../../shared/circle/circle-records';
import { isTerminalStatus } from '../../shared/circle/circle-records';
import type { ChallengeUpdate, PinAttempts, StatusSource } from '../../shared/flows/challenge-flow';
import type { CircleGateway } from '../circle/circle-gateway';
import type { UserTokenSession } from '../flows/user-token-session';

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
  userId: string;
  challengeId: string;
  token: UserTokenSession;
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
  inFlight: Promise<void> | null;
  stopped: boolean;
}

const statusRank: Record<ChallengeStatus, number> = { PENDING: 0, IN_PROGRESS: 1, COMPLETE: 2, FAILED: 2, EXPIRED: 2 };

/**
 * Follows challenges until they end: polls GET /user/challenges/{id} with backoff (one request in flight per case)
 * and accepts verified notifications. Whichever source reports a status first wins; repeats and stale (backwards)
 * statuses are dropped, and nothing is published after a terminal status.
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
      inFlight: null,
      stopped: false,
    };
    this.watches.set(target.caseId, watch);
    if (initial) this.apply(watch, initial, 'start', null);
    this.schedule(watch);
  }

  /** Poll right away (e.g. the SDK just reported an outcome); resolves with the latest update, if any. */
  async pollNow(caseId: string): Promise<ChallengeUpdate | null> {
    const watch = this.watches.get(caseId);
    if (!watch || watch.stopped) return null;
    // A poll already in flight may have read the status before what prompted this call: let it land, then read again.
    if (watch.inFlight) await watch.inFlight;
    if (!watch.stopped) await this.poll(watch);
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
      void this.poll(watch).finally(() => {
        watch.delayMs = Math.min(watch.delayMs * this.intervals.factor, this.intervals.maxMs);
        this.schedule(watch);
      });
    }, watch.delayMs);
  }

  private poll(watch: Watch): Promise<void> {
    if (watch.inFlight) return watch.inFlight;
    const { target } = watch;
    watch.inFlight = (async () => {
      try {
        const challenge = await target.token.withToken((grant) =>
          this.options.gateway.getChallenge(grant.userToken, target.challengeId),
        );
        // While the customer types, wrong entries show only in the user's pinDetails, not in the challenge.
        const pin =
          challenge.status === 'IN_PROGRESS' || challenge.status === 'FAILED'
            ? (await this.options.gateway.getUser(target.userId)).pinDetails
            : watch.pin;
        if (!watch.stopped) this.apply(watch, challenge, 'poll', pin);
      } catch (error) {
        this.options.onPollError?.(target.caseId, error);
      } finally {
        watch.inFlight = null;
      }
    })();
    return watch.inFlight;
  }

  private apply(watch: Watch, challenge: ChallengeRecord, source: StatusSource, pin: LockDetails | null): boolean {
    const previous = watch.status;
    if (previous && (isTerminalStatus(previous) || statusRank[challenge.status] < statusRank[previous])) return false;
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
