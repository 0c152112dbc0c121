// Starts an emulator: a loopback HTTP server speaking Circle's W3S API over a state that starts seeded (or from a
// snapshot). No Electron here: the console, the test bed and the standalone entry all start it the same way.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Network } from './auth/api-key';
import { defaultScryptCost, hashSecret, type ScryptCost, type SecretHash } from './auth/secret-hash';
import {
  type BehaviourChange,
  behaviourChange,
  changedBehaviour,
  defaultBehaviour,
  type EmulatorBehaviour,
} from './behaviour/emulator-behaviour';
import type { ChallengeSteps } from './challenges/challenge-steps';
import * as steps from './challenges/challenge-steps';
import { startCircleHostsServer, type TlsCredentials } from './circle-hosts/circle-hosts-server';
import { circleHostsWebSdkNote, plainAddressWebSdkNote } from './circle-hosts/web-sdk-reach';
import { createVirtualClock } from './clock/virtual-clock';
import { registerControlPageRoutes } from './control-page/control-page-routes';
import { FaultRules } from './controls/fault-rules';
import type { EmulatorCore, EmulatorSettings } from './emulator-core';
import { acceptedKeys, type ClockOption, initialClock } from './emulator-start-settings';
import { registerHostedUiRoutes } from './hosted-ui/hosted-ui-routes';
import { buildApiServer, type Exchange } from './http/api-server';
import { registerEmulatorControlRoutes } from './http/routes/emulator-control-routes';
import { registerEmulatorInspectionRoutes } from './http/routes/emulator-inspection-routes';
import { registerEmulatorLockRoutes } from './http/routes/emulator-lock-routes';
import { registerHealthAndConfigRoutes } from './http/routes/health-and-config-routes';
import { registerNotEmulatedRoutes } from './http/routes/not-emulated-routes';
import { registerNotificationRoutes } from './http/routes/notification-routes';
import { registerPinChallengeRoutes } from './http/routes/pin-challenge-routes';
import { registerTransactionRoutes } from './http/routes/transaction-routes';
import { registerUserRoutes } from './http/routes/user-routes';
import { registerWalletRoutes } from './http/routes/wallet-routes';
import { ReplayedErrors } from './idempotency/replayed-errors';
import { DeliveryLog } from './notifications/delivery-log';
import { NotificationDispatcher, type NotificationDispatcherOptions } from './notifications/notification-dispatcher';
import { defaultChallengeLifetimeSeconds } from './rules/challenge-lifecycle';
import { circleLockoutPolicy, type LockoutPolicy } from './rules/lockout';
import { describeScenarioUser, scenarioNames } from './scenarios/seeded-users';
import { buildUser } from './scenarios/user-builder';
import type { EmulatorSnapshot } from './state/emulator-state';
import { EmulatorStore } from './state/emulator-store';
import { createEntity, withTokenSigningKey } from './state/entity';
import { readSnapshot } from './state/snapshot-schema';
import { WarningLog, type WarningOutput } from './warnings/warning-log';

export interface EmulatorOptions {
  /** Loopback only: '127.0.0.1' (default), '::1' or 'localhost'. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Accepted API key(s); by default a fresh random key per start. */
  apiKey?: string | string[];
  /** Decides the prefix of generated keys: TEST_API_KEY (testnet, default) or LIVE_API_KEY (mainnet). */
  network?: Network;
  /** Circle's per-key rate limits (429); off by default. */
  rateLimits?: boolean;
  challengeLifetimeSeconds?: number;
  lockout?: LockoutPolicy;
  /** scrypt cost for new PIN/answer hashes; defaults to a real cost. Tests pass `testScryptCost`. */
  secretHashCost?: ScryptCost;
  /**
   * The RS256 key (PKCS#8 PEM) a fresh entity signs user tokens with; a new RSA-2048 key by default. A port for tests
   * that do not test the key: one per test process spares ~0.2 s of CPU at every start.
   */
  tokenSigningKeyPem?: string;
  /** Where the virtual clock starts, and whether it stands still until advanced. */
  clock?: ClockOption;
  /** Start from this state (e.g. a state file) instead of the seeded one. */
  state?: unknown;
  bodyLimitBytes?: number;
  /** Called after any state change (the standalone entry saves the state file). */
  onStateChange?: () => void;
  /** Webhook delivery: retry backoff, timeout, and an observer of every attempt. */
  notifications?: NotificationDispatcherOptions;
  /** Called with every request and response body (tests validate the bodies against Circle's OpenAPI files). */
  onExchange?: (exchange: Exchange) => void;
  /**
   * Also serve the API and the hosted UI over TLS under Circle's host names, with this certificate (the Circle-shaped
   * emulator: see circle-hosts/circle-shaped-emulator.ts, which makes a throwaway one).
   */
  circleHosts?: TlsCredentials;
  /** How closely to copy Circle where behaviours differ; defaults `circle`, `report`, `successful-only`, `warn`. */
  behaviour?: BehaviourChange;
  /** Where warnings for the developer are written as they happen (a reused key with another body); stderr by default. */
  onWarning?: WarningOutput;
}

export interface Emulator {
  baseUrl: string;
  /** The first accepted key: what a client should send as `Authorization: Bearer <key>`. */
  apiKey: string;
  apiKeys: readonly string[];
  network: Network;
  readonly appId: string;
  clock: { now(): Date; advance(seconds: number): Date };
  exportState(): EmulatorSnapshot;
  /** Replaces the whole state; throws (changing nothing) when the snapshot is not a valid emulator state. */
  importState(snapshot: unknown): void;
  /** What the hosted PIN UI does to a challenge, callable directly (the hosted UI and rehearsal tools use it). */
  challengeSteps: ChallengeSteps;
  /** The TLS port answering under Circle's host names, when started with `circleHosts`; null otherwise. */
  circleHostsPort: number | null;
  /** The behaviour settings now, and a change to them (as `POST /emulator/behaviour`); both return the settings. */
  behaviour(): EmulatorBehaviour;
  changeBehaviour(change: BehaviourChange): EmulatorBehaviour;
  /** Back to the seeded users, with no challenges or subscriptions; the appId and keys stay. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

const loopbackHosts = new Set(['127.0.0.1', '::1', 'localhost']);

export async function seedUsers(core: EmulatorCore): Promise<void> {
  const nowMs = core.clock.nowMs();
  const cost = core.settings.secretHashCost;
  // The seeded users share one PIN and two answers: each is hashed once per seeding, its salt shared by the users
  // that have it — three hashes at the real cost where there were twelve, and a first start waits for them.
  const hashes = new Map<string, Promise<SecretHash>>();
  const hashOnce = (secret: string) => {
    const hashed = hashes.get(secret) ?? hashSecret(secret, cost);
    hashes.set(secret, hashed);
    return hashed;
  };
  const users = await Promise.all(
    scenarioNames.map((name) => buildUser(describeScenarioUser(name), nowMs, cost, core.settings.lockout, hashOnce)),
  );
  for (const user of users) core.store.putUser(user);
}

/** A state to load, checked whole (throws, changing nothing, when it is not one), its entity brought up to date. */
function readImport(input: unknown): EmulatorSnapshot {
  const read = readSnapshot(input);
  if (!read.ok) throw new Error(`Not a valid emulator state: ${read.problem}`);
  return { ...read.snapshot, entity: withTokenSigningKey(read.snapshot.entity) };
}

export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? '127.0.0.1';
  if (!loopbackHosts.has(host)) throw new Error('The emulator listens on loopback only');
  const network = options.network ?? 'testnet';
  const apiKeys = acceptedKeys(options, network);
  const settings: EmulatorSettings = {
    acceptedApiKeys: new Set(apiKeys),
    network,
    challengeLifetimeSeconds: options.challengeLifetimeSeconds ?? defaultChallengeLifetimeSeconds,
    lockout: options.lockout ?? circleLockoutPolicy,
    secretHashCost: options.secretHashCost ?? defaultScryptCost,
    rateLimits: options.rateLimits ?? false,
    bodyLimitBytes: options.bodyLimitBytes ?? 64 * 1024,
  };
  const startClock = initialClock(options.clock);
  const clock = createVirtualClock(startClock);
  const startBehaviour = behaviourChange.safeParse(options.behaviour ?? {});
  if (!startBehaviour.success) throw new Error(`Invalid behaviour: ${startBehaviour.error.issues[0]?.message}`);
  // A state to start from is read (and refused) before anything is made; a fresh entity's RSA key takes a moment.
  const given = options.state === undefined ? undefined : readImport(options.state);
  const core: EmulatorCore = {
    store: new EmulatorStore(given?.entity ?? (await createEntity(clock.nowMs(), options.tokenSigningKeyPem))),
    clock,
    settings,
    behaviour: changedBehaviour(defaultBehaviour, startBehaviour.data),
    replayedErrors: new ReplayedErrors(),
    warnings: new WarningLog(options.onWarning),
  };
  const changeBehaviour = (change: BehaviourChange) => {
    core.behaviour = changedBehaviour(core.behaviour, change);
    return { ...core.behaviour };
  };

  const loadSnapshot = (snapshot: EmulatorSnapshot) => {
    core.store.load(snapshot);
    core.replayedErrors.clear();
    clock.restore(snapshot.clock);
  };
  const importState = (input: unknown) => loadSnapshot(readImport(input));
  const deliveries = new DeliveryLog();
  // The behaviour settings outlive a reset, like the keys and the challenge lifetime the emulator started with.
  const reset = async () => {
    deliveries.clear();
    core.warnings.clear();
    const { entity } = core.store;
    core.replayedErrors.clear();
    core.store.load({
      ...core.store.snapshot(clock.state()),
      users: [],
      challenges: [],
      subscriptions: [],
      wallets: [],
      entity,
    });
    clock.restore(startClock);
    await seedUsers(core);
  };

  if (given === undefined) await seedUsers(core);
  else loadSnapshot(given);
  if (options.onStateChange) core.store.onChange(options.onStateChange);

  const advance = (seconds: number) => {
    const now = clock.advance(seconds);
    core.store.expireDue(now.getTime());
    core.store.changed();
    return now;
  };

  const dispatcher = new NotificationDispatcher(core, {
    ...options.notifications,
    onAttempt: (attempt) => {
      deliveries.record({
        at: clock.now().toISOString(),
        notificationId: attempt.notificationId,
        notificationType: attempt.notificationType,
        subscriptionId: attempt.subscriptionId,
        endpoint: core.store.subscriptions.get(attempt.subscriptionId)?.endpoint ?? '',
        attempt: attempt.attempt,
        result: attempt.status,
      });
      options.notifications?.onAttempt?.(attempt);
    },
  });
  const faults = new FaultRules();
  const challengeSteps: ChallengeSteps = {
    open: (request) => steps.openChallenge(core, request),
    verifyCurrentPin: (session, pin) => steps.verifyCurrentPin(core, session, pin),
    verifyAnswers: (session, answers) => steps.verifyAnswers(core, session, answers),
    completeWithNewPin: (session, pin, confirmation, questions) =>
      steps.completeWithNewPin(core, session, pin, confirmation, questions),
    confirmWithPin: (session, pin) => steps.confirmWithPin(core, session, pin),
  };
  // The REST API, the same on the plain address and (Circle-shaped) under api.circle.com.
  const registerRestRoutes = (target: FastifyInstance) => {
    registerHealthAndConfigRoutes(target, core);
    registerUserRoutes(target, core);
    registerPinChallengeRoutes(target, core);
    registerNotificationRoutes(target, core, dispatcher);
    registerWalletRoutes(target, core);
    registerTransactionRoutes(target, core);
    registerEmulatorControlRoutes(target, { core, faults, reset, importState, advanceClock: advance, changeBehaviour });
    registerEmulatorLockRoutes(target, core);
    registerEmulatorInspectionRoutes(target, core, deliveries);
  };
  const app = buildApiServer({ core, faults, onExchange: options.onExchange });
  registerRestRoutes(app);
  registerHostedUiRoutes(app, challengeSteps, () => core.behaviour.hostedUiErrors);
  // Known once the Circle hosts' server listens (below); the control page reads it when served.
  let circleHostsPort: number | null = null;
  registerControlPageRoutes(app, core, () =>
    circleHostsPort === null ? plainAddressWebSdkNote : circleHostsWebSdkNote(circleHostsPort),
  );
  registerNotEmulatedRoutes(app);
  // Challenges expire on their own too, so status webhooks fire without anyone polling.
  const sweep = setInterval(() => core.store.expireDue(clock.nowMs()), 1000);
  sweep.unref();

  await app.listen({ host, port: options.port ?? 0 });
  const { port } = app.server.address() as AddressInfo;
  const circleHosts = options.circleHosts
    ? await startCircleHostsServer({
        core,
        faults,
        steps: challengeSteps,
        tls: options.circleHosts,
        host,
        registerRestRoutes,
        onExchange: options.onExchange,
      }).catch(async (error: unknown) => {
        await app.close();
        throw error;
      })
    : null;
  circleHostsPort = circleHosts?.port ?? null;
  const urlHost = host === '::1' ? '[::1]' : host;

  return {
    baseUrl: `http://${urlHost}:${port}`,
    apiKey: apiKeys[0] as string,
    apiKeys,
    network,
    get appId() {
      return core.store.entity.appId;
    },
    clock: { now: () => clock.now(), advance },
    exportState: () => core.store.snapshot(clock.state()),
    importState,
    challengeSteps,
    circleHostsPort,
    behaviour: () => ({ ...core.behaviour }),
    changeBehaviour,
    reset,
    async close() {
      clearInterval(sweep);
      dispatcher.close();
      await circleHosts?.close();
      await app.close();
    },
  };
}
