import type { IpcError } from '../../shared/contract/ipc-result';

/** Each way a lookup can fail gets its own plain sentence: an unknown user, the network, the proxy, anything else. */
export function lookupFailureMessage(userId: string, error: IpcError): string {
  switch (error.code) {
    case 'unknown-user':
      return `Circle has no user "${userId}" in this environment. Check the ID with the customer.`;
    case 'circle-unreachable':
      return `PIN Desk could not reach Circle to look up "${userId}". Check the connection and try again.`;
    case 'proxy-failed':
    case 'tls-failed':
      return error.message;
    default:
      return `The lookup failed: ${error.message}`;
  }
}
