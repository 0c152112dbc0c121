// An idempotency key reused with another body. Circle documents nothing for it: its API guide says a reused key gets
// the original response, and the emulator keeps that answer by default — but a developer who sends other blockchains
// under an old key is almost surely looking at a bug, so the emulator says so: a warning naming the key and the fields
// that differ, and under `idempotencyBody: strict` a refusal with Circle's "use a new idempotency key" (156020).
import { isDeepStrictEqual } from 'node:util';
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import type { EmulatorCore } from '../emulator-core';
import { CircleApiError, circleError } from '../errors/circle-errors';
import type { WalletRequest } from '../state/emulator-state';

/** What a challenge-making request asks for beyond its key, as the emulator reads it (defaults filled in). */
export type RequestFields = Record<string, unknown>;

/**
 * The fields of a request that can differ under one key: the wallets an INITIALIZE or `POST /user/wallets` asks for.
 * The other challenge requests carry the key alone (unknown fields are ignored, as they change nothing).
 */
export function requestFieldsOf(walletRequest: WalletRequest | undefined): RequestFields {
  if (!walletRequest) return {};
  const { accountType, blockchains, metadata } = walletRequest;
  return { accountType, blockchains, metadata };
}

/** The names of the fields whose values differ (one side may lack a field), sorted. */
export function differingFields(first: RequestFields, now: RequestFields): string[] {
  const names = new Set([...Object.keys(first), ...Object.keys(now)]);
  return [...names].filter((name) => !isDeepStrictEqual(first[name], now[name])).sort();
}

export interface ReusedKey {
  userId: string;
  idempotencyKey: string;
  first: RequestFields;
  now: RequestFields;
  /** What the key's first request was answered with, in words (`challenge <id>`). */
  firstAnswer: string;
}

/**
 * Nothing when the bodies match. Otherwise a warning; then, under `strict`, throws 156020 naming the key and fields,
 * and under `warn` returns so the caller answers as the key's first request was.
 */
export function checkReusedKeyBody(core: EmulatorCore, reused: ReusedKey): void {
  const fields = differingFields(reused.first, reused.now);
  if (fields.length === 0) return;
  const strict = core.behaviour.idempotencyBody === 'strict';
  const named = fields.map((field) => `\`${field}\``).join(', ');
  const what = `Idempotency key ${reused.idempotencyKey} of user ${reused.userId} was reused with another ${named}`;
  core.warnings.record({
    at: core.clock.now().toISOString(),
    kind: 'idempotency-body',
    message: strict
      ? `${what}: refused with 156020 (idempotency body rule: strict).`
      : `${what}: answered with the key's first ${reused.firstAnswer}, as Circle answers a reused key. ` +
        'Use a new key for a new request; the emulator refuses this under `--idempotency strict`.',
    idempotencyKey: reused.idempotencyKey,
    fields,
    outcome: strict ? 'refused' : 'answered-as-first',
  });
  if (!strict) return;
  const circle = circleError(circleErrorCodes.newIdempotencyKeyNeeded);
  throw new CircleApiError(
    circle.status,
    circle.code,
    `${circle.message} This key was first used with another ${named} (the emulator's idempotency body rule: strict).`,
  );
}
