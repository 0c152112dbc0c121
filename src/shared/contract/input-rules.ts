import { z } from 'zod';
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
export const attemptIdInput = z.uuid();
