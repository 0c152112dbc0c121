// Resolves the `X-User-Token` of a request to the user it was issued for.
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import type { EmulatorCore } from '../emulator-core';
import { circleError } from '../errors/circle-errors';
import type { UserRecord } from '../state/emulator-state';
import { type UserTokenClaims, verifyUserToken } from './user-token';

export function userFromToken(
  core: EmulatorCore,
  token: string | undefined,
): { user: UserRecord; claims: UserTokenClaims } {
  const claims = verifyUserToken(token, core.store.entity.tokenSecret, core.clock.nowMs());
  // A token from another emulator state (another appId) is not one this emulator issued.
  if (claims.appId !== core.store.entity.appId) throw circleError(circleErrorCodes.userTokenInvalid);
  const user = core.store.users.get(claims.sub);
  if (!user) throw circleError(circleErrorCodes.userNotFound);
  return { user, claims };
}
