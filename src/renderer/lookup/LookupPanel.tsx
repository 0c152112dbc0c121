import { Fragment } from 'react';
import type { CircleUserRecord, LockDetails } from '../../shared/circle/circle-records';
import type { OpenChallenge } from '../../shared/lookup/customer-lookup';
import { useClock } from '../clock/clock';
import { timeWords } from '../clock/time-words';
import { CircleDetails, Pill } from '../customer/Pill';
import { accountPill, credentialPill } from '../customer/plain-words';
import { CopyIdButton } from '../live-case/CopyIdButton';
import { OpenElsewhereNotice } from '../team-log/OpenElsewhereNotice';
import type { LookupFailureScript } from './lookup-failure';
import { openChallengeLine } from './open-challenge-words';
import type { LookupState } from './use-customer-lookup';

interface LookupPanelProps {
  lookup: LookupState;
  /** The failed lookup's script (its first sentence is said here, once). */
  failure: LookupFailureScript | null;
  onFollow(challenge: OpenChallenge): void;
  followDisabled: boolean;
  /** The challenge of the case on screen, if any: it is not offered to follow again. */
  caseChallengeId: string | null;
  developer: boolean;
}

function AdminUnlock({ details, testId, now }: { details: LockDetails; testId: string; now: Date }) {
  if (!details.lastLockOverrideDate) return null;
  return (
    <span className="pill-note">
      {' '}
      · unlocked by an admin <span data-testid={testId}>{timeWords(details.lastLockOverrideDate, now)}</span>
    </span>
  );
}

/** Circle's own words for the user, for an escalation or a developer. */
function CircleWords({ user, openChallenges }: { user: CircleUserRecord; openChallenges: OpenChallenge[] }) {
  const lock = (details: LockDetails) =>
    `failedAttempts ${details.failedAttempts}, lockedDate ${details.lockedDate ?? 'null'}, lockedExpiryDate ${details.lockedExpiryDate ?? 'null'}`;
  return (
    <dl className="facts small">
      <dt>status</dt>
      <dd>{user.status}</dd>
      <dt>pinStatus</dt>
      <dd>{user.pinStatus}</dd>
      <dt>pinDetails</dt>
      <dd>{lock(user.pinDetails)}</dd>
      <dt>securityQuestionStatus</dt>
      <dd>{user.securityQuestionStatus}</dd>
      <dt>securityQuestionDetails</dt>
      <dd>{lock(user.securityQuestionDetails)}</dd>
      {openChallenges.map((challenge) => (
        <Fragment key={challenge.id}>
          <dt>challenge</dt>
          <dd>
            <code>{challenge.id}</code> {challenge.type} {challenge.status}
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}

function OpenChallenges({
  lookup,
  onFollow,
  followDisabled,
  caseChallengeId,
}: Omit<LookupPanelProps, 'failure' | 'developer'>) {
  const now = useClock();
  if (lookup.status !== 'found') return null;
  const { openChallenges, challengesProblem } = lookup.lookup;
  return (
    <>
      <h3>Open challenges</h3>
      {challengesProblem && <p className="notice">{challengesProblem}</p>}
      {openChallenges.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="open-challenges">
          {openChallenges.map((challenge) => {
            const line = openChallengeLine(challenge, now, challenge.id === caseChallengeId);
            return (
              <li key={challenge.id} data-testid="open-challenge">
                <div>
                  <p className="open-challenge-kind">
                    <strong>{line.kind}</strong> <Pill pill={line.status} />
                  </p>
                  <p className="open-challenge-origin">{line.origin}</p>
                  {line.note && <p className="pill-note">{line.note}</p>}
                </div>
                {line.followable && (
                  <button
                    type="button"
                    className="secondary"
                    disabled={followDisabled}
                    onClick={() => onFollow(challenge)}
                    aria-label={`Follow challenge ${challenge.id}`}
                  >
                    Follow
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

/** The customer as Circle sees them, in plain words: statuses as pills, locks in local time, open challenges. */
export function LookupPanel(props: LookupPanelProps) {
  const { lookup, failure, developer } = props;
  const now = useClock();
  if (lookup.status === 'none') return null;
  if (lookup.status === 'looking') return <p className="panel lookup-panel">Looking up {lookup.userId}…</p>;
  if (lookup.status === 'failed') {
    return (
      <p role="alert" className="alert lookup-failed">
        {failure?.said ?? lookup.error.message}
      </p>
    );
  }
  const { user, openChallenges } = lookup.lookup;
  return (
    <section className="panel lookup-panel" aria-labelledby="lookup-heading">
      <div className="panel-title-row">
        <h2 id="lookup-heading">Customer {user.id}</h2>
        <CopyIdButton kind="userId" value={user.id} label="Copy user ID" />
      </div>
      <dl className="facts status-facts">
        <dt>Account</dt>
        <dd>
          <Pill pill={accountPill(user)} testId="account-status" />
        </dd>
        <dt>PIN</dt>
        <dd>
          <Pill pill={credentialPill(user.pinStatus, user.pinDetails, now)} testId="pin-status" />
          <AdminUnlock details={user.pinDetails} testId="pin-lock-override" now={now} />
        </dd>
        <dt>Security questions</dt>
        <dd>
          <Pill
            pill={credentialPill(user.securityQuestionStatus, user.securityQuestionDetails, now)}
            testId="security-question-status"
          />
          <AdminUnlock details={user.securityQuestionDetails} testId="answers-lock-override" now={now} />
        </dd>
      </dl>
      <OpenElsewhereNotice userId={user.id} />
      <OpenChallenges {...props} />
      <CircleDetails developer={developer}>
        <CircleWords user={user} openChallenges={openChallenges} />
      </CircleDetails>
    </section>
  );
}
