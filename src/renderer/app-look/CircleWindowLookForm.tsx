import { type FormEvent, useState } from 'react';
import { resourceImageKeys, themeColorKeys } from '../../shared/app-look/app-look';
import { described, KeyedValueRows, Problem } from './KeyedValueRows';
import { type LookDraft, lookDraftOf, lookSaveOf } from './look-draft';
import type { AppLookModel } from './use-app-look';

/**
 * Settings → Circle's window: the web SDK's theme colours (`setThemeColor`) and images and font (`setResources`).
 * Main checks each value (colours as CSS colours, URLs by the environment's asset rule); a problem shows beside its
 * field and everything typed stays.
 */
export function CircleWindowLookForm({ model }: { model: AppLookModel }) {
  const [draft, setDraft] = useState<LookDraft | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  if (!model.view) return null;
  const shown = draft ?? lookDraftOf(model.view.window);
  const edit = (change: Partial<LookDraft>) => setDraft({ ...shown, ...change });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const result = await model.saveLook(lookSaveOf(shown));
    if (!result) return;
    setProblems(result.problems);
    if (!result.saved) return;
    setDraft(null);
    setMessage('Saved: Circle’s window uses it from the next challenge.');
  };

  return (
    <form className="settings-form app-look" onSubmit={save} noValidate aria-labelledby="circle-window-heading">
      <h5 id="circle-window-heading" className="sub-title">
        Circle’s window
      </h5>
      <p className="field-hint">
        Your app’s theme colours (<code>setThemeColor</code>), images and font (<code>setResources</code>). Images and
        fonts load over https from Circle’s hosts or the hosts listed below.
      </p>
      <fieldset className="look-group">
        <legend>Colours</legend>
        <KeyedValueRows
          rows={shown.colors}
          keys={themeColorKeys}
          idPrefix="color"
          noun="Colour"
          valueLabel={(key) => key}
          input={{ maxLength: 200 }}
          swatch
          problems={problems}
          onChange={(colors) => edit({ colors })}
        />
        <div className="field">
          <label htmlFor="backdrop-opacity">Backdrop opacity (0 to 1)</label>
          <input
            id="backdrop-opacity"
            className="control narrow"
            inputMode="decimal"
            value={shown.backdropOpacity}
            aria-invalid={problems.backdropOpacity ? true : undefined}
            aria-describedby={described('backdrop-opacity', problems.backdropOpacity)}
            onChange={(event) => edit({ backdropOpacity: event.target.value })}
          />
          <Problem id="backdrop-opacity" problem={problems.backdropOpacity} />
        </div>
      </fieldset>
      <fieldset className="look-group">
        <legend>Images</legend>
        <KeyedValueRows
          rows={shown.images}
          keys={resourceImageKeys}
          idPrefix="image"
          noun="Image"
          valueLabel={(key) => `${key} URL`}
          input={{ type: 'url', maxLength: 4000, placeholder: 'https://' }}
          problems={problems}
          onChange={(images) => edit({ images })}
        />
      </fieldset>
      <fieldset className="look-group">
        <legend>Font</legend>
        <div className="field">
          <label htmlFor="font-name">Font family name</label>
          <input
            id="font-name"
            className="control"
            value={shown.fontName}
            maxLength={200}
            aria-invalid={problems.fontName ? true : undefined}
            aria-describedby={described('font-name', problems.fontName)}
            onChange={(event) => edit({ fontName: event.target.value })}
          />
          <Problem id="font-name" problem={problems.fontName} />
        </div>
        <div className="field">
          <label htmlFor="font-url">Font stylesheet URL</label>
          <input
            id="font-url"
            className="control"
            type="url"
            placeholder="https://"
            value={shown.fontUrl}
            maxLength={4000}
            spellCheck={false}
            aria-invalid={problems.fontUrl ? true : undefined}
            aria-describedby={described('font-url', problems.fontUrl)}
            onChange={(event) => edit({ fontUrl: event.target.value })}
          />
          <Problem id="font-url" problem={problems.fontUrl} />
        </div>
      </fieldset>
      <div className="button-row">
        <button type="submit" disabled={model.busy || draft === null}>
          Save Circle’s window
        </button>
        {draft !== null && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setDraft(null);
              setProblems({});
            }}
          >
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
