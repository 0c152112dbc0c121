import { CircleCallError } from '../circle/circle-call-error';
import type { CircleGateway } from '../circle/circle-gateway';
import { createTokenBucket, type TokenBucket } from './token-bucket';

/**
 * The public keys notifications are signed with, looked up (with the API key, against the rate budget) only when
 * worth it: the key id must be UUID-shaped, as Circle's are; an id Circle said it does not know is remembered and
 * never asked about again; and ids not seen before are looked up at most once per `newKeyLookupSeconds`. So a flood
 * of forged posts costs at most one lookup, and a genuine key, once known, is never looked up again. What a forger
 * can still do before the genuine key is first learned is delay it by one interval; polling goes on meanwhile.
 */
export interface NotificationKeys {
  /** The key's public key (base64 DER), or null when it is unknown or not looked up now (the delivery is refused). */
  publicKeyFor(keyId: string): Promise<string | null>;
}

export interface NotificationKeysOptions {
  /**
   * How often an id not seen before may be looked up. Circle rotates its key rarely, and senders retry a delivery for
   * about 30 s (the emulator at 1, 2, 4, 8 and 16 s), so a genuine new key still gets through after a forged lookup.
   */
  newKeyLookupSeconds?: number;
  /** How many refused ids to remember (the oldest is forgotten first). */
  rememberedFailures?: number;
  now?: () => number;
}

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isKeyIdShaped(keyId: string): boolean {
  return uuidShape.test(keyId);
}

export function createNotificationKeys(
  gateway: Pick<CircleGateway, 'notificationPublicKey'>,
  options: NotificationKeysOptions = {},
): NotificationKeys {
  const known = new Map<string, Promise<string>>();
  const refused = new Set<string>();
  const rememberedFailures = options.rememberedFailures ?? 1000;
  const newKeyLookups: TokenBucket = createTokenBucket({
    capacity: 1,
    perSecond: 1 / (options.newKeyLookupSeconds ?? 20),
    ...(options.now ? { now: options.now } : {}),
  });

  const remember = (keyId: string) => {
    refused.add(keyId);
    if (refused.size > rememberedFailures) refused.delete(refused.values().next().value as string);
  };

  const lookUp = (keyId: string): Promise<string> => {
    const lookup = gateway.notificationPublicKey(keyId);
    known.set(keyId, lookup);
    lookup.catch((error: unknown) => {
      known.delete(keyId);
      // Circle said no: that id is never worth asking about again. A network failure may pass, so it is not kept.
      if (error instanceof CircleCallError && error.kind === 'circle') remember(keyId);
    });
    return lookup;
  };

  return {
    async publicKeyFor(keyId) {
      if (!isKeyIdShaped(keyId) || refused.has(keyId)) return null;
      const lookup = known.get(keyId) ?? (newKeyLookups.take() ? lookUp(keyId) : null);
      return lookup ? lookup.catch(() => null) : null;
    },
  };
}
