// Resolves the `X-User-Token` of a request to the user it was issued for.
import { circleErrorCodes } from '../../shared/circle-errors/circle-error-codes';
import type { EmulatorCore } from '../emulator-core';
import { circleError } from '../errors/circle-errors';
import type { UserRecord } from '../state/emulator-state';
import { type UserTokenAuthority, type UserTokenClaims, verifyUserToken } from './user-token';

/**
 * The emulated entity as the issuer of its user tokens. Its one entity is named by its appId: no API the emulator
 * serves shows Circle's separate entity id (reference/circle/README.md).
 */
export function tokenAuthorityOf(core: EmulatorCore): UserTokenAuthority {
  const { entity } = core.store;
  return {
    entityId: entity.appId,
    environment: core.settings.network === 'mainnet' ? 'LIVE' : 'TEST',
    signingKeyPem: entity.tokenSigningKeyPem,
    secret: entity.tokenSecret,
  };
}

export function userFromToken(
  core: EmulatorCore,
  token: string | undefined,
): { user: UserRecord; claims: UserTokenClaims } {
  const authority = tokenAuthorityOf(core);
  const claims = verifyUserToken(token, authority, core.clock.nowMs());
  // A token from another emulator state (another entity) is not one this emulator issued.
  if (claims.entityId !== authority.entityId) throw circleError(circleErrorCodes.userTokenInvalid);
  const user = core.store.users.get(claims.sub);
  if (!user) throw circleError(circleErrorCodes.userNotFound);
  return { user, claims };
}
