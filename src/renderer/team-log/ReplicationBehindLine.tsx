import { type ReplicationStatus, replicationBehindText } from '../../shared/team-log/team-log-records';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "12 entries not yet in the team log; last try 14:02: connection refused" — nothing when the desk is caught up. */
export function ReplicationBehindLine({ status }: { status: ReplicationStatus | null }) {
  const words = status ? replicationBehindText(status, (iso) => timeFormat.format(new Date(iso))) : null;
  if (!words) return null;
  return (
    <p className="notice" data-testid="team-log-behind">
      {words}
    </p>
  );
}
