import { type FormEvent, useState } from 'react';
import { minimumRequiredCount, type QuestionDraft, questionTypes } from '../../shared/app-look/app-look';
import type { AppLookModel } from './use-app-look';

const described = (id: string, problem: string | undefined) => (problem ? `${id}-problem` : undefined);

/**
 * Settings → Security questions: the list the customer's app passes to `setCustomSecurityQuestions`, entered one by
 * one or pasted as JSON. Main checks it; a wrong entry is named beside itself and every entry stays as typed.
 */
export function SecurityQuestionsSection({ model }: { model: AppLookModel }) {
  const saved = model.view?.securityQuestions ?? null;
  const [drafts, setDrafts] = useState<QuestionDraft[] | null>(null);
  const [required, setRequired] = useState<string | null>(null);
  const [json, setJson] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  if (!model.view) return null;
  const entries = drafts ?? saved?.questions.map((entry) => ({ ...entry })) ?? [];
  const requiredText = required ?? String(saved?.requiredCount ?? minimumRequiredCount);
  const changed = drafts !== null || required !== null;

  const change = (index: number, entry: Partial<QuestionDraft>) =>
    setDrafts(entries.map((draft, at) => (at === index ? { ...draft, ...entry } : draft)));
  const answer = (result: Awaited<ReturnType<AppLookModel['saveQuestions']>>) => {
    if (!result) return;
    setProblems(result.problems);
    if (result.drafts) setDrafts(result.drafts);
    if (!result.saved) return;
    setDrafts(null);
    setRequired(null);
    setJson('');
    setMessage(result.view.securityQuestions ? 'Saved: your app’s questions.' : 'Saved: Circle’s default questions.');
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    answer(await model.saveQuestions({ source: 'entries', questions: entries, requiredCount: Number(requiredText) }));
  };
  const readJson = async () => {
    setMessage(null);
    answer(await model.saveQuestions({ source: 'json', json, requiredCount: Number(requiredText) }));
  };
  const discard = () => {
    setDrafts(null);
    setRequired(null);
    setProblems({});
  };

  return (
    <form className="settings-form app-look" onSubmit={save} noValidate aria-labelledby="security-questions-heading">
      <h5 id="security-questions-heading" className="sub-title">
        Security questions
      </h5>
      <p className="field-hint">
        The questions your app offers when a customer sets their PIN (<code>setCustomSecurityQuestions</code>). A
        recovery asks the customer the questions they chose from it. No questions: Circle’s defaults.
      </p>
      <ol className="look-rows">
        {entries.map((entry, index) => {
          const id = `question-${index + 1}`;
          const problem = problems[id];
          const known = (questionTypes as readonly string[]).includes(entry.type);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries are numbered as the agent sees them
            <li key={index} className="look-row">
              <label htmlFor={id}>Question {index + 1}</label>
              <input
                id={id}
                className="control"
                value={entry.question}
                maxLength={2000}
                aria-invalid={problem ? true : undefined}
                aria-describedby={described(id, problem)}
                onChange={(event) => change(index, { question: event.target.value })}
              />
              <select
                className="control"
                aria-label={`Type of question ${index + 1}`}
                value={entry.type}
                onChange={(event) => change(index, { type: event.target.value })}
              >
                {!known && <option value={entry.type}>{entry.type || '(none)'}</option>}
                <option value="TEXT">Text answer</option>
                <option value="DATE">Date answer</option>
              </select>
              <button
                type="button"
                className="secondary"
                onClick={() => setDrafts(entries.filter((_, at) => at !== index))}
              >
                Remove question {index + 1}
              </button>
              {problem && (
                <p id={`${id}-problem`} className="field-problem">
                  {problem}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {problems.questions && <p className="field-problem">{problems.questions}</p>}
      <div className="button-row">
        <button
          type="button"
          className="secondary"
          onClick={() => setDrafts([...entries, { question: '', type: 'TEXT' }])}
        >
          Add question
        </button>
      </div>
      <div className="field">
        <label htmlFor="required-count">Questions each customer answers</label>
        <input
          id="required-count"
          className="control narrow"
          type="number"
          min={minimumRequiredCount}
          value={requiredText}
          aria-invalid={problems.requiredCount ? true : undefined}
          aria-describedby={described('required-count', problems.requiredCount)}
          onChange={(event) => setRequired(event.target.value)}
        />
        {problems.requiredCount && (
          <p id="required-count-problem" className="field-problem">
            {problems.requiredCount}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="questions-json">Or paste your app’s list as JSON</label>
        <textarea
          id="questions-json"
          className="control"
          rows={3}
          spellCheck={false}
          value={json}
          placeholder='[{ "question": "…", "type": "TEXT" }]'
          aria-invalid={problems.json ? true : undefined}
          aria-describedby={described('questions-json', problems.json)}
          onChange={(event) => setJson(event.target.value)}
        />
        {problems.json && (
          <p id="questions-json-problem" className="field-problem">
            {problems.json}
          </p>
        )}
        <div className="button-row">
          <button
            type="button"
            className="secondary"
            disabled={model.busy || json.trim() === ''}
            onClick={() => void readJson()}
          >
            Read JSON and save
          </button>
        </div>
      </div>
      <div className="button-row">
        <button type="submit" disabled={model.busy || !changed}>
          Save questions
        </button>
        {changed && (
          <button type="button" className="secondary" onClick={discard}>
            Discard changes
          </button>
        )}
        <span className="row-message" aria-live="polite">
          {message}
        </span>
      </div>
    </form>
  );
}
