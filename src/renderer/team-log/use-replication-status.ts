import { useEffect, useState } from 'react';
import type { ReplicationStatus } from '../../shared/team-log/team-log-records';
import { pinDeskBridge, unwrap } from '../bridge/pin-desk-client';

/** How often Cases and Diagnostics ask main how far behind the desk is. */
const pollMs = 3_000;

/** Replication's progress from main, kept fresh while the view is on screen (null until the first answer). */
export function useReplicationStatus(): ReplicationStatus | null {
  const [status, setStatus] = useState<ReplicationStatus | null>(null);
  useEffect(() => {
    let live = true;
    const read = () =>
      unwrap(pinDeskBridge().teamLog.status({})).then(
        (next) => live && setStatus(next),
        () => {},
      );
    void read();
    const timer = window.setInterval(() => void read(), pollMs);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, []);
  return status;
}
