import { describe, expect, it } from 'vitest';
import { type ReplicationStatus, replicationBehindText } from '../../../../src/shared/team-log/team-log-records';

const status = (change: Partial<ReplicationStatus>): ReplicationStatus => ({
  enabled: true,
  pending: 0,
  lastTry: null,
  setAside: [],
  ...change,
});
const hhmm = (iso: string) => iso.slice(11, 16);

describe('how far behind the desk is, in words', () => {
  it('counts the entries not yet sent and says when the last try was and what went wrong', () => {
    const behind = status({ pending: 12, lastTry: { at: '2026-12-04T14:02:10.000Z', error: 'connection refused' } });
    expect(replicationBehindText(behind, hhmm)).toBe(
      '12 entries not yet in the team log; last try 14:02: connection refused',
    );
    expect(replicationBehindText(status({ pending: 1 }), hhmm)).toBe('1 entry not yet in the team log');
  });

  it('says nothing when the desk is caught up or the team log is off', () => {
    expect(
      replicationBehindText(status({ lastTry: { at: '2026-12-04T14:02:10.000Z', error: null } }), hhmm),
    ).toBeNull();
    expect(replicationBehindText(status({ enabled: false, pending: 3 }), hhmm)).toBeNull();
  });
});
