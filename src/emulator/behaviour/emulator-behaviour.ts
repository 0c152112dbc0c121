// How closely the emulator copies what Circle documents and what integrations observe, where the two can differ.
// Set when an emulator starts (`createEmulator`'s `behaviour`, the standalone `--profile`, `--hosted-ui-errors`,
// `--idempotency` flags) and changed at run time with `POST /emulator/behaviour`. The defaults are the closest to
// Circle; where Circle documents nothing (a reused key with another body), the default keeps Circle's answer and warns.
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
/**
 * A key reused with another body (other blockchains, say), which Circle documents nothing about. `warn`: answered as
 * the key's first request was (Circle's reading of a reused key), with a warning naming the key and the fields that
 * differ. `strict`: refused with 156020, naming them. Apart from `idempotency`: either rule can be strict.
 */
export const idempotencyBodyRules = ['warn', 'strict'] as const;

export type BehaviourProfile = (typeof behaviourProfiles)[number];
export type HostedUiErrorMode = (typeof hostedUiErrorModes)[number];
export type IdempotencyRule = (typeof idempotencyRules)[number];
export type IdempotencyBodyRule = (typeof idempotencyBodyRules)[number];

export interface EmulatorBehaviour {
  profile: BehaviourProfile;
  hostedUiErrors: HostedUiErrorMode;
  idempotency: IdempotencyRule;
  idempotencyBody: IdempotencyBodyRule;
}

export const defaultBehaviour: Readonly<EmulatorBehaviour> = {
  profile: 'circle',
  hostedUiErrors: 'report',
  idempotency: 'successful-only',
  idempotencyBody: 'warn',
};

/** `POST /emulator/behaviour`'s body: every field optional, nothing else accepted. */
export const behaviourChange = z
  .object({
    profile: z.enum(behaviourProfiles).optional(),
    hostedUiErrors: z.enum(hostedUiErrorModes).optional(),
    idempotency: z.enum(idempotencyRules).optional(),
    idempotencyBody: z.enum(idempotencyBodyRules).optional(),
  })
  .strict();

export type BehaviourChange = z.infer<typeof behaviourChange>;

/** The settings after a change (fields left out keep their value). */
export function changedBehaviour(current: EmulatorBehaviour, change: BehaviourChange): EmulatorBehaviour {
  return {
    profile: change.profile ?? current.profile,
    hostedUiErrors: change.hostedUiErrors ?? current.hostedUiErrors,
    idempotency: change.idempotency ?? current.idempotency,
    idempotencyBody: change.idempotencyBody ?? current.idempotencyBody,
  };
}

/**
 * Reads the standalone entry's flags: each is one of its values or absent; anything else is an error naming the flag
 * and its values. `--idempotency` takes a word of either idempotency setting, or one of each joined by a comma
 * (`strict`, `replay-errors,strict`).
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
  return {
    ...(profile ? { profile } : {}),
    ...(hostedUiErrors ? { hostedUiErrors } : {}),
    ...idempotencyFromFlag(flags.idempotency),
  };
}

function idempotencyFromFlag(value: string | undefined): Pick<BehaviourChange, 'idempotency' | 'idempotencyBody'> {
  if (value === undefined) return {};
  const words = value.split(',');
  const rules = words.filter((word) => (idempotencyRules as readonly string[]).includes(word));
  const bodyRules = words.filter((word) => (idempotencyBodyRules as readonly string[]).includes(word));
  if (rules.length > 1 || bodyRules.length > 1 || rules.length + bodyRules.length !== words.length) {
    throw new Error(
      `Invalid --idempotency ${JSON.stringify(value)}: use ${idempotencyRules.join(' or ')}, ` +
        `${idempotencyBodyRules.join(' or ')}, or one of each joined by a comma`,
    );
  }
  return {
    ...(rules[0] ? { idempotency: rules[0] as IdempotencyRule } : {}),
    ...(bodyRules[0] ? { idempotencyBody: bodyRules[0] as IdempotencyBodyRule } : {}),
  };
}
