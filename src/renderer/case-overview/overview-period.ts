// Overview's periods as the agent's own days (YYYY-MM-DD in their zone), and the zone main counts days in. Pure.
export type PeriodChoice = 'today' | '7-days' | '30-days' | 'chosen';

export const periodLabels: Record<PeriodChoice, string> = {
  today: 'Today',
  '7-days': '7 days',
  '30-days': '30 days',
  chosen: 'Chosen dates',
};

/** The agent's IANA zone, sent to main (which checks it) so days are counted where the agent is. */
export function agentTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The days a period covers, ending today (local calendar arithmetic: a DST change never skips a day). */
export function periodDays(
  choice: Exclude<PeriodChoice, 'chosen'>,
  now = new Date(),
): { fromDay: string; toDay: string } {
  const back = choice === 'today' ? 0 : choice === '7-days' ? 6 : 29;
  const from = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back);
  return { fromDay: localDay(from), toDay: localDay(now) };
}
