// A start-to-done duration in words that fit its size: "45 s", "3.5 min", "1 h 10 min". Minutes alone read
// "0.0 min" for a reset that took seconds, and "125.0 min" for one that took two hours.

/** Null (no case done) reads as a dash. */
export function durationInWords(ms: number | null): string {
  if (ms === null) return '—';
  if (!Number.isFinite(ms) || ms < 0) {
    throw new RangeError(`A duration is a whole number of milliseconds from 0 up, not ${ms}`);
  }
  // Each unit is rounded first, so 59.6 s reads "1 min" and 59.97 min reads "1 h", never "60 s" or "60.0 min".
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const tenthsOfMinute = Math.round(ms / 6000);
  if (tenthsOfMinute < 600) return `${formatTenths(tenthsOfMinute)} min`;
  const minutes = Math.round(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** 35 → "3.5", 30 → "3": no ".0" to read past. */
function formatTenths(tenths: number): string {
  return tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
}
