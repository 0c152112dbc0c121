import { renewableTokenCodes } from '../../shared/circle-errors/circle-error-codes';
import { decode } from '../../shared/jwt/decode-only-jsonwebtoken';
import { CircleCallError } from '../circle/circle-call-error';
import type { CircleGateway } from '../circle/circle-gateway';

export interface TokenGrant {
  userToken: string;
  encryptionKey: string;
  expiresAt: Date;
}

/** A case's user token as the watcher reads with it: the current grant, and calls made with it. */
export interface CaseToken {
  current(): TokenGrant;
  withToken<T>(call: (grant: TokenGrant) => Promise<T>): Promise<T>;
}

/** Gets a token with an explicit POST /users/token; its expiry is the JWT's own `exp`, never a local guess. */
export async function acquireToken(gateway: CircleGateway, userId: string): Promise<TokenGrant> {
  const { userToken, encryptionKey } = await gateway.createUserToken(userId);
  const payload = decode(userToken);
  const exp = typeof payload === 'object' && payload !== null ? (payload as { exp?: unknown }).exp : undefined;
  if (typeof exp !== 'number') {
    throw new CircleCallError('unexpected', 'POST /v1/w3s/users/token', 'The user token Circle returned has no expiry');
  }
  return { userToken, encryptionKey, expiresAt: new Date(exp * 1000) };
}

/**
 * One customer's token for a case. A call that fails because Circle no longer takes the token (expired, 155104, or
 * invalid, 155105) gets a new token and is retried once; the agent never re-types anything.
 */
export class UserTokenSession implements CaseToken {
  private renewing: Promise<TokenGrant> | null = null;

  constructor(
    private readonly gateway: CircleGateway,
    readonly userId: string,
    private grant: TokenGrant,
    private readonly onRenewed: (grant: TokenGrant) => void = () => {},
  ) {}

  current(): TokenGrant {
    return this.grant;
  }

  async renew(): Promise<TokenGrant> {
    this.renewing ??= acquireToken(this.gateway, this.userId).finally(() => {
      this.renewing = null;
    });
    this.grant = await this.renewing;
    this.onRenewed(this.grant);
    return this.grant;
  }

  /** A grant valid for at least `marginMs` more, renewed if needed. */
  async fresh(now: Date, marginMs: number): Promise<TokenGrant> {
    return this.grant.expiresAt.getTime() - now.getTime() > marginMs ? this.grant : this.renew();
  }

  async withToken<T>(call: (grant: TokenGrant) => Promise<T>): Promise<T> {
    try {
      return await call(this.grant);
    } catch (error) {
      const renewable =
        error instanceof CircleCallError && renewableTokenCodes.some((code) => error.isCircleCode(code));
      if (!renewable) throw error;
      return call(await this.renew());
    }
  }
}
