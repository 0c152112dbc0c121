import type { CustomerLookup, OpenChallenge } from '../../shared/lookup/customer-lookup';
import type { CircleGateway } from '../circle/circle-gateway';
import { flowFailure, userCallFailure } from '../failures/flow-failure';
import { acquireToken } from '../flows/user-token-session';
import type { ChallengeOrigin } from './challenge-origin';

/** Whether this console started a challenge, since when it knows of it, and whether its case here stopped. */
export type ChallengeAge = (challengeId: string, now: Date) => ChallengeOrigin;

/**
 * GET /v1/w3s/users/{id}, then the user's open challenges with a token main creates for the purpose, newest first,
 * each marked with whether this console started it.
 */
export async function lookUpCustomer(
  gateway: CircleGateway,
  userId: string,
  now: Date,
  ageOf: ChallengeAge = (_id, at) => ({ startedHere: false, since: at, stoppedHere: null }),
): Promise<CustomerLookup> {
  const user = await gateway.getUser(userId).catch((error: unknown) => {
    throw userCallFailure('lookup', userId, error);
  });
  let openChallenges: OpenChallenge[] = [];
  let challengesProblem: string | null = null;
  try {
    const grant = await acquireToken(gateway, userId);
    const [pending, inProgress] = await Promise.all([
      gateway.listChallenges(grant.userToken, 'PENDING'),
      gateway.listChallenges(grant.userToken, 'IN_PROGRESS'),
    ]);
    openChallenges = [...inProgress, ...pending]
      .map((challenge) => {
        const age = ageOf(challenge.id, now);
        return {
          ...challenge,
          startedByConsole: age.startedHere,
          since: age.since.toISOString(),
          stoppedHere: age.stoppedHere,
        };
      })
      // Stable: challenges first seen together keep Circle's order.
      .sort((a, b) => b.since.localeCompare(a.since));
  } catch (error) {
    challengesProblem = flowFailure('lookup', error).message;
  }
  return { user, openChallenges, challengesProblem, checkedAt: now.toISOString() };
}
