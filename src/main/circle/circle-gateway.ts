import {
  initiateUserControlledWalletsClient,
  type ListUserChallengesStatusEnum,
} from '@circle-fin/user-controlled-wallets';
import type {
  ChallengeRecord,
  ChallengeStatus,
  CircleUserRecord,
  LockDetails,
} from '../../shared/circle/circle-records';
import type { IssuedSecrets } from '../secrets/issued-secrets';
import { apiKeySecrets } from '../secrets/secret-masking';
import { CircleCallError, retryAfterMs, toCircleCallError } from './circle-call-error';
import { type CallCategory, type CirclePacing, createCirclePacing } from './circle-pacing';
import { circleFetch } from './circle-transport';

export interface CircleConnection {
  apiKey: string;
  /** Circle's API (https://api.circle.com) or an emulator on loopback. */
  baseUrl: string;
}

/** The Circle calls PIN Desk makes. Every method returns plain data; every failure is a CircleCallError. */
export interface CircleGateway {
  fetchAppId(): Promise<string>;
  getUser(userId: string): Promise<CircleUserRecord>;
  createUserToken(userId: string): Promise<{ userToken: string; encryptionKey: string }>;
  createPinChangeChallenge(userToken: string, idempotencyKey: string): Promise<{ challengeId: string }>;
  createPinRestoreChallenge(userToken: string, idempotencyKey: string): Promise<{ challengeId: string }>;
  getChallenge(userToken: string, challengeId: string): Promise<ChallengeRecord>;
  listChallenges(userToken: string, status?: ChallengeStatus): Promise<ChallengeRecord[]>;
  /** Notification subscriptions: used on emulator environments only (Circle cannot reach a desktop). */
  subscribeNotifications(endpoint: string): Promise<{ subscriptionId: string }>;
  unsubscribeNotifications(subscriptionId: string): Promise<void>;
  /** The base64 DER (SPKI) public key a notification's X-Circle-Key-Id names. */
  notificationPublicKey(keyId: string): Promise<string>;
}

export interface GatewayOptions {
  pacing?: CirclePacing;
  /** The transport for the one call the SDK has no method for; defaults to the installed Circle transport. */
  fetch?: typeof fetch;
  /** Told of every user token and encryption key this gateway receives, so masking knows them for good. */
  issued?: IssuedSecrets;
}

/**
 * Every Circle call goes through the official Node SDK where it has a method. Only `response.data` leaves here:
 * the SDK's response and error objects carry the API key in their request config.
 */
export function createCircleGateway(connection: CircleConnection, options: GatewayOptions = {}): CircleGateway {
  const client = initiateUserControlledWalletsClient({ apiKey: connection.apiKey, baseUrl: connection.baseUrl });
  const pacing = options.pacing ?? createCirclePacing();
  // Looked up per call, so a transport installed after the gateway was made still applies.
  const transport: typeof fetch = options.fetch ?? ((input, init) => circleFetch()(input, init));
  const keySecrets = apiKeySecrets(connection.apiKey);
  const secrets = () => [...keySecrets, ...(options.issued?.all() ?? [])];

  const call = async <T>(operation: string, category: CallCategory, run: () => Promise<T>): Promise<T> =>
    pacing.run(category, async () => {
      try {
        return await run();
      } catch (error) {
        throw toCircleCallError(operation, error, secrets(), connection.baseUrl);
      }
    });

  const required = <T>(operation: string, value: T | undefined | null): T => {
    if (value === undefined || value === null) {
      throw new CircleCallError('unexpected', operation, `Circle's answer to ${operation} had no data`);
    }
    return value;
  };

  return {
    fetchAppId: () =>
      call('GET /v1/w3s/config/entity', 'read', async () => {
        const response = await transport(new URL('/v1/w3s/config/entity', connection.baseUrl), {
          headers: { authorization: `Bearer ${connection.apiKey}`, accept: 'application/json' },
        });
        const body = (await response.json().catch(() => null)) as {
          code?: number;
          message?: string;
          data?: { appId?: string };
        } | null;
        if (response.status === 407) {
          throw new CircleCallError(
            'network',
            'GET /v1/w3s/config/entity',
            'Proxy authentication required',
            undefined,
            'HTTP 407',
            'proxy',
          );
        }
        if (!response.ok) {
          const failure = new CircleCallError(
            'circle',
            'GET /v1/w3s/config/entity',
            body?.message ?? `HTTP ${response.status}`,
            { code: body?.code ?? response.status, status: response.status },
          );
          if (response.status === 429)
            failure.retryAfterMs = retryAfterMs(response.headers.get('retry-after') ?? undefined);
          throw failure;
        }
        return required('GET /v1/w3s/config/entity', body?.data?.appId);
      }),

    getUser: (userId) =>
      call('GET /v1/w3s/users/{id}', 'read', async () =>
        toUserRecord(required('GET /v1/w3s/users/{id}', (await client.getUser({ userId })).data?.user)),
      ),

    createUserToken: (userId) =>
      call('POST /v1/w3s/users/token', 'userToken', async () => {
        const data = required('POST /v1/w3s/users/token', (await client.createUserToken({ userId })).data);
        const encryptionKey = required('POST /v1/w3s/users/token', data.encryptionKey);
        options.issued?.remember(data.userToken, encryptionKey);
        return { userToken: data.userToken, encryptionKey };
      }),

    createPinChangeChallenge: (userToken, idempotencyKey) =>
      call('PUT /v1/w3s/user/pin', 'write', async () => ({
        challengeId: required('PUT /v1/w3s/user/pin', (await client.updateUserPin({ userToken, idempotencyKey })).data)
          .challengeId,
      })),

    createPinRestoreChallenge: (userToken, idempotencyKey) =>
      call('POST /v1/w3s/user/pin/restore', 'write', async () => ({
        challengeId: required(
          'POST /v1/w3s/user/pin/restore',
          (await client.restoreUserPin({ userToken, idempotencyKey })).data,
        ).challengeId,
      })),

    getChallenge: (userToken, challengeId) =>
      call('GET /v1/w3s/user/challenges/{id}', 'read', async () =>
        toChallengeRecord(
          required(
            'GET /v1/w3s/user/challenges/{id}',
            (await client.getUserChallenge({ userToken, challengeId })).data?.challenge,
          ),
        ),
      ),

    subscribeNotifications: (endpoint) =>
      call('POST /v2/notifications/subscriptions', 'write', async () => ({
        subscriptionId: required(
          'POST /v2/notifications/subscriptions',
          (await client.createSubscription({ endpoint })).data,
        ).id,
      })),

    unsubscribeNotifications: (subscriptionId) =>
      call('DELETE /v2/notifications/subscriptions/{id}', 'write', async () => {
        await client.deleteSubscription(subscriptionId);
      }),

    notificationPublicKey: (keyId) =>
      call('GET /v2/notifications/publicKey/{id}', 'read', async () =>
        required(
          'GET /v2/notifications/publicKey/{id}',
          (await client.getNotificationSignature(keyId)).data?.publicKey,
        ),
      ),

    listChallenges: (userToken, status) =>
      call('GET /v1/w3s/user/challenges', 'read', async () =>
        (
          (
            await client.listUserChallenges({
              userToken,
              ...(status ? { challengeStatus: status as ListUserChallengesStatusEnum } : {}),
            })
          ).data?.challenges ?? []
        ).map(toChallengeRecord),
      ),
  };
}

interface SdkLockDetails {
  failedAttempts?: number;
  lockedDate?: string;
  lockedExpiryDate?: string;
}

function toLockDetails(details: SdkLockDetails | undefined): LockDetails {
  return {
    failedAttempts: details?.failedAttempts ?? 0,
    lockedDate: details?.lockedDate ?? null,
    lockedExpiryDate: details?.lockedExpiryDate ?? null,
  };
}

function toUserRecord(user: {
  id?: string;
  status?: string;
  pinStatus?: string;
  securityQuestionStatus?: string;
  pinDetails?: SdkLockDetails;
  securityQuestionDetails?: SdkLockDetails;
  createDate?: string;
}): CircleUserRecord {
  return {
    id: user.id ?? '',
    status: user.status === 'DISABLED' ? 'DISABLED' : 'ENABLED',
    pinStatus: (user.pinStatus ?? 'UNSET') as CircleUserRecord['pinStatus'],
    securityQuestionStatus: (user.securityQuestionStatus ?? 'UNSET') as CircleUserRecord['securityQuestionStatus'],
    pinDetails: toLockDetails(user.pinDetails),
    securityQuestionDetails: toLockDetails(user.securityQuestionDetails),
    createDate: user.createDate ?? null,
  };
}

function toChallengeRecord(challenge: {
  id: string;
  type?: string;
  status: string;
  errorCode?: number;
  errorMessage?: string;
}): ChallengeRecord {
  return {
    id: challenge.id,
    type: challenge.type ?? 'UNKNOWN',
    status: challenge.status as ChallengeStatus,
    errorCode: challenge.errorCode ?? null,
    errorMessage: challenge.errorMessage ?? null,
  };
}
