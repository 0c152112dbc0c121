import { type FormEvent, useEffect, useState } from 'react';
import type { TeamLogFieldProblems, TeamLogProblem } from '../../shared/team-log/team-log-records';
import { formFromView, isLoopbackText, type TeamLogFormState } from './team-log-form';
import { useTeamLogSettings } from './use-team-log-settings';

type TextField = Exclude<keyof TeamLogFormState, 'enabled' | 'useTls'>;

const fieldLabels: Record<TextField, string> = {
  host: 'Host',
  port: 'Port',
  database: 'Database',
  user: 'Database user',
  password: 'Password',
  deskName: 'This desk’s name',
  caFile: 'Team certificate authority (PEM file, optional)',
  clientCertFile: 'Client certificate (PEM file, instead of a password)',
  clientKeyFile: 'Client certificate’s key (PEM file)',
};

/**
 * Settings → Team case log: off by default; on, this desk's cases also go to the team's PostgreSQL. Test connection
 * and Save check in main; a problem shows beside its field (or, for the database's answer, below the form) and every
 * field keeps what was typed. The password goes to main once and never comes back.
 */
export function TeamLogSection() {
  const settings = useTeamLogSettings();
  const [form, setForm] = useState<TeamLogFormState>(formFromView(null));
  const [touched, setTouched] = useState(false);
  const [problems, setProblems] = useState<TeamLogFieldProblems>({});
  const [answer, setAnswer] = useState<{ ok: boolean; message: string; problem?: TeamLogProblem } | null>(null);
  useEffect(() => {
    if (!touched) setForm(formFromView(settings.view));
  }, [settings.view, touched]);
  const change = (next: Partial<TeamLogFormState>) => {
    setTouched(true);
    setForm((current) => ({ ...current, ...next }));
  };
  const tlsForced = form.host.trim() !== '' && !isLoopbackText(form.host);

  const test = async () => {
    setAnswer(null);
    const result = await settings.test(form);
    if (!result) return;
    if (result.ok) {
      setProblems({});
      setAnswer({ ok: true, message: result.message });
    } else {
      setProblems(result.problems);
      if (result.problem) setAnswer({ ok: false, message: result.problem.message, problem: result.problem });
    }
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setAnswer(null);
    const result = await settings.save(form);
    if (!result) return;
    setProblems(result.problems);
    if (!result.saved) return;
    setTouched(false);
    setAnswer({ ok: true, message: form.enabled ? 'Saved: this desk’s cases go to the team log.' : 'Saved: off.' });
  };

  const text = (field: TextField, props: { type?: string; placeholder?: string; maxLength: number }) => {
    const id = `team-log-${field}`;
    const problem = problems[field];
    return (
      <div className="field" key={field}>
        <label htmlFor={id}>{fieldLabels[field]}</label>
        <input
          id={id}
          className="control"
          type={props.type ?? 'text'}
          value={form[field]}
          maxLength={props.maxLength}
          placeholder={props.placeholder}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => change({ [field]: event.target.value })}
        />
        {problem && (
          <p id={`${id}-problem`} className="field-problem">
            {problem}
          </p>
        )}
      </div>
    );
  };
  const password = settings.view?.password;

  return (
    <section className="panel settings-section" aria-labelledby="team-log-heading">
      <h3 id="team-log-heading" className="section-title">
        Team case log
      </h3>
      <p className="lead">
        This desk’s cases stay in its own log. Turned on, they are also sent to the team’s PostgreSQL, so a supervisor
        sees every desk’s cases and Cases can show the team’s.
      </p>
      <form className="settings-form" onSubmit={save} noValidate aria-label="Team case log connection">
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={form.enabled}
            onChange={(event) => change({ enabled: event.target.checked })}
          />
          Send this desk’s cases to the team case log
        </label>
        {form.enabled && (
          <>
            {text('host', { maxLength: 300, placeholder: 'db.example.org' })}
            {text('port', { maxLength: 20 })}
            {text('database', { maxLength: 200 })}
            {text('user', { maxLength: 200 })}
            {text('password', {
              type: 'password',
              maxLength: 1024,
              ...(password?.stored ? { placeholder: 'Saved: leave empty to keep it' } : {}),
            })}
            {text('deskName', { maxLength: 200, placeholder: 'Lisbon-3' })}
            <label className="checkbox-field">
              <input
                type="checkbox"
                checked={form.useTls || tlsForced}
                disabled={tlsForced}
                aria-describedby="team-log-tls-hint"
                onChange={(event) => change({ useTls: event.target.checked })}
              />
              Use TLS
            </label>
            <p id="team-log-tls-hint" className="field-hint">
              {tlsForced
                ? 'Always on, with the server’s certificate verified: this host is not this computer.'
                : 'On this computer TLS is optional; when on, the certificate is verified.'}
            </p>
            {text('caFile', { maxLength: 1024 })}
            {text('clientCertFile', { maxLength: 1024 })}
            {text('clientKeyFile', { maxLength: 1024 })}
            {password && (
              <p className="key-status" data-testid="team-log-password-status">
                {password.stored
                  ? `Password saved · ${password.storage === 'encrypted' ? 'stored encrypted by the system' : 'kept for this session only'}`
                  : 'No password saved.'}
              </p>
            )}
            {password?.reason && <p className="notice">{password.reason}</p>}
          </>
        )}
        <div className="button-row">
          {form.enabled && (
            <button type="button" className="secondary" disabled={settings.busy} onClick={() => void test()}>
              Test connection
            </button>
          )}
          <button type="submit" disabled={settings.busy || !touched}>
            Save team log
          </button>
        </div>
        {answer && (
          <div
            role={answer.ok ? 'status' : 'alert'}
            className={answer.ok ? 'notice' : 'alert'}
            data-testid="team-log-answer"
          >
            <p>{answer.message}</p>
            {answer.problem?.missing && (
              <ul>
                {answer.problem.missing.map((migration) => (
                  <li key={migration.name}>
                    <code>{migration.file}</code>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {settings.failure && (
          <p role="alert" className="alert">
            {settings.failure.message}
          </p>
        )}
      </form>
    </section>
  );
}
