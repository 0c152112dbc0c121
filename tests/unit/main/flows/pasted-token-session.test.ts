import { describe, expect, it } from 'vitest';
import { CircleCallError } from '../../../../src/main/circle/circle-call-error';
import { PastedTokenSession } from '../../../../src/main/flows/pasted-token-session';
import type { TokenGrant } from '../../../../src/main/flows/user-token-session';
import { rejectionOf } from '../../../support/rejections';

const grant = (name: string): TokenGrant => ({
  userToken: `token-${name}`,
  encryptionKey: `key-${name}`,
  expiresAt: new Date('2026-11-27T11:00:00.000Z'),
});
const refused = (code: number) =>
  new CircleCallError('circle', 'GET /v1/w3s/user/challenges/{id}', 'refused', { code, status: 403 });

describe('a pasted token session', () => {
  it('never retries or renews: a refused token is reported once, and waits for a new grant', async () => {
    const told: number[] = [];
    const session = new PastedTokenSession(grant('a'), (refusal) => told.push(refusal.circle?.code ?? 0));
    const tokensUsed: string[] = [];
    const failing = (current: TokenGrant) => {
      tokensUsed.push(current.userToken);
      return Promise.reject(refused(155104));
    };
    await rejectionOf(session.withToken(failing), CircleCallError);
    await rejectionOf(session.withToken(failing), CircleCallError);
    expect(tokensUsed).toEqual(['token-a', 'token-a']);
    expect(told).toEqual([155104]);
    expect(session.usable(new Date('2026-11-27T10:00:00.000Z'))).toBe(false);

    session.replace(grant('b'));
    expect(session.refusal()).toBeNull();
    expect(session.usable(new Date('2026-11-27T10:00:00.000Z'))).toBe(true);
    expect(await session.withToken(async (current) => current.userToken)).toBe('token-b');
    await rejectionOf(
      session.withToken(() => Promise.reject(refused(155105))),
      CircleCallError,
    );
    expect(told).toEqual([155104, 155105]);
  });

  it('passes other failures through without calling the token refused', async () => {
    const told: unknown[] = [];
    const session = new PastedTokenSession(grant('a'), (refusal) => told.push(refusal));
    await rejectionOf(
      session.withToken(() => Promise.reject(refused(155116))),
      CircleCallError,
    );
    expect(told).toEqual([]);
    expect(session.usable(new Date('2026-11-27T10:00:00.000Z'))).toBe(true);
    expect(session.usable(new Date('2026-11-27T11:00:00.000Z'))).toBe(false);
  });

  it('ignores a refusal of a grant already replaced (a poll that was in flight)', async () => {
    const told: unknown[] = [];
    const session = new PastedTokenSession(grant('a'), (refusal) => told.push(refusal));
    let fail: (error: unknown) => void = () => {};
    const inFlight = session.withToken(() => new Promise((_resolve, reject) => (fail = reject)));
    session.replace(grant('b'));
    fail(refused(155104));
    await rejectionOf(inFlight, CircleCallError);
    expect(told).toEqual([]);
    expect(session.refusal()).toBeNull();
  });
});
