import {
  type AppSecurityQuestions,
  maximumQuestions,
  minimumRequiredCount,
  type QuestionDraft,
  type QuestionType,
  questionMaxLength,
  questionTypes,
} from '../../shared/app-look/app-look';

export type QuestionsCheck =
  | { ok: true; questions: AppSecurityQuestions | null }
  | { ok: false; problems: Record<string, string> };

/** The field a problem goes beside: `question-1` is the first entry (numbered as the agent sees them). */
export const questionField = (index: number) => `question-${index + 1}`;

/**
 * The list as the web SDK's `SecurityQuestion[]` requires it — each entry a question of 1 to 512 characters and a
 * type TEXT or DATE — plus what Circle needs of a list: no question twice, and at least as many as the customer must
 * answer (two at least). An empty list is no list: Circle's defaults. Every wrong entry is named; none is dropped.
 */
export function checkSecurityQuestions(drafts: readonly QuestionDraft[], requiredCount: number): QuestionsCheck {
  const problems: Record<string, string> = {};
  if (drafts.length === 0) return { ok: true, questions: null };
  if (drafts.length > maximumQuestions) {
    problems.questions = `At most ${maximumQuestions} questions; this list has ${drafts.length}.`;
  }
  const seen = new Map<string, number>();
  const questions = drafts.map((draft, index) => {
    const question = draft.question.trim();
    const field = questionField(index);
    const earlier = seen.get(question.toLowerCase());
    if (question === '') problems[field] = `Question ${index + 1} is empty: type it, or remove the entry.`;
    else if (question.length > questionMaxLength) {
      problems[field] = `Question ${index + 1} is ${question.length} characters long; at most ${questionMaxLength}.`;
    } else if (!(questionTypes as readonly string[]).includes(draft.type)) {
      problems[field] =
        `Question ${index + 1} has type “${draft.type}”; the SDK's QuestionType is TEXT or DATE (answered with a date).`;
    } else if (earlier !== undefined) {
      problems[field] = `Question ${index + 1} is the same as question ${earlier + 1}.`;
    }
    if (question !== '' && earlier === undefined) seen.set(question.toLowerCase(), index);
    return { question, type: draft.type as QuestionType };
  });
  if (!Number.isInteger(requiredCount) || requiredCount < minimumRequiredCount) {
    problems.requiredCount = `Customers answer ${minimumRequiredCount} questions at least.`;
  } else if (requiredCount > drafts.length) {
    problems.requiredCount = `Customers cannot answer ${requiredCount} questions from a list of ${drafts.length}.`;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, questions: { questions, requiredCount } };
}

/**
 * Pasted JSON — the array the app passes to `setCustomSecurityQuestions` — as editable entries: every entry comes
 * back (a wrong one as near to what was pasted as it can be, with its problem), so the agent fixes it in place.
 */
export function questionDraftsFromJson(text: string): { drafts: QuestionDraft[]; problems: Record<string, string> } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { drafts: [], problems: { json: `Not JSON: ${(error as Error).message}` } };
  }
  const list = isRecord(parsed) && Array.isArray(parsed.questions) ? parsed.questions : parsed;
  if (!Array.isArray(list)) {
    return { drafts: [], problems: { json: 'Paste a list: [{ "question": "…", "type": "TEXT" }, …].' } };
  }
  const problems: Record<string, string> = {};
  const drafts = list.slice(0, maximumQuestions + 1).map((entry: unknown, index): QuestionDraft => {
    const field = questionField(index);
    if (!isRecord(entry)) {
      problems[field] =
        `Entry ${index + 1} is ${entry === null ? 'null' : typeof entry}, not { "question": …, "type": "TEXT" | "DATE" }.`;
      return { question: typeof entry === 'string' ? entry : '', type: 'TEXT' };
    }
    const unknown = Object.keys(entry).filter((key) => key !== 'question' && key !== 'type');
    if (unknown.length > 0) {
      problems[field] =
        `Entry ${index + 1} has ${unknown.map((key) => `“${key}”`).join(', ')}: a SecurityQuestion has only question and type.`;
    } else if (typeof entry.question !== 'string') {
      problems[field] = `Entry ${index + 1} has no question text.`;
    } else if (typeof entry.type !== 'string') {
      problems[field] = `Entry ${index + 1} has no type: TEXT or DATE.`;
    }
    return {
      question: typeof entry.question === 'string' ? entry.question : '',
      type: typeof entry.type === 'string' ? entry.type : '',
    };
  });
  return { drafts, problems };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
