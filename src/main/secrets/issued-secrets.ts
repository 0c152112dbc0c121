import { maskedUntil } from './secret-lifetime';

/**
 * Every user token and encryption key main has been issued in this process, or given (a developer's pasted pair for
 * an executed challenge), for as long as one can still appear. They stay secret after their case closes or the token
 * is renewed (a log line written later may still quote one), so masking knows all of them, not only the open cases'
 * current ones — until a margin past the token's expiry (`secret-lifetime.ts`), when Circle no longer takes it and
 * no call of ours can quote it: then the pair is forgotten, so a long shift's set holds about an hour's tokens, not
 * all of them.
 */
export class IssuedSecrets {
  /** Each secret and when it may be forgotten (ms since the epoch), in the order first remembered. */
  readonly #until = new Map<string, number>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** A user token and the encryption key issued with it: the key lives as long as its token. */
  remember(userToken: string, encryptionKey: string): void {
    const now = this.now();
    this.#forgetExpired(now);
    const until = maskedUntil(userToken, now);
    for (const value of [userToken, encryptionKey]) {
      if (value) this.#until.set(value, Math.max(until, this.#until.get(value) ?? 0));
    }
  }

  /** Every secret that can still appear. */
  all(): string[] {
    this.#forgetExpired(this.now());
    return [...this.#until.keys()];
  }

  #forgetExpired(now: Date): void {
    const time = now.getTime();
    for (const [value, until] of this.#until) if (until <= time) this.#until.delete(value);
  }
}
