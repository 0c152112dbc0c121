// A failed lookup gets its own script: what happened (said once, in the red alert beside the lookup), what to tell
// the customer and what to do next (in place of the path's script). Retry only where trying again can succeed by
// itself (the network, Circle busy or in trouble), with Circle's request ID for an escalation. Pure.
import type { IpcError } from '../../shared/contract/ipc-result';

export interface LookupFailureScript {
  /** What happened, in one sentence: the red alert. */
  said: string;
  /** The script box's title. */
  title: string;
  tellCustomer: string;
  nextStep: string;
  /** Trying the same lookup again can succeed by itself. */
  retry: boolean;
  /** Circle's X-Request-Id, to quote to Circle Support; null when Circle never answered. */
  requestId: string | null;
}

const passingTell = 'Our system is slow to answer right now. Please bear with me a moment.';

/** Circle answered, but too busy (429) or in trouble on its side (5xx): passing. */
function circleTrouble(error: IpcError): 'busy' | 'trouble' | null {
  const status = error.circle?.status;
  if (status === 429) return 'busy';
  return status !== undefined && status >= 500 ? 'trouble' : null;
}

export function lookupFailureScript(userId: string, error: IpcError): LookupFailureScript {
  const requestId = error.requestId ?? null;
  if (error.code === 'unknown-user') {
    return {
      said: `Circle has no such user: “${userId}” is not a user in this environment.`,
      title: 'Check the user ID',
      tellCustomer: 'I could not find that user ID. Could you read it to me again, one character at a time?',
      nextStep: 'Type the ID again as they read it, then Look up. Still unknown? Check the environment you are on.',
      retry: false,
      requestId: null,
    };
  }
  if (error.code === 'circle-unreachable') {
    return {
      said: 'PIN Desk could not reach Circle.',
      title: 'Circle could not be reached',
      tellCustomer: passingTell,
      nextStep: 'Check this computer’s connection, then Retry.',
      retry: true,
      requestId: null,
    };
  }
  if (error.code === 'proxy-failed' || error.code === 'tls-failed') {
    return {
      said: error.message,
      title: 'The connection to Circle is blocked here',
      tellCustomer: 'I am having trouble reaching our system. I will sort it out and call you back.',
      nextStep: 'This needs IT: it will not clear by retrying. Note the customer’s details to call them back.',
      retry: false,
      requestId: null,
    };
  }
  if (error.code === 'redirect-refused') {
    return {
      said: 'Circle’s address answered with a redirect, which PIN Desk never follows: nothing was sent elsewhere.',
      title: 'Circle’s address is not right here',
      tellCustomer: 'I am having trouble reaching our system. I will sort it out and call you back.',
      nextStep:
        'Check the environment’s base URL in Settings, or ask IT whether something in front of Circle redirects it.',
      retry: false,
      requestId: null,
    };
  }
  const trouble = circleTrouble(error);
  if (trouble) {
    return {
      said:
        trouble === 'busy'
          ? 'Circle was too busy to answer, even after PIN Desk waited and asked again.'
          : 'Circle had a problem on its side.',
      title: trouble === 'busy' ? 'Circle is busy' : 'Circle is having trouble',
      tellCustomer: passingTell,
      nextStep: `${trouble === 'busy' ? 'Wait a minute, then Retry' : 'Retry'}. If it keeps failing, escalate to Circle Support with the request ID.`,
      retry: true,
      requestId,
    };
  }
  return {
    said: error.message,
    title: 'The lookup failed',
    tellCustomer: 'Something went wrong on our side. Please bear with me while I check.',
    nextStep: requestId
      ? 'Escalate to Circle Support with the request ID; retrying the same lookup will not change the answer.'
      : 'Escalate with the message above; retrying the same lookup will not change the answer.',
    retry: false,
    requestId,
  };
}
