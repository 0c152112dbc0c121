import type { ChallengeRecord } from '../../shared/circle/circle-records';
import type { CustomerLookup } from '../../shared/lookup/customer-lookup';
import type { CircleGateway } from '../circle/circle-gateway';
import { flowFailure, userCallFailure } from '../failures/flow-failure';
import { acquireToken } from '../flows/user-token-session';

/** GET /v1/w3s/users/{id}, then the user's open challenges with a token main creates for the purpose. */
export async function lookUpCustomer(gateway: CircleGateway, userId: string, now: Date): Promise<CustomerLookup> {
  const user = await gateway.getUser(userId).catch((error: unknown) => {
    throw userCallFailure('lookup', userId, error);
  });
  let openChallenges: ChallengeRecord[] = [];
  let challengesProblem: string | null = null;
  try {
    const grant = await acquireToken(gateway, userId);
    const [pending, inProgress] = await Promise.all([
      gateway.listChallenges(grant.userToken, 'PENDING'),
      gateway.listChallenges(grant.userToken, 'IN_PROGRESS'),
    ]);
    openChallenges = [...inProgress, ...pending];
  } catch (error) {
    challengesProblem = flowFailure('lookup', error).message;
  }
  return { user, openChallenges, challengesProblem, checkedAt: now.toISOString() };
}
