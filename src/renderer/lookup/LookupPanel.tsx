import type { LockDetails } from '../../shared/circle/circle-records';
import type { OpenChallenge } from '../../shared/lookup/customer-lookup';
import { useClock } from '../clock/clock';
import { formatRemaining, timeWords } from '../clock/time-words';
import { CopyIdButton } from '../live-case/CopyIdButton';
import { lookupFailureMessage } from './lookup-failure';
import type { LookupState } from './use-customer-lookup';

interface LookupPanelProps {
  lookup: LookupState;
  onFollow(challenge: OpenChallenge): void;
  followDisabled: boolean;
}

function LockLine({ label, details, now }: { label: string; details: LockDetails; now: Date }) {
  if (!details.lockedExpiryDate && details.failedAttempts === 0 && !details.lastLockOverrideDate) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {details.failedAttempts} failed attempt{details.failedAttempts === 1 ? '' : 's'}
        {details.lockedDate && <> · locked {timeWords(details.lockedDate, now)}</>}
        {details.lockedExpiryDate && (
          <>
            {' '}
            · unlocks {timeWords(details.lockedExpiryDate, now)} (
            <span data-testid={`${label === 'PIN lock' ? 'pin' : 'answers'}-unlock-countdown`}>
              {formatRemaining(details.lockedExpiryDate, now)}
            </span>
            )
          </>
        )}
        {details.lastLockOverrideDate && (
          <>
            {' '}
            · last unlocked by an admin{' '}
            <span data-testid={`${label === 'PIN lock' ? 'pin' : 'answers'}-lock-override`}>
              {timeWords(details.lastLockOverrideDate, now)}
            </span>
          </>
        )}
      </dd>
    </>
  );
}

/** The customer as Circle sees them: account, PIN and security-question status in Circle's own words. */
export function LookupPanel({ lookup, onFollow, followDisabled }: LookupPanelProps) {
  const now = useClock();
  if (lookup.status === 'none') return null;
  if (lookup.status === 'looking') return <p className="panel lookup-panel">Looking up {lookup.userId}…</p>;
  if (lookup.status === 'failed') {
    return (
      <p role="alert" className="alert">
        {lookupFailureMessage(lookup.userId, lookup.error)}
      </p>
    );
  }
  const { user, openChallenges, challengesProblem } = lookup.lookup;
  return (
    <section className="panel lookup-panel" aria-labelledby="lookup-heading">
      <div className="panel-title-row">
        <h2 id="lookup-heading">Customer {user.id}</h2>
        <CopyIdButton kind="userId" value={user.id} label="Copy user ID" />
      </div>
      {user.status === 'DISABLED' && (
        <p role="alert" className="alert">
          This account is disabled. Its PIN cannot be reset or recovered; this is a case for the team that manages
          account status.
        </p>
      )}
      <dl className="facts">
        <dt>Account status</dt>
        <dd data-testid="account-status">{user.status}</dd>
        <dt>PIN status</dt>
        <dd data-testid="pin-status">{user.pinStatus}</dd>
        <dt>Security questions</dt>
        <dd data-testid="security-question-status">{user.securityQuestionStatus}</dd>
        <LockLine label="PIN lock" details={user.pinDetails} now={now} />
        <LockLine label="Answers lock" details={user.securityQuestionDetails} now={now} />
      </dl>
      <h3>Open challenges</h3>
      {challengesProblem && <p className="notice">{challengesProblem}</p>}
      {openChallenges.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="open-challenges">
          {openChallenges.map((challenge) => (
            <li key={challenge.id} data-testid="open-challenge">
              <span>
                <strong>{challenge.type}</strong> · {challenge.status} ·{' '}
                {challenge.startedByConsole
                  ? `started here ${timeWords(challenge.since, now)}`
                  : `from the customer’s app, first seen ${timeWords(challenge.since, now)}`}
              </span>
              <button
                type="button"
                className="secondary"
                disabled={followDisabled}
                onClick={() => onFollow(challenge)}
                aria-label={`Follow challenge ${challenge.id}`}
              >
                Follow
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
