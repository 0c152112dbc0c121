// How closely the emulator copies what Circle documents and what integrations observe, where the two can differ.
// Set when an emulator starts (`createEmulator`'s `behaviour`, the standalone `--profile`, `--hosted-ui-errors`,
// `--idempotency` flags) and changed at run time with `POST /emulator/behaviour`. The defaults are the closest to
// Circle.
import { z } from 'zod';

/**
 * `circle`: challenge notifications only for COMPLETE and FAILED, and an expired challenge reads FAILED with 155121
 * everywhere (as Circle documents). `detailed`: a notification for every status change, and EXPIRED as its own status.
 */
export const behaviourProfiles = ['circle', 'detailed'] as const;
/**
 * `report`: the hosted UI posts `onError` for a wrong PIN or answers, a weak PIN and a mismatch, and keeps its window
 * for another try (as integrations observe Circle's window doing). `inline`: it only shows them in the window.
 */
export const hostedUiErrorModes = ['report', 'inline'] as const;
/**
 * `successful-only`: a reused idempotency key returns the challenge of the earlier successful request (Circle's
 * OpenAPI). `replay-errors`: a 4xx the endpoint produced is stored under the key and answered again (Circle's API guide).
 */
export const idempotencyRules = ['successful-only', 'replay-errors'] as const;

export type BehaviourProfile = (typeof behaviourProfiles)[number];
export type HostedUiErrorMode = (typeof hostedUiErrorModes)[number];
export type IdempotencyRule = (typeof idempotencyRules)[number];

export interface EmulatorBehaviour {
  profile: BehaviourProfile;
  hostedUiErrors: HostedUiErrorMode;
  idempotency: IdempotencyRule;
}

export const defaultBehaviour: Readonly<EmulatorBehaviour> = {
  profile: 'circle',
  hostedUiErrors: 'report',
  idempotency: 'successful-only',
};

/** `POST /emulator/behaviour`'s body: every field optional, nothing else accepted. */
export const behaviourChange = z
  .object({
    profile: z.enum(behaviourProfiles).optional(),
    hostedUiErrors: z.enum(hostedUiErrorModes).optional(),
    idempotency: z.enum(idempotencyRules).optional(),
  })
  .strict();

export type BehaviourChange = z.infer<typeof behaviourChange>;

/** The settings after a change (fields left out keep their value). */
export function changedBehaviour(current: EmulatorBehaviour, change: BehaviourChange): EmulatorBehaviour {
  return {
    profile: change.profile ?? current.profile,
    hostedUiErrors: change.hostedUiErrors ?? current.hostedUiErrors,
    idempotency: change.idempotency ?? current.idempotency,
  };
}

/**
 * Reads the standalone entry's flags: each is one of its values or absent; anything else is an error naming the flag
 * and its values.
 */
export function behaviourFromFlags(flags: {
  profile?: string | undefined;
  'hosted-ui-errors'?: string | undefined;
  idempotency?: string | undefined;
}): BehaviourChange {
  const pick = <T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined => {
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      throw new Error(`Invalid --${flag} ${JSON.stringify(value)}: use ${allowed.join(' or ')}`);
    }
    return value as T;
  };
  const profile = pick('profile', flags.profile, behaviourProfiles);
  const hostedUiErrors = pick('hosted-ui-errors', flags['hosted-ui-errors'], hostedUiErrorModes);
  const idempotency = pick('idempotency', flags.idempotency, idempotencyRules);
  return {
    ...(profile ? { profile } : {}),
    ...(hostedUiErrors ? { hostedUiErrors } : {}),
    ...(idempotency ? { idempotency } : {}),
  };
}
