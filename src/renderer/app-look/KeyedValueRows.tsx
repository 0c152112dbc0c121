import { unusedKey } from './look-draft';

export const described = (id: string, problem: string | undefined) => (problem ? `${id}-problem` : undefined);

export function Problem({ id, problem }: { id: string; problem: string | undefined }) {
  return problem ? (
    <p id={`${id}-problem`} className="field-problem">
      {problem}
    </p>
  ) : null;
}

export interface KeyedRow<K extends string> {
  key: K;
  value: string;
}

interface KeyedValueRowsProps<K extends string> {
  rows: KeyedRow<K>[];
  /** The SDK's keys a row may take; each at most once. */
  keys: readonly K[];
  /** Field IDs are `<idPrefix>-<key>`: main's problems are keyed the same way. */
  idPrefix: string;
  /** "Colour", "Image": the row's select is "<noun> 2", the add button "Add <noun in lower case>". */
  noun: string;
  valueLabel(key: K): string;
  input: { type?: 'url'; maxLength: number; placeholder?: string };
  /** A colour row shows its colour beside the value. */
  swatch?: boolean;
  problems: Record<string, string>;
  onChange(rows: KeyedRow<K>[]): void;
}

/** Rows of one SDK key and its value (theme colours, images): pick the key, type the value, remove, add. */
export function KeyedValueRows<K extends string>(props: KeyedValueRowsProps<K>) {
  const { rows, keys, idPrefix, noun, valueLabel, input, swatch, problems, onChange } = props;
  const change = (row: KeyedRow<K>, next: Partial<KeyedRow<K>>) =>
    onChange(rows.map((at) => (at === row ? { ...at, ...next } : at)));
  return (
    <>
      <ul className="look-rows">
        {rows.map((row, index) => {
          const id = `${idPrefix}-${row.key}`;
          return (
            <li key={row.key} className="look-row keyed-row">
              <select
                className="control"
                aria-label={`${noun} ${index + 1}`}
                value={row.key}
                onChange={(event) => change(row, { key: event.target.value as K })}
              >
                {keys.map((key) => (
                  <option key={key} value={key} disabled={key !== row.key && rows.some((at) => at.key === key)}>
                    {key}
                  </option>
                ))}
              </select>
              <input
                id={id}
                className="control"
                type={input.type}
                aria-label={valueLabel(row.key)}
                value={row.value}
                maxLength={input.maxLength}
                spellCheck={false}
                placeholder={input.placeholder}
                aria-invalid={problems[id] ? true : undefined}
                aria-describedby={described(id, problems[id])}
                onChange={(event) => change(row, { value: event.target.value })}
              />
              {swatch && <span className="swatch" aria-hidden="true" style={{ background: row.value }} />}
              {/* "Remove" alone on screen, so every row's button is as wide; its name says which key it removes. */}
              <button
                type="button"
                className="secondary"
                aria-label={`Remove ${row.key}`}
                onClick={() => onChange(rows.filter((at) => at !== row))}
              >
                Remove
              </button>
              <Problem id={id} problem={problems[id]} />
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="secondary"
        disabled={rows.length >= keys.length}
        onClick={() => onChange([...rows, { key: unusedKey(keys, rows), value: '' }])}
      >
        Add {noun.toLowerCase()}
      </button>
    </>
  );
}
