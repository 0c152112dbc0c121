// Circle's ExternalUserId rule, in one place: the contract's zod schema and the renderer's inline check both use it
// (the renderer without pulling zod into its bundle).

export const userIdLength = { min: 5, max: 50 } as const;

/** Why a typed user ID cannot be sent (after trimming), or null when it can. */
export function userIdProblem(raw: string): string | null {
  const userId = raw.trim();
  if (userId.length === 0) return 'Enter the customer’s user ID.';
  if (userId.length < userIdLength.min) return `A user ID has at least ${userIdLength.min} characters.`;
  if (userId.length > userIdLength.max) return `A user ID has at most ${userIdLength.max} characters.`;
  if (!/^[\x21-\x7e]+$/.test(userId)) return 'A user ID has no spaces or special characters.';
  return null;
}
