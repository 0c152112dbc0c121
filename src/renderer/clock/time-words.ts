// Times as the agent reads them: local clock time with a relative form ("09:27, in 4 min"), never a raw ISO string.
// Pure: every function takes the time to compare with.

/** "09:27" in the agent's locale and time zone. */
export function localTime(iso: string): string {
  return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** "in 4 min", "3 min ago", "in 2 h 5 min", "now" (within half a minute). */
export function relativeTime(iso: string, now: Date): string {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  const magnitude = Math.abs(seconds);
  if (magnitude < 30) return 'now';
  const minutes = Math.round(magnitude / 60);
  const hours = Math.floor(minutes / 60);
  const span = minutes < 60 ? `${minutes} min` : `${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
  return seconds > 0 ? `in ${span}` : `${span} ago`;
}

/** "09:27" today; "Dec 5, 00:15" on another day (a lock set at 23:45 ends tomorrow). */
export function clockWords(iso: string, now: Date): string {
  const at = new Date(iso);
  return at.toDateString() === now.toDateString()
    ? localTime(iso)
    : at.toLocaleString([], { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** "09:27, in 4 min"; a time on another day also names the day. */
export function timeWords(iso: string, now: Date): string {
  return `${clockWords(iso, now)}, ${relativeTime(iso, now)}`;
}

/** A countdown to `untilIso`: "4:05 left", or "expired" once it has passed. */
export function formatRemaining(untilIso: string, now: Date): string {
  const seconds = Math.max(0, Math.round((new Date(untilIso).getTime() - now.getTime()) / 1000));
  if (seconds === 0) return 'expired';
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')} left`;
}

const isoTimestamp = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g;

/** Main's messages may quote an ISO time (a lock's end): shown in the agent's words instead. */
export function withLocalTimes(text: string, now: Date): string {
  return text.replace(isoTimestamp, (iso) => (Number.isNaN(Date.parse(iso)) ? iso : timeWords(iso, now)));
}
