// Builds a large emulator state for the scale measurement: many users and challenges added to an exported state, so
// the entity (token secret, appId) and the bench's own user and challenge stay valid after the import.
import { randomUUID } from 'node:crypto';
import { circleError } from '../src/emulator/errors/circle-errors';
import type { EmulatorSnapshot } from '../src/emulator/index';
import type { ChallengeRecord, UserRecord } from '../src/emulator/state/emulator-state';

export interface LargeStateSize {
  users: number;
  challenges: number;
}

const challengeTypes: ChallengeRecord['type'][] = ['CHANGE_PIN', 'RESTORE_PIN', 'SET_PIN', 'INITIALIZE'];
// Two in five stay open, so the expiry sweep has real work; the rest are finished the three possible ways.
const challengeStatuses: ChallengeRecord['status'][] = ['PENDING', 'IN_PROGRESS', 'COMPLETE', 'FAILED', 'EXPIRED'];

const iso = (ms: number) => new Date(ms).toISOString();
const pinLocked = circleError(155119);

/** `base` plus `size` more users and challenges; every new user reuses one template user's (pre-computed) hashes. */
export function withBulkRecords(
  base: EmulatorSnapshot,
  templateUserId: string,
  size: LargeStateSize,
  nowMs: number,
): EmulatorSnapshot {
  const template = base.users.find((user) => user.id === templateUserId);
  if (!template) throw new Error(`template user ${templateUserId} is not in the state`);
  const users: UserRecord[] = [];
  for (let index = 0; index < size.users; index += 1) {
    users.push({
      ...structuredClone(template),
      id: `bench-user-${String(index).padStart(6, '0')}`,
      createDate: iso(nowMs - (size.users - index) * 60_000),
    });
  }
  const challenges: ChallengeRecord[] = [];
  for (let index = 0; index < size.challenges; index += 1) {
    const status = challengeStatuses[index % challengeStatuses.length] ?? 'PENDING';
    const open = status === 'PENDING' || status === 'IN_PROGRESS';
    const createdMs = open ? nowMs - (index % 120) * 1000 : nowMs - 3_600_000 - index * 1000;
    const failed = status === 'FAILED';
    challenges.push({
      id: randomUUID(),
      userId: users[index % users.length]?.id ?? templateUserId,
      type: challengeTypes[index % challengeTypes.length] ?? 'CHANGE_PIN',
      status,
      idempotencyKey: randomUUID(),
      createDate: iso(createdMs),
      updateDate: iso(createdMs),
      // Open challenges expire after the bench is over; finished ones expired long ago.
      expiresAt: iso(createdMs + 10 * 60_000),
      correlationIds: [],
      errorCode: failed ? pinLocked.code : null,
      errorMessage: failed ? pinLocked.message : null,
      progress: { currentPinVerified: status === 'COMPLETE', answersVerified: false },
    });
  }
  return {
    ...base,
    users: [...base.users, ...users],
    challenges: [...base.challenges, ...challenges],
  };
}
