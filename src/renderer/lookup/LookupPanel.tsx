import type { ChallengeRecord, LockDetails } from '../../shared/circle/circle-records';
import { formatRemaining, useNow } from '../clock/use-now';
import { lookupFailureMessage } from './lookup-failure';
import type { LookupState } from './use-customer-lookup';

interface LookupPanelProps {
  lookup: LookupState;
  onFollow(challenge: ChallengeRecord): void;
  followDisabled: boolean;
}

function LockLine({ label, details, now }: { label: string; details: LockDetails; now: Date }) {
  if (!details.lockedExpiryDate && details.failedAttempts === 0 && !details.lastLockOverrideDate) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {details.failedAttempts} failed attempt{details.failedAttempts === 1 ? '' : 's'}
        {details.lockedDate && <> · locked at {new Date(details.lockedDate).toLocaleString()}</>}
        {details.lockedExpiryDate && (
          <>
            {' '}
            · unlocks at {new Date(details.lockedExpiryDate).toLocaleString()} (
            <span data-testid={`${label === 'PIN lock' ? 'pin' : 'answers'}-unlock-countdown`}>
              {formatRemaining(details.lockedExpiryDate, now)}
            </span>
            )
          </>
        )}
        {details.lastLockOverrideDate && (
          <>
            {' '}
            · last unlocked by an admin at{' '}
            <span data-testid={`${label === 'PIN lock' ? 'pin' : 'answers'}-lock-override`}>
              {new Date(details.lastLockOverrideDate).toLocaleString()}
            </span>
          </>
        )}
      </dd>
    </>
  );
}

/** The customer as Circle sees them: account, PIN and security-question status in Circle's own words. */
export function LookupPanel({ lookup, onFollow, followDisabled }: LookupPanelProps) {
  const now = useNow(1000, lookup.status === 'found');
  if (lookup.status === 'none') return null;
  if (lookup.status === 'looking') return <p className="panel">Looking up {lookup.userId}…</p>;
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
      <h2 id="lookup-heading">Customer {user.id}</h2>
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
            <li key={challenge.id}>
              <span>
                {challenge.type} · {challenge.status} · <code>{challenge.id}</code>
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
