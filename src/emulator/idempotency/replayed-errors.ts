// Circle's API guide: "If the same key is reused, it will be treated as the same request and the original response
// will be returned." Under the `replay-errors` rule the emulator keeps the 4xx a challenge-creating endpoint produced
// for a key, and answers it again to any later request with that key. In memory only: a reset or an import forgets
// them, as it forgets the challenges.
import type { CircleApiError } from '../errors/circle-errors';
import type { ChallengeType } from '../rules/challenge-lifecycle';

export interface ReplayedError {
  /** The kind of request the key was first used for: the same key for another kind is 156020. */
  type: ChallengeType;
  error: CircleApiError;
}

/** Keys are UUIDs, compared case-insensitively (as the challenge index compares them). */
export class ReplayedErrors {
  private readonly byKey = new Map<string, ReplayedError>();

  get(idempotencyKey: string): ReplayedError | undefined {
    return this.byKey.get(idempotencyKey.toLowerCase());
  }

  /** Keeps the first answer only: a replayed request never replaces what it replays. */
  keep(idempotencyKey: string, entry: ReplayedError): void {
    const key = idempotencyKey.toLowerCase();
    if (!this.byKey.has(key)) this.byKey.set(key, entry);
  }

  clear(): void {
    this.byKey.clear();
  }
}
