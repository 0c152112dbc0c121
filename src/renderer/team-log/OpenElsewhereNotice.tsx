import { useEffect, useState } from 'react';
import type { OpenElsewhere } from '../../shared/team-log/team-log-records';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "Open at desk Lisbon-3 since 14:02, agent Ana": another desk's open case for this user, before anyone starts. */
export function openElsewhereWords(item: OpenElsewhere): string {
  return `Open at desk ${item.desk} since ${timeFormat.format(new Date(item.startedAt))}, agent ${item.agentName}`;
}

/** Asks main (the team log, when it is on) once per user looked up; says nothing when the log is off or unreachable. */
export function OpenElsewhereNotice({ userId }: { userId: string }) {
  const [cases, setCases] = useState<OpenElsewhere[]>([]);
  useEffect(() => {
    let live = true;
    setCases([]);
    unwrap(pinDeskBridge().teamLog.openElsewhere({ userId })).then(
      (answer) => live && setCases(answer.checked ? answer.cases : []),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [userId]);
  if (cases.length === 0) return null;
  return (
    <div role="status" className="notice" data-testid="open-elsewhere">
      {cases.map((item) => (
        <p key={`${item.desk}/${item.caseId}`}>{openElsewhereWords(item)}</p>
      ))}
    </div>
  );
}
