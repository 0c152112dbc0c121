import { z } from 'zod';
import type { AppLookSaveResult, AppLookView } from '../app-look/app-look';
import type { CaseList, CaseView } from '../case-log/case-record';
import { caseOutcomeKinds } from '../case-log/case-record';
import type { CustomerLanguage } from '../customer-language/customer-languages';
import {
  type CustomerScreenEvent,
  type CustomerScreenSettings,
  type CustomerScreenStatus,
  type CustomerWindowView,
  greetingMaxLength,
  type StartedSession,
} from '../customer-screen/customer-screen';
import type { NetworkDiagnostics } from '../diagnostics/network-diagnostics';
import { type EnvironmentSummary, environmentIds } from '../environment/environments';
import type { SettingsView } from '../environment/settings-view';
import {
  type ChallengeSession,
  type ChallengeUpdate,
  type ExecutedSession,
  type FollowedChallenge,
  flowKinds,
  type TokenRefused,
} from '../flows/challenge-flow';
import type { CustomerLookup } from '../lookup/customer-lookup';
import { pathKinds, type RecommendationChoice } from '../lookup/path-recommendation';
import {
  appLookInput,
  saveAssetHostsInput,
  saveCircleWindowLookInput,
  saveSecurityQuestionsInput,
} from './app-look-inputs';
import { caseOverviewInvokeContract, overviewListFilters } from './case-overview-channels';
import type { EventChannel, InvokeChannel } from './channel-names';
import type { CircleWindowRefused } from './circle-window-refusal';
import type { ConnectionSaveResult } from './connection-form';
import { customerLanguageInput } from './customer-language-input';
import {
  attemptIdInput,
  caseIdInput,
  pastedChallengeIdInput,
  pastedEncryptionKeyInput,
  pastedUserTokenInput,
  requestIdInput,
  userIdInput,
} from './input-rules';
import type { IpcError } from './ipc-result';
import type { MenuCommandChosen } from './menu-commands';
import { teamLogInvokeContract } from './team-log-channels';

/** A type carried by the contract for the compiler only; it has no runtime value. */
export type Shape<T> = { readonly __shape?: T };
const shape = <T>(): Shape<T> => ({});

export interface InvokeSpec {
  /** Main parses every call with this; objects are strict (unknown keys rejected) and strings bounded. */
  readonly input: z.ZodType;
  readonly output: Shape<unknown>;
}

export interface EventSpec {
  readonly payload: Shape<unknown>;
}

export interface AppInfo {
  version: string;
  platform: string;
  environment: EnvironmentSummary;
}

export interface EnvironmentStatus {
  environment: EnvironmentSummary;
  /** Fetched from GET /v1/w3s/config/entity at start; null with a problem when that failed. */
  appId: string | null;
  appIdProblem: IpcError | null;
  /** Something the agent should know about the environment (e.g. emulator state that could not be read). */
  notice: string | null;
  /** "Show developer details" for this environment (Settings; on by default for emulators, off for Circle). */
  developerDetails: boolean;
  /** The embedded emulator's plain http address (its control page), on the local emulator only; not a secret. */
  emulatorAddress: string | null;
  /** The language a new customer starts in (Settings → Customer's language); the agent picks another per customer. */
  customerLanguage: CustomerLanguage;
}

/** What main knows of the environment itself, before the agent's view settings are added. */
export type EnvironmentFacts = Omit<EnvironmentStatus, 'developerDetails' | 'emulatorAddress' | 'customerLanguage'>;

/** The embedded emulator's address and its per-run key: a local emulator key, never a Circle key. */
export interface EmulatorControls {
  baseUrl: string;
  apiKey: string;
}

export interface CaseClosed {
  caseId: string;
  outcome: 'cancelled';
}

/** Channels that take no input accept nothing or an empty object. */
const noInput = z.strictObject({}).optional();

const environmentInput = z.enum(environmentIds);
const agentNameInput = z.string().trim().min(1, 'Enter a name').max(80);
/** A date or date-time, as the Cases filters send it. */
const isoDate = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+Z?)?$/, 'Use a date like 2026-11-27');

/** What the console recommended and what the customer said, for the case log. */
const recommendationInput: z.ZodType<RecommendationChoice> = z.strictObject({
  path: z.enum(pathKinds),
  knowsPin: z.boolean().nullable(),
  remembersAnswers: z.boolean().nullable(),
});

/** On Circle mainnet the agent types the user ID a second time; main checks the two match. */
const startInput = z.strictObject({
  userId: userIdInput,
  attemptId: attemptIdInput,
  confirmedUserId: userIdInput.optional(),
  recommendation: recommendationInput.optional(),
  /** The customer's language (a closed list of tags); absent: the default from Settings. */
  language: customerLanguageInput.optional(),
});

const sdkOutcome = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('complete'), status: z.string().max(40) }),
  z.strictObject({
    kind: z.literal('error'),
    code: z.number().int().min(0).max(9_999_999),
    message: z.string().max(500),
  }),
  z.strictObject({ kind: z.literal('closed') }),
  z.strictObject({ kind: z.literal('no-handshake') }),
]);

/** What the customer window reports: the SDK's outcomes, and its window shown or gone after an ending error. */
const customerWindowReport = z.discriminatedUnion('kind', [
  ...sdkOutcome.options,
  z.strictObject({ kind: z.literal('shown') }),
  z.strictObject({ kind: z.literal('window-gone') }),
]);

/** Electron's display ids are non-negative integers. */
const customerScreenChoice = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('off') }),
  z.strictObject({ kind: z.literal('same-display') }),
  z.strictObject({ kind: z.literal('display'), displayId: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }),
]);

export const invokeContract = {
  'app:info': { input: noInput, output: shape<AppInfo>() },
  'environment:status': { input: noInput, output: shape<EnvironmentStatus>() },
  'emulator:reset': {
    input: z.strictObject({ closeOpenCases: z.boolean() }),
    output: shape<EnvironmentStatus>(),
  },
  // The control page opens in the system browser; main decides the URL (the embedded emulator's own, loopback only).
  'emulator:openControlPage': { input: noInput, output: shape<{ opened: true; url: string }>() },
  // Asked for only when a developer presses "Show key": the embedded emulator's key never crosses otherwise.
  'emulator:revealKey': { input: noInput, output: shape<EmulatorControls>() },
  'customer:lookup': { input: z.strictObject({ userId: userIdInput }), output: shape<CustomerLookup>() },
  // With the customer screen on, Circle's window runs there: the agent gets the case without the token or key.
  'reset:start': { input: startInput, output: shape<StartedSession>() },
  'recovery:start': { input: startInput, output: shape<StartedSession>() },
  'recovery:fromForgotPin': { input: z.strictObject({ caseId: caseIdInput }), output: shape<StartedSession>() },
  'liveCase:follow': {
    input: z.strictObject({ userId: userIdInput, challengeId: z.uuid() }),
    output: shape<FollowedChallenge>(),
  },
  /** A challenge made elsewhere (Circle's guide, step 4): its token and key are secrets main masks wherever they go. */
  'liveCase:execute': {
    input: z.strictObject({
      userToken: pastedUserTokenInput,
      encryptionKey: pastedEncryptionKeyInput,
      challengeId: pastedChallengeIdInput,
    }),
    output: shape<ExecutedSession>(),
  },
  /** Circle refused an executed case's token: the developer pastes a new token and key for the same user. */
  'liveCase:replaceToken': {
    input: z.strictObject({
      caseId: caseIdInput,
      userToken: pastedUserTokenInput,
      encryptionKey: pastedEncryptionKeyInput,
    }),
    output: shape<ChallengeSession>(),
  },
  // An executed case reopens in the agent's window (its pasted token is there already); see customer-screen.ts.
  'liveCase:resume': { input: z.strictObject({ caseId: caseIdInput }), output: shape<StartedSession>() },
  'liveCase:reportOutcome': {
    input: z.strictObject({ caseId: caseIdInput, outcome: sdkOutcome }),
    output: shape<ChallengeUpdate | null>(),
  },
  'liveCase:cancel': { input: z.strictObject({ caseId: caseIdInput }), output: shape<CaseClosed>() },
  // Main writes the clipboard (the renderer's permission stays denied); only an ID of one of these shapes (a request
  // ID: Circle's X-Request-Id of a failed call, for an escalation).
  'liveCase:copyId': {
    input: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('userId'), value: userIdInput }),
      z.strictObject({ kind: z.literal('challengeId'), value: z.uuid() }),
      z.strictObject({ kind: z.literal('requestId'), value: requestIdInput }),
    ]),
    output: shape<{ copied: true }>(),
  },
  'settings:get': { input: noInput, output: shape<SettingsView>() },
  'settings:setEnvironment': {
    input: z.strictObject({ environment: environmentInput, closeOpenCases: z.boolean() }),
    output: shape<SettingsView>(),
  },
  'settings:setBaseUrl': {
    input: z.strictObject({ environment: environmentInput, baseUrl: z.string().max(500).nullable() }),
    output: shape<SettingsView>(),
  },
  'settings:setApiKey': {
    // Sent once, never returned: the renderer can learn only whether a key is set and its hint.
    input: z.strictObject({ environment: environmentInput, apiKey: z.string().max(400) }),
    output: shape<SettingsView>(),
  },
  /** Base URL and API key checked together and saved together; an empty key keeps the saved one. */
  'settings:saveConnection': {
    input: z.strictObject({
      environment: environmentInput,
      baseUrl: z.string().max(500),
      // Sent once, never returned, as with settings:setApiKey.
      apiKey: z.string().max(400),
    }),
    output: shape<ConnectionSaveResult>(),
  },
  'settings:forgetKey': { input: z.strictObject({ environment: environmentInput }), output: shape<SettingsView>() },
  'settings:setAgentName': { input: z.strictObject({ agentName: agentNameInput }), output: shape<SettingsView>() },
  'settings:setDeveloperDetails': {
    input: z.strictObject({ environment: environmentInput, show: z.boolean() }),
    output: shape<SettingsView>(),
  },
  'settings:customerScreen': { input: noInput, output: shape<CustomerScreenSettings>() },
  'settings:setCustomerScreen': {
    input: z.strictObject({
      choice: customerScreenChoice,
      greeting: z.string().trim().min(1, 'Enter a greeting').max(greetingMaxLength).optional(),
    }),
    output: shape<CustomerScreenSettings>(),
  },
  /** The language a new customer is served in until the agent picks another on the Customer view. */
  'settings:customerLanguage': { input: noInput, output: shape<{ language: CustomerLanguage }>() },
  'settings:setCustomerLanguage': {
    input: z.strictObject({ language: customerLanguageInput }),
    output: shape<{ language: CustomerLanguage }>(),
  },
  'settings:appLook': { input: appLookInput, output: shape<AppLookView>() },
  'settings:saveSecurityQuestions': { input: saveSecurityQuestionsInput, output: shape<AppLookSaveResult>() },
  'settings:saveCircleWindowLook': { input: saveCircleWindowLookInput, output: shape<AppLookSaveResult>() },
  'settings:saveAssetHosts': { input: saveAssetHostsInput, output: shape<AppLookSaveResult>() },
  'customerScreen:status': { input: noInput, output: shape<CustomerScreenStatus>() },
  'caseLog:list': {
    input: z.strictObject({
      /** Any part of a user ID, ticket reference, case ID, challenge ID or note; every word must be found. */
      search: z.string().trim().max(200).optional(),
      userId: z.string().trim().max(50).optional(),
      /** `EXPIRED` also finds FAILED with 155121, as Circle reports an expiry. */
      outcome: z.enum([...caseOutcomeKinds, 'open']).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      environment: environmentInput.optional(),
      flow: z.enum(flowKinds).optional(),
      ...overviewListFilters,
      /** A page at a time: a shift's case log can hold tens of thousands of cases. */
      limit: z.number().int().min(1).max(500).optional(),
      after: z.string().max(300).optional(),
    }),
    output: shape<CaseList>(),
  },
  'caseLog:open': { input: z.strictObject({ caseId: caseIdInput }), output: shape<CaseView>() },
  'caseLog:export': {
    input: z.strictObject({ caseId: caseIdInput, format: z.enum(['markdown', 'json']) }),
    output: shape<{ saved: boolean; path: string | null }>(),
  },
  'caseLog:copyMarkdown': { input: z.strictObject({ caseId: caseIdInput }), output: shape<{ copied: true }>() },
  'caseLog:setDetails': {
    input: z.strictObject({
      caseId: caseIdInput,
      ticketRef: z.string().trim().max(100).nullable(),
      note: z.string().max(2000).nullable(),
    }),
    output: shape<CaseView>(),
  },
  'diagnostics:get': { input: noInput, output: shape<NetworkDiagnostics>() },
  /** Main writes the diagnostics text to the clipboard (the renderer's clipboard permission stays denied). */
  'diagnostics:copy': { input: noInput, output: shape<{ copied: true }>() },
  // The customer window's slice (window-channels.ts); main refuses a case other than the one the window shows.
  'customerWindow:showing': { input: noInput, output: shape<CustomerWindowView>() },
  'customerWindow:report': {
    input: z.strictObject({ caseId: caseIdInput, report: customerWindowReport }),
    output: shape<{ recorded: true }>(),
  },
  /** Only after Circle's window reported the token expired or invalid (155104/155105). */
  'customerWindow:renewSession': {
    input: z.strictObject({ caseId: caseIdInput }),
    output: shape<CustomerWindowView>(),
  },
  'customerWindow:forgotPin': { input: z.strictObject({ caseId: caseIdInput }), output: shape<CustomerWindowView>() },
  ...teamLogInvokeContract,
  ...caseOverviewInvokeContract,
} as const satisfies { [C in InvokeChannel]: InvokeSpec };

export const eventContract = {
  'challenge:updated': { payload: shape<ChallengeUpdate>() },
  /** Circle no longer takes an executed case's pasted token; only the developer can give another. */
  'liveCase:tokenRefused': { payload: shape<TokenRefused>() },
  /**
   * To the agent's window, wherever Circle's window ran: main refused a page that is not Circle's there, and Circle's
   * window is closed (the customer screen's by main, the agent's own by this window).
   */
  'liveCase:circleWindowRefused': { payload: shape<CircleWindowRefused>() },
  /** An application-menu item (or its accelerator) was chosen: the renderer acts on the ones it knows. */
  'menu:commandChosen': { payload: shape<MenuCommandChosen>() },
  /** To the agent's window: what happened on the customer screen. */
  'customerScreen:changed': { payload: shape<CustomerScreenEvent>() },
  /** To the customer window: what to show now. */
  'customerWindow:changed': { payload: shape<CustomerWindowView>() },
} as const satisfies { [E in EventChannel]: EventSpec };

type ShapeOf<S> = S extends Shape<infer T> ? T : never;
export type InputOf<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['input']>;
export type ParsedInputOf<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['input']>;
export type OutputOf<C extends InvokeChannel> = ShapeOf<(typeof invokeContract)[C]['output']>;
export type PayloadOf<E extends EventChannel> = E extends keyof typeof eventContract
  ? ShapeOf<(typeof eventContract)[E]['payload']>
  : never;
