// Which of the web SDK's `Localizations` sections a PIN flow shows, named once. A reset shows the current PIN, the
// new PIN and its confirmation; a recovery the security answers instead of the current PIN; the emulator (and Circle,
// for a user without a PIN) can also show PIN setup and the security-question screens. The transaction, signature
// and email sections are never shown by a PIN flow, so none is translated.
import type { W3SSdk } from '@circle-fin/w3s-pw-web-sdk';

/** The SDK's `Localizations` (its types file declares it; the package's entry does not re-export it). */
export type Localizations = Parameters<W3SSdk['setLocalizations']>[0];

export const pinFlowSections = [
  'common',
  'enterPincode',
  'newPincode',
  'confirmNewPincode',
  'recoverPincode',
  'initPincode',
  'confirmInitPincode',
  'securityIntros',
  'securityQuestions',
  'securitySummary',
  'securityConfirm',
] as const satisfies readonly (keyof Localizations)[];
export type PinFlowSection = (typeof pinFlowSections)[number];

/**
 * Every key of every PIN-flow section, each required: a translation missing a key does not compile, and neither does
 * one with a key the SDK does not have (object literals are checked for extra keys). The unit test checks the same
 * against the SDK's own declaration file.
 */
export type PinFlowLocalizations = { [S in PinFlowSection]-?: Required<NonNullable<Localizations[S]>> };
