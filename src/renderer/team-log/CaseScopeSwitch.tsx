export type CaseScope = 'desk' | 'team';

/** Cases: this desk's own log, or the team's (shown only while the team case log is on). */
export function CaseScopeSwitch({ scope, onChange }: { scope: CaseScope; onChange: (scope: CaseScope) => void }) {
  return (
    <fieldset className="case-scope" aria-label="Whose cases">
      {(['desk', 'team'] as const).map((each) => (
        <label key={each} className="checkbox-field">
          <input type="radio" name="case-scope" checked={scope === each} onChange={() => onChange(each)} />
          {each === 'desk' ? 'This desk' : 'Team'}
        </label>
      ))}
    </fieldset>
  );
}
