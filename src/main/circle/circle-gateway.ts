import { randomUUID } from 'node:crypto';
import {
  initiateUserControlledWalletsClient,
  type ListUserChallengesStatusEnum,
} from '@circle-fin/user-controlled-wallets';
import type { CircleCall } from '../../shared/circle/circle-call';
import type { ChallengeRecord, ChallengeStatus, CircleUserRecord } from '../../shared/circle/circle-records';
import type { IssuedSecrets } from '../secrets/issued-secrets';
import { apiKeySecrets } from '../secrets/secret-masking';
import { CircleCallError, retryAfterMs, toCircleCallError } from './circle-call-error';
import { type CallCategory, type CirclePacing, createCirclePacing, type PacingOptions } from './circle-pacing';
import { toChallengeRecord, toUserRecord } from './circle-record-conversion';
import { refusingRedirects } from './circle-redirects';
import { headerValue, installRequestIdInterceptor, withRequestId } from './circle-request-id';
import { circleFetch, routeSdkThroughCircleFetch } from './circle-transport';

export interface CircleConnection {
  apiKey: string;
  /** Circle's API (https://api.circle.com), a gateway in front of it (any path prefix), or an emulator on loopback. */
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
  /** The same gateway, also telling `onCall` about every HTTP request it makes (a case's log, say). */
  observed(onCall: (call: CircleCall) => void): CircleGateway;
}

export interface GatewayOptions {
  pacing?: CirclePacing;
  /** How the pacing's retries wait after a 429 (real time by default); ignored with `pacing`. */
  retrySleep?: PacingOptions['sleep'];
  /** The transport for the one call the SDK has no method for (made to refuse redirects); else the installed one. */
  fetch?: typeof fetch;
  /** Told of every user token and encryption key this gateway receives, so masking knows them for good. */
  issued?: IssuedSecrets;
}

/** What the SDK's methods answer: the HTTP status and headers beside `data`. */
interface SdkAnswer<Data> {
  status: number;
  headers?: unknown;
  data?: Data;
}

/**
 * Every Circle call goes through the official Node SDK where it has a method. Only `response.data` leaves here:
 * the SDK's response and error objects carry the API key in their request config. Each HTTP attempt (a 429's retry
 * is another) sends its own X-Request-Id, and observers hear the endpoint, the status and the ID Circle answered with.
 * No call follows a redirect (circle-redirects.ts), and every call stays under the base URL's path.
 */
export function createCircleGateway(given: CircleConnection, options: GatewayOptions = {}): CircleGateway {
  // The SDK appends its paths to the base URL as text: a trailing slash would make them `//v1/…`.
  const connection = { ...given, baseUrl: given.baseUrl.replace(/\/+$/, '') };
  const client = initiateUserControlledWalletsClient({ apiKey: connection.apiKey, baseUrl: connection.baseUrl });
  installRequestIdInterceptor();
  routeSdkThroughCircleFetch();
  const pacing = options.pacing ?? createCirclePacing(options.retrySleep ? { sleep: options.retrySleep } : {});
  // Looked up per call, so a transport installed after the gateway was made still applies.
  const transport: typeof fetch = options.fetch
    ? refusingRedirects(options.fetch)
    : (input, init) => circleFetch()(input, init);
  const keySecrets = apiKeySecrets(connection.apiKey);
  const secrets = () => [...keySecrets, ...(options.issued?.all() ?? [])];

  const required = <T>(operation: string, value: T | undefined | null): T => {
    if (value === undefined || value === null) {
      throw new CircleCallError('unexpected', operation, `Circle's answer to ${operation} had no data`);
    }
    return value;
  };

  const build = (observe: (call: CircleCall) => void): CircleGateway => {
    /** One call: paced, each attempt with its own request ID and observed, then its answer read. */
    const call = <Data, T>(
      operation: string,
      category: CallCategory,
      send: (xRequestId: string) => Promise<SdkAnswer<Data>>,
      read: (data: Data | undefined) => T,
    ): Promise<T> =>
      pacing.run(category, async () => {
        const sent = randomUUID();
        let answer: SdkAnswer<Data>;
        try {
          answer = await withRequestId(sent, () => send(sent));
        } catch (error) {
          const failure = toCircleCallError(operation, error, secrets(), connection.baseUrl);
          failure.requestId = (failure.circle && answeredRequestId(error)) || sent;
          observe({
            endpoint: operation,
            httpStatus: failure.circle?.status ?? failure.redirectStatus ?? null,
            requestId: failure.requestId,
            ...(failure.circle && failure.circle.code !== failure.circle.status
              ? { circleCode: failure.circle.code }
              : {}),
          });
          throw failure;
        }
        observe({
          endpoint: operation,
          httpStatus: answer.status,
          requestId: headerValue(answer.headers, 'x-request-id') ?? sent,
        });
        try {
          return read(answer.data);
        } catch (error) {
          throw toCircleCallError(operation, error, secrets(), connection.baseUrl);
        }
      });

    return {
      fetchAppId: () =>
        call(
          'GET /v1/w3s/config/entity',
          'read',
          (xRequestId) => fetchEntityConfig(transport, connection, xRequestId),
          (data) => required('GET /v1/w3s/config/entity', data?.appId),
        ),

      getUser: (userId) =>
        call(
          'GET /v1/w3s/users/{id}',
          'read',
          (xRequestId) => client.getUser({ userId, xRequestId }),
          (data) => toUserRecord(required('GET /v1/w3s/users/{id}', data?.user)),
        ),

      createUserToken: (userId) =>
        call(
          'POST /v1/w3s/users/token',
          'userToken',
          (xRequestId) => client.createUserToken({ userId, xRequestId }),
          (data) => {
            const token = required('POST /v1/w3s/users/token', data);
            const encryptionKey = required('POST /v1/w3s/users/token', token.encryptionKey);
            options.issued?.remember(token.userToken, encryptionKey);
            return { userToken: token.userToken, encryptionKey };
          },
        ),

      createPinChangeChallenge: (userToken, idempotencyKey) =>
        call(
          'PUT /v1/w3s/user/pin',
          'write',
          (xRequestId) => client.updateUserPin({ userToken, idempotencyKey, xRequestId }),
          (data) => ({ challengeId: required('PUT /v1/w3s/user/pin', data).challengeId }),
        ),

      createPinRestoreChallenge: (userToken, idempotencyKey) =>
        call(
          'POST /v1/w3s/user/pin/restore',
          'write',
          (xRequestId) => client.restoreUserPin({ userToken, idempotencyKey, xRequestId }),
          (data) => ({ challengeId: required('POST /v1/w3s/user/pin/restore', data).challengeId }),
        ),

      getChallenge: (userToken, challengeId) =>
        call(
          'GET /v1/w3s/user/challenges/{id}',
          'read',
          (xRequestId) => client.getUserChallenge({ userToken, challengeId, xRequestId }),
          (data) => toChallengeRecord(required('GET /v1/w3s/user/challenges/{id}', data?.challenge)),
        ),

      listChallenges: (userToken, status) =>
        call(
          'GET /v1/w3s/user/challenges',
          'read',
          (xRequestId) =>
            client.listUserChallenges({
              userToken,
              xRequestId,
              ...(status ? { challengeStatus: status as ListUserChallengesStatusEnum } : {}),
            }),
          (data) => (data?.challenges ?? []).map(toChallengeRecord),
        ),

      // The subscription methods take no request ID: the interceptor adds the attempt's.
      subscribeNotifications: (endpoint) =>
        call(
          'POST /v2/notifications/subscriptions',
          'write',
          () => client.createSubscription({ endpoint }),
          (data) => ({ subscriptionId: required('POST /v2/notifications/subscriptions', data).id }),
        ),

      unsubscribeNotifications: (subscriptionId) =>
        call(
          'DELETE /v2/notifications/subscriptions/{id}',
          'write',
          () => client.deleteSubscription(subscriptionId),
          () => undefined,
        ),

      notificationPublicKey: (keyId) =>
        call(
          'GET /v2/notifications/publicKey/{id}',
          'read',
          () => client.getNotificationSignature(keyId),
          (data) => required('GET /v2/notifications/publicKey/{id}', data?.publicKey),
        ),

      observed: (onCall) =>
        build((made) => {
          observe(made);
          onCall(made);
        }),
    };
  };

  return build(() => {});
}

/** The one call the SDK has no method for, straight through the transport, answered like an SDK method. */
async function fetchEntityConfig(
  transport: typeof fetch,
  connection: CircleConnection,
  xRequestId: string,
): Promise<SdkAnswer<{ appId?: string }>> {
  const operation = 'GET /v1/w3s/config/entity';
  // Appended, as the SDK does: `new URL('/v1/…', base)` would drop a gateway's path prefix.
  const response = await transport(`${connection.baseUrl}/v1/w3s/config/entity`, {
    headers: {
      authorization: `Bearer ${connection.apiKey}`,
      accept: 'application/json',
      'x-request-id': xRequestId,
    },
  });
  const body = (await response.json().catch(() => null)) as {
    code?: number;
    message?: string;
    data?: { appId?: string };
  } | null;
  if (response.status === 407) {
    throw new CircleCallError('network', operation, 'Proxy authentication required', undefined, 'HTTP 407', 'proxy');
  }
  if (!response.ok) {
    const failure = new CircleCallError('circle', operation, body?.message ?? `HTTP ${response.status}`, {
      code: body?.code ?? response.status,
      status: response.status,
    });
    if (response.status === 429) failure.retryAfterMs = retryAfterMs(response.headers.get('retry-after') ?? undefined);
    failure.answeredRequestId = response.headers.get('x-request-id') ?? undefined;
    throw failure;
  }
  return { status: response.status, headers: response.headers, ...(body?.data ? { data: body.data } : {}) };
}

/** The X-Request-Id of the HTTP answer behind a failed call: the SDK's error keeps the axios error as `error`. */
function answeredRequestId(error: unknown): string | null {
  if (error instanceof CircleCallError) return error.answeredRequestId ?? null;
  if (typeof error !== 'object' || error === null) return null;
  try {
    const cause = (error as { error?: { response?: { headers?: unknown } } }).error;
    return headerValue(cause?.response?.headers, 'x-request-id');
  } catch {
    return null;
  }
}
