/**
 * At most `limit` calls arrive at Circle in any `intervalMs`, however late they land. Circle counts a call when it
 * arrives, and a call arrives somewhere between its start and its end — so a window counted from starts (as a
 * throttle does) lets a burst whose first calls landed late meet the limit (seen on a loaded machine: the 11th token
 * call of a burst in the same second as the first ten). Here each call holds one of `limit` slots from its start until
 * `intervalMs` after its end: two calls on one slot arrive at least `intervalMs` apart, so no `limit + 1` can arrive
 * within one interval.
 */
export interface ArrivalWindow {
  run<T>(call: () => Promise<T>): Promise<T>;
}

export function arrivalWindow(limit: number, intervalMs: number): ArrivalWindow {
  let free = limit;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free += 1;
  };
  const take = () =>
    new Promise<void>((resolve) => {
      if (free > 0) {
        free -= 1;
        resolve();
      } else waiting.push(resolve);
    });
  return {
    run: async (call) => {
      await take();
      try {
        return await call();
      } finally {
        setTimeout(release, intervalMs);
      }
    },
  };
}
