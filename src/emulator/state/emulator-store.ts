// Holds the state's records in insertion-ordered maps with the indexes the API needs (challenges and wallets per user,
// idempotency keys per user, challenges that can still expire) and tells listeners about changes.
import { isDueToExpire, isTerminal } from '../rules/challenge-lifecycle';
import type {
  ChallengeRecord,
  EmulatorSnapshot,
  EntityRecord,
  SubscriptionRecord,
  UserRecord,
  WalletRecord,
} from './emulator-state';
import { snapshotFormat } from './emulator-state';
import { ExpiryQueue } from './expiry-queue';

export type ChallengeListener = (challenge: ChallengeRecord) => void;

const idempotencyIndexKey = (userId: string, idempotencyKey: string) =>
  `${userId}\u0000${idempotencyKey.toLowerCase()}`;

export class EmulatorStore {
  entity: EntityRecord;
  readonly users = new Map<string, UserRecord>();
  readonly challenges = new Map<string, ChallengeRecord>();
  readonly subscriptions = new Map<string, SubscriptionRecord>();
  readonly wallets = new Map<string, WalletRecord>();
  private readonly walletsByUser = new Map<string, string[]>();
  private readonly challengesByUser = new Map<string, string[]>();
  private readonly idempotency = new Map<string, string>();
  /** Challenges that can still expire, each with the order it was indexed in: the order the sweep expires them. */
  private readonly open = new Map<string, number>();
  private readonly expiries = new ExpiryQueue();
  private indexedCount = 0;
  private readonly challengeListeners: ChallengeListener[] = [];
  private readonly changeListeners: Array<() => void> = [];

  constructor(entity: EntityRecord) {
    this.entity = entity;
  }

  onChallengeStatus(listener: ChallengeListener): void {
    this.challengeListeners.push(listener);
  }

  onChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  changed(): void {
    for (const listener of this.changeListeners) listener();
  }

  putUser(user: UserRecord): void {
    this.users.set(user.id, user);
    this.changed();
  }

  addChallenge(challenge: ChallengeRecord): void {
    // Creation is not a status change: notifications start when the hosted UI moves the challenge.
    this.indexChallenge(challenge);
    this.changed();
  }

  challengeByIdempotencyKey(userId: string, idempotencyKey: string): ChallengeRecord | undefined {
    const id = this.idempotency.get(idempotencyIndexKey(userId, idempotencyKey));
    return id === undefined ? undefined : this.challenges.get(id);
  }

  challengesOf(userId: string, nowMs: number): ChallengeRecord[] {
    const ids = this.challengesByUser.get(userId) ?? [];
    return ids.flatMap((id) => this.settledChallenge(id, nowMs) ?? []);
  }

  /** Replaces a challenge; listeners hear about it when its status changed. */
  updateChallenge(next: ChallengeRecord): void {
    const previous = this.challenges.get(next.id);
    this.challenges.set(next.id, next);
    if (isTerminal(next.status)) this.open.delete(next.id);
    // Queued again as it now stands; entries that no longer apply are skipped when they come up.
    else if (this.open.has(next.id)) this.expiries.push(Date.parse(next.expiresAt), next.id);
    this.changed();
    if (previous?.status !== next.status) this.emit(next);
  }

  /** The challenge as it stands at `now`: moved to EXPIRED first when its time has passed. */
  settledChallenge(id: string, nowMs: number): ChallengeRecord | undefined {
    const challenge = this.challenges.get(id);
    if (!challenge || !isDueToExpire(challenge, nowMs)) return challenge;
    const expired: ChallengeRecord = { ...challenge, status: 'EXPIRED', updateDate: new Date(nowMs).toISOString() };
    this.updateChallenge(expired);
    return expired;
  }

  /** Moves every open challenge whose time has passed to EXPIRED (run on a timer and when the clock moves). */
  expireDue(nowMs: number): void {
    const due = new Set<string>();
    for (const id of this.expiries.takeDue(nowMs)) {
      const challenge = this.challenges.get(id);
      if (challenge && this.open.has(id) && isDueToExpire(challenge, nowMs)) due.add(id);
    }
    const inIndexOrder = [...due].sort((a, b) => (this.open.get(a) ?? 0) - (this.open.get(b) ?? 0));
    for (const id of inIndexOrder) this.settledChallenge(id, nowMs);
  }

  addWallets(wallets: readonly WalletRecord[]): void {
    for (const wallet of wallets) this.indexWallet(wallet);
    this.changed();
  }

  /** A user's wallets, oldest first. */
  walletsOf(userId: string): WalletRecord[] {
    return (this.walletsByUser.get(userId) ?? []).flatMap((id) => this.wallets.get(id) ?? []);
  }

  putSubscription(subscription: SubscriptionRecord): void {
    this.subscriptions.set(subscription.id, subscription);
    this.changed();
  }

  deleteSubscription(id: string): boolean {
    const deleted = this.subscriptions.delete(id);
    if (deleted) this.changed();
    return deleted;
  }

  snapshot(clock: EmulatorSnapshot['clock']): EmulatorSnapshot {
    return structuredClone({
      format: snapshotFormat,
      version: 1,
      entity: this.entity,
      clock,
      users: [...this.users.values()],
      challenges: [...this.challenges.values()],
      subscriptions: [...this.subscriptions.values()],
      wallets: [...this.wallets.values()],
    });
  }

  /** Replaces everything with a snapshot (already validated by the caller). */
  load(snapshot: EmulatorSnapshot): void {
    const copy = structuredClone(snapshot);
    this.entity = copy.entity;
    this.users.clear();
    this.challenges.clear();
    this.subscriptions.clear();
    this.wallets.clear();
    this.walletsByUser.clear();
    this.challengesByUser.clear();
    this.idempotency.clear();
    this.open.clear();
    this.expiries.clear();
    for (const user of copy.users) this.users.set(user.id, user);
    for (const challenge of copy.challenges) this.indexChallenge(challenge);
    for (const subscription of copy.subscriptions) this.subscriptions.set(subscription.id, subscription);
    for (const wallet of copy.wallets) this.indexWallet(wallet);
    this.changed();
  }

  private indexWallet(wallet: WalletRecord): void {
    this.wallets.set(wallet.id, wallet);
    const ids = this.walletsByUser.get(wallet.userId);
    if (ids) ids.push(wallet.id);
    else this.walletsByUser.set(wallet.userId, [wallet.id]);
  }

  private indexChallenge(challenge: ChallengeRecord): void {
    this.challenges.set(challenge.id, challenge);
    const ids = this.challengesByUser.get(challenge.userId);
    if (ids) ids.push(challenge.id);
    else this.challengesByUser.set(challenge.userId, [challenge.id]);
    this.idempotency.set(idempotencyIndexKey(challenge.userId, challenge.idempotencyKey), challenge.id);
    if (!isTerminal(challenge.status)) {
      if (!this.open.has(challenge.id)) this.open.set(challenge.id, this.indexedCount);
      this.expiries.push(Date.parse(challenge.expiresAt), challenge.id);
    }
    this.indexedCount += 1;
  }

  private emit(challenge: ChallengeRecord): void {
    for (const listener of this.challengeListeners) listener(challenge);
  }
}
