// A case's timeline as the Cases view shows it: plain text (no Markdown characters), and repeated identical status
// lines collapsed into one ("IN_PROGRESS ×3"). The log and its exports keep every entry. Pure.
import { describeEntryAs } from '../../shared/case-log/case-export';
import type { CaseEntry } from '../../shared/case-log/case-record';

export interface TimelineLine {
  /** The entry type of the line (a Circle call shows quieter). */
  kind: CaseEntry['type'];
  /** ISO times of the first and (for collapsed lines) the last entry. */
  at: string;
  until: string | null;
  text: string;
  /** How many identical entries this line stands for. */
  count: number;
  /** The other case this line links to (a reset and the recovery that followed it). */
  linkedCaseId: string | null;
}

function statusKey(entry: CaseEntry): string | null {
  if (entry.type !== 'status-changed') return null;
  return `${entry.status}|${entry.source}|${entry.errorCode ?? ''}|${entry.pinFailedAttempts ?? ''}`;
}

export function timelineLines(entries: readonly CaseEntry[]): TimelineLine[] {
  const lines: TimelineLine[] = [];
  let previousKey: string | null = null;
  for (const entry of entries) {
    const key = statusKey(entry);
    const last = lines.at(-1);
    if (key !== null && key === previousKey && last) {
      last.count += 1;
      last.until = entry.at;
      continue;
    }
    previousKey = key;
    lines.push({
      kind: entry.type,
      at: entry.at,
      until: null,
      text: describeEntryAs(entry, 'plain'),
      count: 1,
      linkedCaseId: entry.type === 'case-linked' ? entry.caseId : null,
    });
  }
  return lines;
}
