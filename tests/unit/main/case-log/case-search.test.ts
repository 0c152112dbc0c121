// Searching the case log through the store: the index carries what search needs (challenge IDs included), kept
// current while a case is open, and read back after a restart.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repairIndex } from '../../../../src/main/case-log/case-index-repair';
import { CaseLogStore } from '../../../../src/main/case-log/case-log-store';
import { at, opening } from './case-log-scenarios';

let dir: string;
let store: CaseLogStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pin-desk-search-'));
  store = new CaseLogStore({ dir, secrets: () => [] });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const found = async (search: string, from = store) =>
  (await from.list({ search })).cases.map((summary) => summary.caseId);

describe('searching the case log', () => {
  it('finds an open case by the challenge it created, at once and after a restart (the start repair)', async () => {
    await store.openCase(opening('case-a', { ticketRef: null, note: null }));
    await store.openCase(opening('case-b', { ticketRef: null, note: null, startedAt: at(5) }));
    await store.append('case-a', {
      type: 'challenge-created',
      at: at(10),
      challengeId: '5a0e3c2d-1111-4222-8333-944445555666',
      challengeType: 'CHANGE_PIN',
    });
    expect(await found('944445555666')).toEqual(['case-a']);
    expect((await store.list({ search: '944445555666' })).cases[0]?.outcome).toBeNull();
    // After a crash: the index on disk has the case open without its challenge; main's start repair reads open cases.
    const restarted = new CaseLogStore({ dir, secrets: () => [] });
    expect(await found('944445555666', restarted)).toEqual([]);
    expect((await repairIndex(restarted)).updated).toEqual(['case-a']);
    expect(await found('944445555666', restarted)).toEqual(['case-a']);
  });

  it('finds a case by a ticket reference added after it opened, and by its note', async () => {
    await store.openCase(opening('case-a', { ticketRef: null, note: null }));
    await store.openCase(opening('case-b', { ticketRef: 'ZD-2002', note: null, startedAt: at(5) }));
    expect(await found('ZD-1001')).toEqual([]);
    await store.updateDetails('case-a', { ticketRef: 'ZD-1001', note: 'Called from the Leeds branch' }, at(30));
    expect(await found('zd-1001')).toEqual(['case-a']);
    expect(await found('leeds')).toEqual(['case-a']);
    expect(await found('ZD-')).toEqual(['case-b', 'case-a']);
  });

  it('finds a case closed as FAILED with 155121 under Expired, and counts it once', async () => {
    await store.openCase(opening('case-a'));
    await store.openCase(opening('case-b', { startedAt: at(5) }));
    await store.closeCase('case-a', { kind: 'FAILED', code: 155121 }, at(40));
    await store.closeCase('case-b', { kind: 'FAILED', code: 155112 }, at(41));
    const expired = await store.list({ outcome: 'EXPIRED' });
    expect(expired.cases.map((summary) => summary.caseId)).toEqual(['case-a']);
    expect(expired.total).toBe(1);
    expect((await store.list({ outcome: 'FAILED' })).cases.map((summary) => summary.caseId)).toEqual(['case-b']);
  });
});
