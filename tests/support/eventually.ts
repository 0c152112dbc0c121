// Waiting in tests for a positive signal: poll until a condition holds or a deadline passes. The deadline is generous
// because `npm test` runs the unit suite beside the browser suite on 2 cores, where a write main queued may land
// seconds later; a passing test never waits it out, and it stays below Vitest's 20 s per test.
const defaultTimeoutMs = 15_000;
const pollEveryMs = 20;

const pause = () => new Promise((resolve) => setTimeout(resolve, pollEveryMs));

/** Resolves once `condition` holds; throws `timed out waiting for <what>` after `timeoutMs`. */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what = 'condition',
  timeoutMs = defaultTimeoutMs,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await pause();
  }
}

/**
 * Reads until `done` holds for what was read, and answers it; after `timeoutMs` answers the last read as it is, so
 * the test's own assertion says what was there instead.
 */
export async function readUntil<T>(
  read: () => T | Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = defaultTimeoutMs,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await pause();
  }
}
