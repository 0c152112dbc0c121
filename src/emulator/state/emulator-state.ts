// The emulator's whole state as plain JSON-able records: what export writes, import reads and the store indexes.
import type { SecretHash } from '../auth/secret-hash';
import type { ClockState } from '../clock/virtual-clock';
import type { ChallengeStatus, ChallengeType } from '../rules/challenge-lifecycle';
import type { AttemptCounter } from '../rules/lockout';
import type { ProvenKnowledge } from '../rules/proof-of-knowledge';
import type { Blockchain } from '../wallets/blockchains';

export interface NotificationKeyRecord {
  id: string;
  /** PKCS#8 PEM of the ECDSA P-256 signing key. Local test key only: it never leaves the emulator's state. */
  privateKeyPem: string;
  /** Base64 DER SPKI, as Circle serves it. */
  publicKey: string;
  createDate: string;
}

export interface EntityRecord {
  appId: string;
  /** Base64 HMAC secret the encryption keys of user tokens are derived with. */
  tokenSecret: string;
  /** PKCS#8 PEM of the RSA key signing user tokens (RS256, as Circle's). Local test key: it never leaves the state. */
  tokenSigningKeyPem: string;
  notificationKey: NotificationKeyRecord;
}

export interface SecurityQuestionRecord {
  question: string;
  answerHash: SecretHash;
  /** Circle's question type; absent is TEXT (state files written before types were kept). */
  type?: 'TEXT' | 'DATE';
  /** The customer's answer hint, shown on the recover screen; absent when they gave none. */
  hint?: string;
}

export interface UserRecord {
  id: string;
  createDate: string;
  status: 'ENABLED' | 'DISABLED';
  pinHash: SecretHash | null;
  pinAttempts: AttemptCounter;
  securityQuestions: SecurityQuestionRecord[] | null;
  answerAttempts: AttemptCounter;
  /** When a lock was last lifted by hand (`POST /emulator/users/{id}/unlock`): Circle's `lastLockOverrideDate`. */
  lastLockOverride?: { pin?: string; securityQuestions?: string };
}

/** What the challenge has proven, and for which setting of the PIN (rules/proof-of-knowledge.ts). */
export type ChallengeProgress = ProvenKnowledge;

export type AccountType = 'EOA' | 'SCA';

/** The wallets an INITIALIZE (with `blockchains`) or CREATE_WALLET challenge makes when it completes. */
export interface WalletRequest {
  accountType: AccountType;
  blockchains: Blockchain[];
  /** Empty, or one `{ name?, refId? }` per blockchain, in the same order. */
  metadata: { name?: string; refId?: string }[];
}

export interface ChallengeRecord {
  id: string;
  userId: string;
  type: ChallengeType;
  status: ChallengeStatus;
  idempotencyKey: string;
  createDate: string;
  updateDate: string;
  expiresAt: string;
  correlationIds: string[];
  errorCode: number | null;
  errorMessage: string | null;
  progress: ChallengeProgress;
  /** Absent on challenges that make no wallets (and in state files written before wallets existed). */
  walletRequest?: WalletRequest;
}

/** A user-controlled wallet: made when its challenge completes, `LIVE`, in the user's one wallet set. */
export interface WalletRecord {
  id: string;
  userId: string;
  walletSetId: string;
  blockchain: Blockchain;
  accountType: AccountType;
  address: string;
  initialPublicKey?: string;
  name?: string;
  refId?: string;
  createDate: string;
  updateDate: string;
}

export interface SubscriptionRecord {
  id: string;
  name: string;
  endpoint: string;
  enabled: boolean;
  createDate: string;
  updateDate: string;
  notificationTypes: string[];
  restricted: boolean;
}

export const snapshotFormat = 'pin-desk-emulator-state';

export interface EmulatorSnapshot {
  format: typeof snapshotFormat;
  version: 1;
  entity: EntityRecord;
  clock: ClockState;
  users: UserRecord[];
  challenges: ChallengeRecord[];
  subscriptions: SubscriptionRecord[];
  wallets: WalletRecord[];
}
