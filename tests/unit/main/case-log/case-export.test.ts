import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseLogStore } from '../../../../src/main/case-log/case-log-store';
import { caseToJson, caseToMarkdown, describeEntry } from '../../../../src/shared/case-log/case-export';
import type { CaseEntry, CaseView } from '../../../../src/shared/case-log/case-record';
import { at, failedReset, opening } from './case-log-scenarios';

let dir: string;
let view: CaseView;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pin-desk-export-'));
  const store = new CaseLogStore({ dir, secrets: () => [] });
  await failedReset(store, 'case-failed');
  view = (await store.open('case-failed')) as CaseView;
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('case export', () => {
  it('opens with the summary in local time and the outcome, then the evidence at ISO times with the zone', () => {
    const markdown = caseToMarkdown(view.summary, view.entries, [], { timeZone: 'Asia/Kolkata' });
    const [opening, evidence = ''] = markdown.split('## Evidence');
    // 09:02:14 UTC is 14:32 in Kolkata (UTC+05:30).
    expect(opening?.split('\n').slice(0, 3)).toEqual([
      '14:32 PIN reset for `user-bob` failed (155115): The security answers were wrong. Told the customer: ' +
        '“One or more answers did not match. Answers are not case-sensitive; please try again.” Agent: Dana Agent.',
      '',
      '**Outcome: Failed 155115** (Circle: FAILED, code 155115)',
    ]);
    expect(opening).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(evidence).toContain('- Case `case-failed`: reset for `user-bob` on Local emulator');
    expect(evidence).toContain('- Started 2025-01-15T14:31:40+05:30, ended 2025-01-15T14:32:14+05:30');
    expect(evidence).toContain('- Times in Asia/Kolkata, UTC+05:30');
    expect(evidence).toContain('- Challenge `chal-2`');
    const [steps = '', calls = ''] = evidence.split('### Circle calls');
    const items = steps.split('### Steps')[1]?.trim().split('\n') ?? [];
    // Every entry but the Circle calls (none in this scenario), in order, to the second with the zone's offset.
    expect(items).toHaveLength(view.entries.length);
    expect(items[2]).toBe('- 2025-01-15T14:31:42+05:30 — User token acquired (expires 2025-01-15T15:31:42+05:30)');
    expect(items[3]).toBe('- 2025-01-15T14:31:43+05:30 — Challenge created: `chal-2` (CHANGE_PIN)');
    expect(items[9]).toBe('- 2025-01-15T14:32:14+05:30 — Case closed: FAILED (code 155115)');
    expect(calls.trim().split('\n')).toEqual(['(0)', '', '- None recorded.']);
    expect(markdown).not.toMatch(/\.\d{3}Z/);
  });

  it('lists every Circle call, apart from the steps, with its X-Request-Id', () => {
    const call = (second: number, requestId: string): CaseEntry => ({
      type: 'circle-call',
      at: at(second),
      endpoint: 'GET /v1/w3s/user/challenges/{id}',
      httpStatus: 200,
      requestId,
    });
    const entries = [...view.entries.slice(0, 4), call(110, 'req-a'), call(111, 'req-b'), ...view.entries.slice(4)];
    const markdown = caseToMarkdown(view.summary, entries, [], { timeZone: 'America/New_York' });
    const calls = markdown.split('### Circle calls (2)')[1]?.trim().split('\n');
    expect(calls).toEqual([
      '- 2025-01-15T04:01:50-05:00 — Circle call GET /v1/w3s/user/challenges/{id} → HTTP 200, X-Request-Id `req-a`',
      '- 2025-01-15T04:01:51-05:00 — Circle call GET /v1/w3s/user/challenges/{id} → HTTP 200, X-Request-Id `req-b`',
    ]);
    expect(markdown.split('### Circle calls')[0]).not.toContain('req-a');
    expect(markdown.startsWith('04:02 ')).toBe(true);
  });

  it('quotes each Circle call with its status and X-Request-Id, and wrong PIN entries with their code', () => {
    const entries: CaseEntry[] = [
      {
        type: 'circle-call',
        at: at(1),
        endpoint: 'PUT /v1/w3s/user/pin',
        httpStatus: 403,
        requestId: '5d0b3a0e-7f0c-4a4f-9d8e-0b1e6f3c2a11',
        circleCode: 155104,
      },
      { type: 'circle-call', at: at(2), endpoint: 'PUT /v1/w3s/user/pin', httpStatus: 201, requestId: 'req-2' },
      { type: 'circle-call', at: at(3), endpoint: 'GET /v1/w3s/users/{id}', httpStatus: null, requestId: 'req-3' },
      { type: 'status-changed', at: at(4), status: 'IN_PROGRESS', source: 'poll', pinFailedAttempts: 2 },
      { type: 'status-changed', at: at(5), status: 'AWAITING_REVIEW', source: 'notification' },
    ];
    expect(entries.map(describeEntry)).toEqual([
      'Circle call PUT /v1/w3s/user/pin → HTTP 403 (Circle code 155104), X-Request-Id `5d0b3a0e-7f0c-4a4f-9d8e-0b1e6f3c2a11`',
      'Circle call PUT /v1/w3s/user/pin → HTTP 201, X-Request-Id `req-2`',
      'Circle call GET /v1/w3s/users/{id} → no answer, X-Request-Id sent `req-3`',
      'Status IN_PROGRESS (from poll), 2 wrong PIN entries (Circle code 155112)',
      'Status AWAITING_REVIEW (from notification)',
    ]);
  });

  it('says when lines of the log could not be read', () => {
    const markdown = caseToMarkdown(view.summary, view.entries, [{ line: 4, reason: 'torn-last-line' }]);
    expect(markdown).toContain("1 line(s) of this case's log could not be read: line 4 (torn-last-line)");
  });

  it('writes pretty JSON that reads back as the same case', () => {
    const json = caseToJson(view.summary, view.entries, view.damaged);
    expect(json).toContain('\n  "summary": {');
    expect(JSON.parse(json)).toEqual({ summary: view.summary, entries: view.entries, damaged: [] });
  });
});

describe('an executed challenge whose token names no user Circle knows', () => {
  it('is stored, listed by flow, and exported as such', async () => {
    const store = new CaseLogStore({ dir, secrets: () => [] });
    await store.openCase(opening('case-executed', { flow: 'executed', userId: null, ticketRef: null, note: null }));
    await store.append('case-executed', {
      type: 'token-acquired',
      at: at(1),
      expiresAt: at(3600),
      source: 'pasted',
    });
    const listed = await store.list({ flow: 'executed' });
    expect(listed.cases.map((summary) => [summary.caseId, summary.userId])).toEqual([['case-executed', null]]);
    expect((await store.list({ flow: 'reset' })).cases.map((summary) => summary.caseId)).toEqual(['case-failed']);
    const executed = (await store.open('case-executed')) as CaseView;
    const markdown = caseToMarkdown(executed.summary, executed.entries);
    expect(markdown).toContain('- Case `case-executed`: executed for not named by the token on Local emulator');
    expect(markdown.split('\n')[0]).toBe(
      '09:00 Executed challenge for a user not named by the token still in progress. Agent: Dana Agent.',
    );
    expect(markdown).toContain('Case opened: executed for a user not named by the token by Dana Agent');
    expect(markdown).toContain('User token pasted by the developer (expires 2025-01-15T10:00:00+00:00)');
  });
});
