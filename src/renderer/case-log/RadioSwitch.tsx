// A row of radios that switches what Cases shows (List/Overview; This desk/Team), styled as cases.css's `case-scope`.

export function RadioSwitch<Value extends string>(props: {
  /** The group's accessible name ("Cases as"). */
  label: string;
  /** The radios' shared `name`. */
  name: string;
  choices: readonly { value: Value; label: string }[];
  value: Value;
  onChange: (value: Value) => void;
}) {
  return (
    <fieldset className="case-scope" aria-label={props.label}>
      {props.choices.map((choice) => (
        <label key={choice.value} className="checkbox-field">
          <input
            type="radio"
            name={props.name}
            checked={props.value === choice.value}
            onChange={() => props.onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
