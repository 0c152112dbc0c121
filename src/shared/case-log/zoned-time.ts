// Times as a ticket quotes them, in the agent's time zone (main knows it; the export is built there): the clock for
// the summary ("14:02"), ISO 8601 with the zone's offset for the evidence ("2026-11-03T14:02:11+05:30"). Pure.

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone if this runtime knows it, else UTC (a settings file or a test could name one that does not exist). */
export function knownTimeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: knownTimeZone(zone),
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

interface ZonedParts {
  date: string;
  time: string;
  /** `+05:30`, `-04:00`, `+00:00`. */
  offset: string;
}

function zonedParts(iso: string, zone: string): ZonedParts | null {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  const part: Record<string, string> = {};
  for (const { type, value } of formatterFor(zone).formatToParts(instant)) part[type] = value;
  // "GMT+05:30", or "GMT" at a zero offset; a historical offset with seconds keeps hours and minutes.
  const offset = /([+-]\d{2}:\d{2})/.exec(part.timeZoneName ?? '')?.[1] ?? '+00:00';
  return {
    date: `${part.year}-${part.month}-${part.day}`,
    time: `${part.hour}:${part.minute}:${part.second}`,
    offset,
  };
}

/** ISO 8601 to the second in the zone, with its offset; text that is not a time is returned as it came. */
export function zonedIso(iso: string, zone: string): string {
  const parts = zonedParts(iso, zone);
  return parts ? `${parts.date}T${parts.time}${parts.offset}` : iso;
}

/** The wall clock in the zone, hours and minutes ("14:02"). */
export function zonedClock(iso: string, zone: string): string {
  return zonedParts(iso, zone)?.time.slice(0, 5) ?? iso;
}

/** The zone as a ticket names it: "Asia/Kolkata, UTC+05:30" (the offset at that instant). */
export function zoneInWords(iso: string, zone: string): string {
  const offset = zonedParts(iso, zone)?.offset ?? '+00:00';
  return `${knownTimeZone(zone)}, UTC${offset}`;
}

/** Every ISO time inside a sentence, rewritten in the zone (a token's expiry, a lock's end). */
export function zonedIsoInText(text: string, zone: string): string {
  return text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g, (iso) => zonedIso(iso, zone));
}
