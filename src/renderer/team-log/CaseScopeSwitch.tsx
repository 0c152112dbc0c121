import { RadioSwitch } from '../case-log/RadioSwitch';

export type CaseScope = 'desk' | 'team';

/** Cases: this desk's own log, or the team's (shown only while the team case log is on). */
export function CaseScopeSwitch({ scope, onChange }: { scope: CaseScope; onChange: (scope: CaseScope) => void }) {
  return (
    <RadioSwitch
      label="Whose cases"
      name="case-scope"
      choices={[
        { value: 'desk', label: 'This desk' },
        { value: 'team', label: 'Team' },
      ]}
      value={scope}
      onChange={onChange}
    />
  );
}
