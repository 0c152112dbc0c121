import { renewableTokenCodes } from '../../shared/circle-errors/circle-error-codes';
import { CircleCallError } from '../circle/circle-call-error';
import type { CaseToken, TokenGrant } from './user-token-session';

/**
 * The user token a developer pasted for a challenge made elsewhere. Unlike the console's own sessions it cannot
 * renew itself — main does not know the user's backend — so a call Circle refuses for the token (expired, 155104;
 * invalid, 155105) is not retried: the session remembers the refusal, tells `onRefused` once per grant, and waits
 * for the developer to paste another grant (`replace`).
 */
export class PastedTokenSession implements CaseToken {
  #refusal: CircleCallError | null = null;

  constructor(
    private grant: TokenGrant,
    private readonly onRefused: (refusal: CircleCallError) => void,
  ) {}

  current(): TokenGrant {
    return this.grant;
  }

  /** Circle's refusal of the current grant, if it refused it. */
  refusal(): CircleCallError | null {
    return this.#refusal;
  }

  /** Whether the current grant is still worth handing the web SDK: not refused, and not past its `exp`. */
  usable(now: Date): boolean {
    return this.#refusal === null && this.grant.expiresAt.getTime() > now.getTime();
  }

  /** The developer's new grant for the same user: calls use it from now on. */
  replace(grant: TokenGrant): void {
    this.grant = grant;
    this.#refusal = null;
  }

  async withToken<T>(call: (grant: TokenGrant) => Promise<T>): Promise<T> {
    const grant = this.grant;
    try {
      return await call(grant);
    } catch (error) {
      const refused = error instanceof CircleCallError && renewableTokenCodes.some((code) => error.isCircleCode(code));
      // Only the first refusal of this grant is news; one for a grant already replaced is stale.
      if (refused && this.grant === grant && this.#refusal === null) {
        this.#refusal = error;
        this.onRefused(error);
      }
      throw error;
    }
  }
}
