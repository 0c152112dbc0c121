// What a seeded customer knows, taken from the emulator's own seeded-user definitions so no test retypes it.
import { seededPin, seededSecurityQuestions } from '../../src/emulator/scenarios/seeded-users';

export { seededPin };

function seededEntry(index: number): { question: string; answer: string } {
  const entry = seededSecurityQuestions[index];
  if (!entry) throw new Error(`The seeded users have no security question ${index + 1}`);
  return entry;
}

/** The seeded security questions and their answers, in the order they were set. */
export const seededQuestions = [seededEntry(0).question, seededEntry(1).question] as const;
export const seededAnswers = [seededEntry(0).answer, seededEntry(1).answer] as const;
