// The hosted PIN UI's client for the emulator's /pw-auth/api/: one JSON POST per check, relative to the page, and every
// failure turned into a Circle error the screens can show (a network error when no Circle envelope came back). It keeps
// the session the SDK handed over, so each step sends that user token and challenge id. Calls to the page's own origin
// carry its cookies (under Circle's host names the emulator refuses them without the page's session cookie); the one
// cross-origin call, to the API host, carries the user token in a header and no cookie.
//
// Served as source text (see hosted-pin-page.ts): this function must stay self-contained — type imports only,
// nothing from module scope, no classes.
import type { Reply } from './hosted-pin-browser-types';
import type {
  CircleErrorBody,
  HostedPageTransport,
  HostedUiEndpoint,
  NewPinCheckReply,
  OpenBody,
  OpenReply,
  SessionBody,
  SessionCheckReply,
  StepReply,
} from './hosted-ui-protocol';

export type HostedPinApiClient = ReturnType<typeof createHostedPinApiClient>;

export function createHostedPinApiClient(transport: HostedPageTransport) {
  const networkError: CircleErrorBody = { code: 155706, message: 'Network error' };
  let session: OpenBody | null = null;

  function call<T>(endpoint: HostedUiEndpoint, body: Record<string, unknown>): Promise<Reply<T>> {
    return request<T>(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
  }

  /** The API host's answer about the user token; the page does not go on without it. */
  function checkSession(userToken: string): Promise<Reply<SessionCheckReply>> {
    if (!transport.sessionCheckUrl)
      return Promise.resolve({ ok: true, value: { data: { userId: '', expiresAt: '' } } });
    // A header that is not CORS-safelisted: the browser asks the API host first (a preflight), as Circle's would.
    return request<SessionCheckReply>(transport.sessionCheckUrl, {
      method: 'GET',
      headers: { 'x-user-token': userToken },
      credentials: 'omit',
      mode: 'cors',
    });
  }

  async function request<T>(url: string, init: RequestInit): Promise<Reply<T>> {
    let response: Response;
    try {
      response = await fetch(url, init);
    } catch {
      return { ok: false, error: networkError };
    }
    let parsed: unknown = null;
    try {
      parsed = await response.json();
    } catch {
      parsed = null;
    }
    if (response.ok && parsed !== null) return { ok: true, value: parsed as T };
    // Any JSON value reads safely here: only an object with both fields is Circle's envelope.
    const envelope = (parsed ?? {}) as { code?: unknown; message?: unknown };
    if (typeof envelope.code === 'number' && typeof envelope.message === 'string') {
      return { ok: false, error: { code: envelope.code, message: envelope.message } };
    }
    return { ok: false, error: networkError };
  }

  function sessionBody(): SessionBody {
    return { userToken: session?.userToken ?? '', challengeId: session?.challengeId ?? '' };
  }

  return {
    /** Checks everything the SDK handed over, and keeps it as the session for the steps that follow. */
    async open(handedOver: OpenBody): Promise<Reply<OpenReply>> {
      session = handedOver;
      const checked = await checkSession(handedOver.userToken);
      if (!checked.ok) return checked;
      return call<OpenReply>('api/open', { ...handedOver });
    },
    verifyCurrentPin(pin: string): Promise<Reply<StepReply>> {
      return call<StepReply>('api/current-pin', { ...sessionBody(), pin });
    },
    /** CREATE_WALLET: the PIN confirms, and the wallets are made. */
    confirmWithPin(pin: string): Promise<Reply<StepReply>> {
      return call<StepReply>('api/confirm-pin', { ...sessionBody(), pin });
    },
    verifyAnswers(answers: string[]): Promise<Reply<StepReply>> {
      return call<StepReply>('api/security-answers', { ...sessionBody(), answers });
    },
    /** Circle's new-PIN rules, and the confirmation when there is one; the challenge is not touched. */
    checkNewPin(pin: string, confirmation?: string): Promise<Reply<NewPinCheckReply>> {
      return call<NewPinCheckReply>('api/new-pin-check', confirmation === undefined ? { pin } : { pin, confirmation });
    },
    /** The last step: sets the PIN (and, for SET_PIN / INITIALIZE, the security questions) and ends the challenge. */
    completeWithNewPin(
      pin: string,
      confirmation: string,
      securityQuestions?: { question: string; answer: string }[],
    ): Promise<Reply<StepReply>> {
      const body = { ...sessionBody(), pin, confirmation };
      return call<StepReply>('api/new-pin', securityQuestions ? { ...body, securityQuestions } : body);
    },
  };
}
