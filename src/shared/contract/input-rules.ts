import { z } from 'zod';
import {
  challengeIdProblem,
  encryptionKeyMaxLength,
  encryptionKeyProblem,
  userTokenMaxLength,
  userTokenProblem,
} from './executed-challenge-rules';
import { userIdProblem } from './user-id-rule';

// Field rules shared by channel schemas: every string bounded, every object strict.

/** Circle's ExternalUserId, trimmed, checked by the same rule the renderer shows inline. */
export const userIdInput = z
  .string()
  .max(200)
  .trim()
  .superRefine((userId, context) => {
    const problem = userIdProblem(userId);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

export const caseIdInput = z.uuid();
/** An X-Request-Id as Circle (or the emulator) answers with it: 1–128 printable ASCII characters, no spaces. */
export const requestIdInput = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[\x21-\x7e]+$/);
export const attemptIdInput = z.uuid();

/** A rule that says why a value cannot be used (or null), as a zod refinement with that message. */
const checkedBy = (problem: (value: string) => string | null) => (value: string, context: z.RefinementCtx<string>) => {
  const found = problem(value);
  if (found) context.addIssue({ code: 'custom', message: found });
};

/** A pasted user token: a JWT that has not expired by this computer's clock (decoded, never trusted). */
export const pastedUserTokenInput = z
  .string()
  .max(userTokenMaxLength)
  .trim()
  .superRefine(checkedBy((token) => userTokenProblem(token, new Date())));
/** A pasted encryption key: base64 of Circle's 32 bytes. */
export const pastedEncryptionKeyInput = z
  .string()
  .max(encryptionKeyMaxLength)
  .trim()
  .superRefine(checkedBy(encryptionKeyProblem));
/** A challenge ID typed or pasted by a developer: a UUID. */
export const pastedChallengeIdInput = z.string().max(100).trim().superRefine(checkedBy(challengeIdProblem));
