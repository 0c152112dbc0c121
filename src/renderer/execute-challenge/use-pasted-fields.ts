import { useState } from 'react';
import { hasProblems, type PastedFieldName, type PastedProblems, pastedFieldProblems } from './pasted-fields';

/**
 * The pasted fields of one form: an edit clears that field's message, `take` checks them all as the button is
 * pressed and, when everything can be sent, hands them over trimmed and drops the secrets from the form at once.
 */
export function usePastedFields<Name extends PastedFieldName>(names: readonly Name[]) {
  const empty = () => Object.fromEntries(names.map((name) => [name, ''])) as Record<Name, string>;
  const [fields, setFields] = useState(empty);
  const [problems, setProblems] = useState<PastedProblems>({});

  const edit = (field: Name, value: string) => {
    setFields((current) => ({ ...current, [field]: value }));
    if (problems[field]) setProblems(({ [field]: _fixed, ...rest }) => rest);
  };
  const take = (): Record<Name, string> | null => {
    const found = pastedFieldProblems(fields, new Date());
    setProblems(found);
    if (hasProblems(found)) return null;
    setFields((current) => ({ ...current, userToken: '', encryptionKey: '' }));
    return Object.fromEntries(names.map((name) => [name, fields[name].trim()])) as Record<Name, string>;
  };
  return { fields, problems, edit, take };
}
