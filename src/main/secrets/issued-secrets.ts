/**
 * Every user token and encryption key main has been issued in this process, or given (a developer's pasted pair for
 * an executed challenge). They stay secret after their case
 * closes or the token is renewed (a log line written later may still quote one), so masking knows all of them, not
 * only the open cases' current ones. Tokens are about 1 KB; a day's work is a few hundred.
 */
export class IssuedSecrets {
  readonly #values = new Set<string>();

  remember(...values: string[]): void {
    for (const value of values) if (value) this.#values.add(value);
  }

  all(): string[] {
    return [...this.#values];
  }
}
