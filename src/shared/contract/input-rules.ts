import { z } from 'zod';

// Field rules shared by channel schemas: every string bounded, every object strict.

/** Circle's ExternalUserId: 5–50 printable characters, no spaces; surrounding whitespace is trimmed first. */
export const userIdInput = z
  .string()
  .max(200)
  .trim()
  .min(5, 'A user ID has at least 5 characters')
  .max(50, 'A user ID has at most 50 characters')
  .regex(/^[\x21-\x7e]+$/, 'A user ID has no spaces or special characters');

export const caseIdInput = z.uuid();
export const attemptIdInput = z.uuid();
