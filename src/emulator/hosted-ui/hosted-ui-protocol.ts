// What the hosted PIN UI's page script and the emulator say to each other: the page's start-up config and its small
// JSON API under /pw-auth/api/. Types only, so the browser script (served as source text) can import them freely.
import type { HostedUiErrorMode } from '../behaviour/emulator-behaviour';
import type { ChallengeStatus, ChallengeType } from '../rules/challenge-lifecycle';

/** Handed to the page script when it is served. */
export interface HostedPinUiConfig {
  /** Offered on the "choose security questions" screen when the app did not set its own (SET_PIN / INITIALIZE). */
  defaultSecurityQuestions: string[];
  /** How many questions a new PIN needs at least (Circle: two). */
  minimumSecurityQuestions: number;
  /** Shown on the security confirmation screen when the app set no `securityConfirmItems` of its own. */
  defaultSecurityConfirmItems: string[];
  transport: HostedPageTransport;
  /** Whether errors the customer can retry in the same window also reach the SDK's callback (`report`). */
  hostedUiErrors: HostedUiErrorMode;
  /** The preview page (`<prefix>preview/`): a new PIN's screens answered in the page, no challenge, no API call. */
  preview?: boolean;
}

/**
 * How the page reaches the emulator beyond its own relative API. Under Circle's host names (the Circle-shaped
 * emulator) the page also asks `api.circle.com` about the user token, cross-origin, before it shows anything, as a
 * hosted web app calling its own API host does.
 */
export interface HostedPageTransport {
  /** `GET` with the user token in `X-User-Token`, no cookie; null on the emulator's own address. */
  sessionCheckUrl: string | null;
}

/** GET <sessionCheckUrl>: the user token is valid; when it expires. */
export interface SessionCheckReply {
  data: { userId: string; expiresAt: string };
}

/** The page's API, relative to the page (so `https://pw-auth.circle.com/api/…` travels the same route as the page). */
export type HostedUiEndpoint =
  | 'api/open'
  | 'api/current-pin'
  | 'api/security-answers'
  | 'api/new-pin-check'
  | 'api/new-pin'
  | 'api/confirm-pin';

export interface CircleErrorBody {
  code: number;
  message: string;
}

export interface SessionBody {
  userToken: string;
  challengeId: string;
}

/** POST api/open: everything the SDK handed over; checked before any PIN screen is shown. */
export interface OpenBody extends SessionBody {
  appId: string;
  encryptionKey: string;
}

/** Circle's security question types (the web SDK's `QuestionType`): a DATE question is answered with a date. */
export type QuestionType = 'TEXT' | 'DATE';

/** One of the user's questions as the RESTORE_PIN screen shows it: the text, its type, and the customer's hint. */
export interface SecurityQuestionView {
  question: string;
  type: QuestionType;
  hint: string | null;
}

export interface OpenReply {
  challenge: { type: ChallengeType; status: ChallengeStatus };
  /** The user's own questions, in order (the RESTORE_PIN screen asks each). */
  securityQuestions: SecurityQuestionView[];
  /** CREATE_WALLET only: the blockchains the customer is asked to confirm wallets on. */
  blockchains?: string[];
}

export interface CurrentPinBody extends SessionBody {
  pin: string;
}

export interface SecurityAnswersBody extends SessionBody {
  answers: string[];
}

/** POST api/new-pin-check: Circle's new-PIN rules (155704, 155703) without touching the challenge. */
export interface NewPinCheckBody {
  pin: string;
  confirmation?: string;
}

export type NewPinCheckReply = { ok: true } | { ok: false; error: CircleErrorBody };

export interface NewPinBody extends SessionBody {
  pin: string;
  confirmation: string;
  /** SET_PIN / INITIALIZE only: each question, its answer, and (optional) the customer's hint and its type. */
  securityQuestions?: { question: string; answer: string; hint?: string; type?: QuestionType }[];
}

/** POST api/confirm-pin (CREATE_WALLET): the PIN confirms the wallets, and the challenge completes. */
export interface ConfirmPinBody extends SessionBody {
  pin: string;
}

/**
 * A step's answer (HTTP 200). Errors that end the session before a step could run (expired token, unknown challenge,
 * bad input) come back instead as Circle's `{code, message}` envelope with an HTTP error status.
 */
export type StepReply =
  | { ok: true; challenge: { type: ChallengeType; status: ChallengeStatus } }
  | { ok: false; error: CircleErrorBody; challengeFailed: boolean };
