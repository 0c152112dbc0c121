// Every expiry in the emulator (user tokens, lockouts, challenges) reads this clock, never Date.now(), so tests and
// developers can move time forward without waiting.

export interface ClockState {
  /** Milliseconds added to the wall clock. */
  offsetMs: number;
  /** When set, time stands still at this instant (plus later advances) instead of following the wall clock. */
  frozenAtMs: number | null;
}

export interface VirtualClock {
  now(): Date;
  nowMs(): number;
  advance(seconds: number): Date;
  state(): ClockState;
  restore(state: ClockState): void;
}

export function createVirtualClock(initial?: Partial<ClockState>, wallClock: () => number = Date.now): VirtualClock {
  let current: ClockState = { offsetMs: initial?.offsetMs ?? 0, frozenAtMs: initial?.frozenAtMs ?? null };
  const nowMs = () => (current.frozenAtMs ?? wallClock()) + current.offsetMs;
  return {
    nowMs,
    now: () => new Date(nowMs()),
    advance(seconds) {
      if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError('The clock only moves forward');
      current = { ...current, offsetMs: current.offsetMs + seconds * 1000 };
      return new Date(nowMs());
    },
    state: () => ({ ...current }),
    restore(state) {
      current = { ...state };
    },
  };
}
