// A fresh emulator's seeded users: each shared secret (the one PIN, the two answers) is hashed once per seeding —
// the hashes a first start of the console waits for — and still a salted hash of its own install: two emulators, or
// one reset, never share a salt, and every seeded secret verifies.
import { afterEach, describe, expect, it } from 'vitest';
import { type SecretHash, testScryptCost, verifySecret } from '../../../src/emulator/auth/secret-hash';
import { createEmulator, type Emulator } from '../../../src/emulator/create-emulator';
import { normaliseAnswer } from '../../../src/emulator/rules/pin-policy';
import { seededPin, seededSecurityQuestions } from '../../../src/emulator/scenarios/seeded-users';
import { sharedTokenSigningKeyPem } from '../../support/shared-token-signing-key';

const started: Emulator[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((emulator) => emulator.close()));
});

async function seeded(): Promise<Emulator> {
  const emulator = await createEmulator({
    secretHashCost: testScryptCost,
    tokenSigningKeyPem: sharedTokenSigningKeyPem(),
  });
  started.push(emulator);
  return emulator;
}

/** Each seeded user's hashes, by what they hash: the PIN and each question's answer. */
function hashesOf(emulator: Emulator) {
  const users = emulator.exportState().users;
  return {
    pins: users.flatMap((user) => (user.pinHash ? [user.pinHash] : [])),
    answers: seededSecurityQuestions.map((_, index) =>
      users.flatMap((user) => user.securityQuestions?.[index]?.answerHash ?? []),
    ),
  };
}

const distinct = (hashes: SecretHash[]) => new Set(hashes.map((hash) => `${hash.salt}:${hash.hash}`)).size;

describe('the seeded users’ secrets', () => {
  it('are hashed once per secret: every user with the PIN (or an answer) has the same salted hash of it', async () => {
    const { pins, answers } = hashesOf(await seeded());
    expect(pins).toHaveLength(4);
    expect(distinct(pins)).toBe(1);
    for (const hashes of answers) {
      expect(hashes).toHaveLength(4);
      expect(distinct(hashes)).toBe(1);
    }
    // Not one hash for all three secrets.
    expect(distinct([pins[0], ...answers.map((hashes) => hashes[0])].filter((hash) => hash !== undefined))).toBe(3);
  });

  it('each verifies its own secret and no other', async () => {
    const { pins, answers } = hashesOf(await seeded());
    const [pin] = pins;
    if (!pin) throw new Error('no seeded PIN');
    expect(await verifySecret(seededPin, pin)).toBe(true);
    expect(await verifySecret('480214', pin)).toBe(false);
    for (const [index, { answer }] of seededSecurityQuestions.entries()) {
      const [hash] = answers[index] ?? [];
      if (!hash) throw new Error(`no hash for answer ${index}`);
      expect(await verifySecret(normaliseAnswer(answer), hash)).toBe(true);
      expect(await verifySecret(seededPin, hash)).toBe(false);
    }
  });

  it('have salts of their own install: two emulators, and one reset, share none', async () => {
    const first = await seeded();
    const second = await seeded();
    const before = hashesOf(first).pins[0]?.salt;
    expect(before).toBeDefined();
    expect(hashesOf(second).pins[0]?.salt).not.toBe(before);
    await first.reset();
    const after = hashesOf(first);
    expect(after.pins[0]?.salt).not.toBe(before);
    expect(distinct(after.pins)).toBe(1);
  });
});
