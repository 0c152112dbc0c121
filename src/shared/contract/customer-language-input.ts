import { z } from 'zod';
import { customerLanguages } from '../customer-language/customer-languages';

/** What was given instead of a tag, said safely whatever it is (a hostile caller may send anything). */
function given(input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(input.slice(0, 40));
  return input === null ? 'null' : `(a ${typeof input})`;
}

/** A customer language tag from the closed list; anything else is refused, naming the tags that are accepted. */
export const customerLanguageInput = z.enum(customerLanguages, {
  error: (issue) => `Unknown customer language ${given(issue.input)}: use one of ${customerLanguages.join(', ')}.`,
});
