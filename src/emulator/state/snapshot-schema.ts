// Checks a state file or `POST /emulator/import` body before it replaces anything: a torn or foreign file is refused
// whole, never half-loaded.
import { z } from 'zod';
import { blockchains } from '../wallets/blockchains';
import type { EmulatorSnapshot } from './emulator-state';
import { snapshotFormat } from './emulator-state';

const isoDate = z.iso.datetime({ offset: true });
const secretHash = z.object({
  algorithm: z.literal('scrypt'),
  N: z.number().int().min(2),
  r: z.number().int().min(1),
  p: z.number().int().min(1),
  salt: z.base64(),
  hash: z.base64(),
});
const counter = z.object({
  failedAttempts: z.number().int().min(0),
  lockedDate: isoDate.nullable(),
  lockedExpiryDate: isoDate.nullable(),
});

const user = z.object({
  id: z.string().min(5).max(50),
  createDate: isoDate,
  status: z.enum(['ENABLED', 'DISABLED']),
  pinHash: secretHash.nullable(),
  pinAttempts: counter,
  securityQuestions: z
    .array(
      z.object({
        question: z.string().min(1),
        answerHash: secretHash,
        type: z.enum(['TEXT', 'DATE']).optional(),
        hint: z.string().min(1).optional(),
      }),
    )
    .nullable(),
  answerAttempts: counter,
  lastLockOverride: z.object({ pin: isoDate.optional(), securityQuestions: isoDate.optional() }).optional(),
});

const accountType = z.enum(['EOA', 'SCA']);
const walletMetadata = z.object({ name: z.string().optional(), refId: z.string().optional() });

const challenge = z.object({
  id: z.uuid(),
  userId: z.string().min(5).max(50),
  type: z.enum(['INITIALIZE', 'SET_PIN', 'CHANGE_PIN', 'RESTORE_PIN', 'CREATE_WALLET']),
  status: z.enum(['PENDING', 'IN_PROGRESS', 'COMPLETE', 'FAILED', 'EXPIRED']),
  idempotencyKey: z.string().min(1),
  createDate: isoDate,
  updateDate: isoDate,
  expiresAt: isoDate,
  correlationIds: z.array(z.string()),
  errorCode: z.number().int().nullable(),
  errorMessage: z.string().nullable(),
  progress: z.object({
    currentPinVerified: z.boolean(),
    answersVerified: z.boolean(),
    provenForPin: z.string().nullable().optional(),
  }),
  walletRequest: z
    .object({ accountType, blockchains: z.array(z.enum(blockchains)).min(1), metadata: z.array(walletMetadata) })
    .optional(),
});

const wallet = z.object({
  id: z.uuid(),
  userId: z.string().min(5).max(50),
  walletSetId: z.uuid(),
  blockchain: z.enum(blockchains),
  accountType,
  address: z.string().min(1),
  initialPublicKey: z.string().optional(),
  name: z.string().optional(),
  refId: z.string().optional(),
  createDate: isoDate,
  updateDate: isoDate,
});

const subscription = z.object({
  id: z.uuid(),
  name: z.string(),
  endpoint: z.string().url(),
  enabled: z.boolean(),
  createDate: isoDate,
  updateDate: isoDate,
  notificationTypes: z.array(z.string()),
  restricted: z.boolean(),
});

export const snapshotSchema = z
  .object({
    format: z.literal(snapshotFormat),
    version: z.literal(1),
    entity: z.object({
      appId: z.uuid(),
      tokenSecret: z.base64().min(16),
      // State files written before tokens were signed RS256 have none: one is made when they are loaded.
      tokenSigningKeyPem: z.string().includes('PRIVATE KEY').optional(),
      notificationKey: z.object({
        id: z.uuid(),
        privateKeyPem: z.string().includes('PRIVATE KEY'),
        publicKey: z.base64(),
        createDate: isoDate,
      }),
    }),
    clock: z.object({ offsetMs: z.number().finite(), frozenAtMs: z.number().finite().nullable() }),
    users: z.array(user),
    challenges: z.array(challenge),
    subscriptions: z.array(subscription),
    // State files written before wallets existed have none.
    wallets: z.array(wallet).default([]),
  })
  .superRefine((snapshot, context) => {
    const userIds = new Set(snapshot.users.map((record) => record.id));
    if (userIds.size !== snapshot.users.length) context.addIssue({ code: 'custom', message: 'duplicate user id' });
    for (const record of [...snapshot.challenges, ...snapshot.wallets]) {
      if (!userIds.has(record.userId)) context.addIssue({ code: 'custom', message: `unknown user ${record.userId}` });
    }
    const walletIds = new Set(snapshot.wallets.map((record) => record.id));
    if (walletIds.size !== snapshot.wallets.length)
      context.addIssue({ code: 'custom', message: 'duplicate wallet id' });
  });

export type SnapshotProblem = { ok: false; problem: string };

export function readSnapshot(input: unknown): { ok: true; snapshot: EmulatorSnapshot } | SnapshotProblem {
  const result = snapshotSchema.safeParse(input);
  if (result.success) return { ok: true, snapshot: result.data as EmulatorSnapshot };
  const [issue] = result.error.issues;
  return { ok: false, problem: issue ? `${issue.path.join('.') || 'state'}: ${issue.message}` : 'invalid state' };
}
