// One open challenge as the lookup lists it: its kind and status in words, where it came from, and whether Follow
// makes sense. A challenge this console started and then stopped is never offered to follow: Circle has no cancel,
// so it stays open until it expires, and nobody at the desk (nor the customer's app, which never had it) can use it.
import type { OpenChallenge } from '../../shared/lookup/customer-lookup';
import { localTime, relativeTime } from '../clock/time-words';
import { challengeKindWords, challengeStatusPill, type Pill } from '../customer/plain-words';

export interface OpenChallengeLine {
  kind: string;
  status: Pill;
  /** "started here 16:58 (3 min ago), stopped 17:01", "from the customer’s app, first seen 16:58 (now)". */
  origin: string;
  /** What it means for the agent, when that is not obvious from the origin. */
  note: string | null;
  followable: boolean;
}

const stopWords = { cancelled: 'stopped', 'moved-to-recovery': 'left for account recovery', left: 'stopped' } as const;

function at(iso: string, now: Date): string {
  return `${localTime(iso)} (${relativeTime(iso, now)})`;
}

/** `onScreen`: the case on screen follows this challenge (started here, or the customer's being followed). */
export function openChallengeLine(challenge: OpenChallenge, now: Date, onScreen = false): OpenChallengeLine {
  const base = { kind: challengeKindWords(challenge.type), status: challengeStatusPill(challenge.status) };
  if (onScreen && !challenge.startedByConsole) {
    return {
      ...base,
      origin: `from the customer’s app, first seen ${at(challenge.since, now)}, followed in the case on screen`,
      note: null,
      followable: false,
    };
  }
  if (!challenge.startedByConsole) {
    return {
      ...base,
      origin: `from the customer’s app, first seen ${at(challenge.since, now)}`,
      note: null,
      followable: true,
    };
  }
  const started = `started here ${at(challenge.since, now)}`;
  const stopped = challenge.stoppedHere;
  if (!stopped) return { ...base, origin: `${started}, in the case on screen`, note: null, followable: false };
  const ending = stopped.at ? `${stopWords[stopped.how]} ${localTime(stopped.at)}` : 'no case here follows it any more';
  return {
    ...base,
    origin: `${started}, ${ending}`,
    note: 'Circle keeps it open until it expires; nobody at the desk can use it.',
    followable: false,
  };
}
