// Builds user records from a plain description: the one place that turns PINs and answers into hashes for new users.
import { hashSecret, type ScryptCost, type SecretHash } from '../auth/secret-hash';
import { freshCounter, type LockoutPolicy, lockedUntil } from '../rules/lockout';
import { normaliseAnswer } from '../rules/pin-policy';
import type { UserRecord } from '../state/emulator-state';

export interface SecurityQuestionAnswer {
  question: string;
  answer: string;
  /** The customer's hint for the answer (kept as typed: it is shown to them on the recover screen). */
  hint?: string;
  type?: 'TEXT' | 'DATE';
}

export interface UserDescription {
  userId: string;
  status?: 'ENABLED' | 'DISABLED';
  pin?: string;
  securityQuestions?: SecurityQuestionAnswer[];
  /** Lock the PIN until this many seconds from now. */
  pinLockedForSeconds?: number;
  /** Lock the security answers until this many seconds from now. */
  answersLockedForSeconds?: number;
}

export function newUserRecord(userId: string, nowMs: number): UserRecord {
  return {
    id: userId,
    createDate: new Date(nowMs).toISOString(),
    status: 'ENABLED',
    pinHash: null,
    pinAttempts: freshCounter(),
    securityQuestions: null,
    answerAttempts: freshCounter(),
  };
}

/** `hash`: how each secret is hashed (a salt of its own at `cost`, unless the caller shares hashes: seedUsers). */
export async function buildUser(
  description: UserDescription,
  nowMs: number,
  cost: ScryptCost,
  policy: LockoutPolicy,
  hash: (secret: string) => Promise<SecretHash> = (secret) => hashSecret(secret, cost),
): Promise<UserRecord> {
  const [pinHash, securityQuestions] = await Promise.all([
    description.pin === undefined ? null : hash(description.pin),
    description.securityQuestions === undefined
      ? null
      : Promise.all(
          description.securityQuestions.map(async ({ question, answer, hint, type }) => ({
            question,
            answerHash: await hash(normaliseAnswer(answer)),
            ...(type === 'DATE' ? { type } : {}),
            ...(hint?.trim() ? { hint: hint.trim() } : {}),
          })),
        ),
  ]);
  const lock = (seconds: number | undefined) =>
    seconds === undefined ? freshCounter() : lockedUntil(nowMs, nowMs + seconds * 1000, policy);
  return {
    ...newUserRecord(description.userId, nowMs),
    status: description.status ?? 'ENABLED',
    pinHash,
    pinAttempts: lock(description.pinLockedForSeconds),
    securityQuestions,
    answerAttempts: lock(description.answersLockedForSeconds),
  };
}
