// What a challenge proved (the current PIN for CHANGE_PIN and CREATE_WALLET, the security answers for RESTORE_PIN)
// holds only for the PIN as it was when it was proven: once another challenge has set the PIN, finishing this one would
// replace a newer PIN on the strength of an older proof. Pure functions over plain data.

/** What a challenge has proven so far, and for which setting of the PIN. */
export interface ProvenKnowledge {
  currentPinVerified: boolean;
  answersVerified: boolean;
  /** The PIN setting (see pinSettingOf) the proof was made under; absent in state files written before it existed. */
  provenForPin?: string | null;
}

/**
 * Names one setting of the PIN: the salt of its hash. Every PIN set gets a fresh random salt, so a PIN set again — to
 * other digits or the same — has another name. null when no PIN is set. The salt is not secret.
 */
export function pinSettingOf(user: { pinHash: { salt: string } | null }): string | null {
  return user.pinHash?.salt ?? null;
}

/** Whether the proof still holds for the PIN the user has now (nothing proven yet: nothing to go stale). */
export function proofStillHolds(progress: ProvenKnowledge, pinSettingNow: string | null): boolean {
  if (!progress.currentPinVerified && !progress.answersVerified) return true;
  return progress.provenForPin !== undefined && progress.provenForPin === pinSettingNow;
}
