// What the hosted PIN UI's browser functions (runner, view, API client, screens) hand each other. Types only, so those
// functions, served as source text (see hosted-pin-page.ts), can import them freely.
import type { CircleErrorBody, OpenReply } from './hosted-ui-protocol';

export type ChallengeType = OpenReply['challenge']['type'];

/** Posts one message to the page that embeds the frame (the SDK), only ever to the `?origin=` it claimed. */
export type TellSdk = (message: Record<string, unknown>) => void;

/** An API call's outcome: the emulator's reply, or a Circle error (its own envelope, or a network error). */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: CircleErrorBody };

/** What the alert shows: a Circle error (with its code), or a plain form hint. */
export type Problem = { code?: number; message: string };

export interface Field {
  id: string;
  label: string;
  kind: 'pin' | 'answer' | 'question';
  options?: string[];
}

export interface Screen {
  title: string;
  progress?: string;
  intro: string;
  fields: Field[];
  forgotPin?: boolean;
  problem?: Problem | null;
  /** Ends the session: one "Close" button (posts onClose) instead of Continue / Cancel, and no step runs after it. */
  closing?: boolean;
  onContinue?: (values: Record<string, string>) => Promise<void>;
}

/** The "choose security questions" screen's list, and how many it asks for (SET_PIN / INITIALIZE). */
export interface SecurityQuestionSettings {
  choices: string[];
  count: number;
}
