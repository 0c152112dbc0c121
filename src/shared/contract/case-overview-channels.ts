// Cases → Overview's channel, and the list filters a bar or a code opens Cases with; spread into the one contract.
import { z } from 'zod';
import type { OverviewNumbers } from '../case-overview/overview-records';
import { outcomeGroups } from '../case-overview/overview-records';
import { environmentIds } from '../environment/environments';

type Shape<T> = { readonly __shape?: T };
const shape = <T>(): Shape<T> => ({});

/** The longest period Overview counts: a year of days. */
export const overviewMaxDays = 366;

/** 2026-11-30 is; 2026-02-30 is not (and neither is what is not a day at all: zod runs every check). */
function isCalendarDay(day: string): boolean {
  const at = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(at) && new Date(at).toISOString().slice(0, 10) === day;
}

const calendarDay = z
  .string()
  .max(10)
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a day like 2026-11-27')
  .refine(isCalendarDay, 'That day is not in the calendar');

/** Whether the runtime knows the zone by its IANA name (never an offset: PostgreSQL reads "+05:30" the POSIX way). */
export function isIanaTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const overviewInput = z
  .strictObject({
    fromDay: calendarDay,
    toDay: calendarDay,
    /** The agent's IANA zone, from the renderer: days are counted in it. */
    timeZone: z.string().max(64).refine(isIanaTimeZone, 'Name an IANA time zone, like Europe/Lisbon'),
    environment: z.enum(environmentIds).optional(),
  })
  .refine((query) => query.fromDay <= query.toDay, { message: 'The period ends before it starts', path: ['toDay'] })
  .refine((query) => (Date.parse(query.toDay) - Date.parse(query.fromDay)) / 86_400_000 < overviewMaxDays, {
    message: `A period is at most ${overviewMaxDays} days`,
    path: ['fromDay'],
  });

/** What a bar or a code adds to the Cases list's filters (caseLog:list and teamLog:list). */
export const overviewListFilters = {
  outcomeGroup: z.enum(outcomeGroups).optional(),
  /** Cases that ended FAILED with this Circle code. */
  code: z.number().int().min(0).max(999_999).optional(),
};

export const caseOverviewInvokeContract = {
  'caseLog:overview': { input: overviewInput, output: shape<OverviewNumbers>() },
} as const;
