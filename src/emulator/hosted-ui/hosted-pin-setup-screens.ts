// The security questions' set-up screens of a SET_PIN or INITIALIZE, after the new PIN, in Circle's order and under
// its `Localizations` keys: securityIntros (why, and the app's learn-more link), securityQuestions (the app's
// questions from `setCustomSecurityQuestions`, `requiredCount` of them, each with an answer and an optional hint; a
// DATE question is answered with a date), securitySummary (what was chosen), securityConfirm (the
// `securityConfirmItems`, and the `inputMatch` phrase typed to go on). The last one sets PIN and questions.
//
// Served as source text (see hosted-pin-page.ts): this function must stay self-contained — type imports only,
// nothing from module scope, no classes.
import type { ChallengeType, Field, HostedPinCustomizations, Problem, Reply, Screen } from './hosted-pin-browser-types';
import type { HostedPinWording } from './hosted-pin-wording';
import type { CircleErrorBody, NewPinBody, StepReply } from './hosted-ui-protocol';

export type SetupStep = 'security-intro' | 'choose-questions' | 'security-summary' | 'security-confirm';
type ChosenQuestion = NonNullable<NewPinBody['securityQuestions']>[number];
type Challenge = { type: ChallengeType; status: string };

export function createHostedPinSetupScreens(flow: {
  render: (screen: Screen) => void;
  words: HostedPinWording;
  look: HostedPinCustomizations;
  progress: (step: SetupStep) => string;
  retry: (step: SetupStep, error: CircleErrorBody) => void;
  follow: (reply: Reply<StepReply>, onSuccess: (c: Challenge) => void, onProblem: (e: CircleErrorBody) => void) => void;
  complete: (challenge: Challenge) => void;
  backToNewPin: (error: CircleErrorBody) => void;
  finish: (questions: ChosenQuestion[]) => Promise<Reply<StepReply>>;
}) {
  const { words, look } = flow;
  const { choices, count } = look.questions;
  const questionTexts = (key: string, fallback: string) => words.text('securityQuestions', key, fallback);
  const dateQuestions = choices.filter((choice) => choice.type === 'DATE').map((choice) => choice.question);
  // The customer's choices, kept while they move between the screens.
  let chosen: ChosenQuestion[] = [];

  function questionFields(): Field[] {
    const fields: Field[] = [];
    const requiredMark = questionTexts('requiredMark', '');
    const mark = requiredMark ? { requiredMark } : {};
    const placeholder = (key: string) => (questionTexts(key, '') ? { placeholder: questionTexts(key, '') } : {});
    for (let index = 1; index <= count; index += 1) {
      const kept = chosen[index - 1];
      fields.push({
        id: `question-${index}`,
        label: `${questionTexts('questionHeader', 'Security question')} ${index}`,
        kind: 'question',
        options: choices.map((choice) => ({ value: choice.question, label: choice.question })),
        placeholder: questionTexts('questionPlaceholder', 'Choose a question'),
        answerInput: { id: `answer-${index}`, dateQuestions },
        ...mark,
        ...(kept ? { value: kept.question } : {}),
      });
      fields.push({
        id: `answer-${index}`,
        label: `${questionTexts('answerHeader', 'Answer')} ${index}`,
        kind: kept?.type === 'DATE' ? 'date' : 'answer',
        ...placeholder('answerPlaceholder'),
        ...mark,
        ...(kept ? { value: kept.answer } : {}),
      });
      fields.push({
        id: `hint-${index}`,
        label: `${questionTexts('answerHintHeader', 'Hint')} ${index}`,
        kind: 'answer',
        ...placeholder('answerHintPlaceholder'),
        ...(kept?.hint ? { value: kept.hint } : {}),
      });
    }
    return fields;
  }

  /** The questions as entered, or what is wrong with them (said on the screen; 155705 also to the SDK). */
  function readQuestions(values: Record<string, string>): ChosenQuestion[] | Problem | CircleErrorBody {
    const entries: ChosenQuestion[] = [];
    for (let index = 1; index <= count; index += 1) {
      const question = values[`question-${index}`] ?? '';
      const type = choices.find((choice) => choice.question === question)?.type ?? 'TEXT';
      const hint = (values[`hint-${index}`] ?? '').trim();
      entries.push({ question, answer: values[`answer-${index}`] ?? '', type, ...(hint ? { hint } : {}) });
    }
    chosen = entries;
    const questions = entries.map((entry) => entry.question);
    if (questions.some((question) => question === '') || new Set(questions).size !== questions.length) {
      return { message: `Choose ${count} different questions.` };
    }
    if (entries.some((entry) => entry.answer.trim() === '')) return { message: 'Answer every question.' };
    const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
    if (entries.some((entry) => entry.hint !== undefined && same(entry.hint, entry.answer))) {
      return { code: 155705, message: "Your hint can't be the same as the answer" };
    }
    return entries;
  }

  function show(step: SetupStep, problem: Problem | null = null): void {
    const base = { progress: flow.progress(step), problem, continueLabel: words.continueLabel() };
    switch (step) {
      case 'security-intro': {
        const description =
          'If you forget your PIN, answering these questions is the only way to set a new one. Choose questions ' +
          'whose answers only you know and will not forget.';
        flow.render({
          ...base,
          title: words.headline('securityIntros', 'Set up your {{method}} to recover your PIN', 'security questions'),
          intro: words.text('securityIntros', 'description', description),
          ...(look.images.securityIntroMain ? { image: look.images.securityIntroMain } : {}),
          ...(look.learnMoreUrl
            ? { link: { text: words.text('securityIntros', 'link', 'Learn more'), href: look.learnMoreUrl } }
            : {}),
          fields: [],
          onContinue: async () => show('choose-questions'),
        });
        return;
      }
      case 'choose-questions':
        flow.render({
          ...base,
          title: questionTexts('title', 'Choose your security questions'),
          intro: words.localized ? '' : `Choose ${count} different questions and answer them. A hint is optional.`,
          fields: questionFields(),
          onContinue: async (values) => {
            const read = readQuestions(values);
            if (Array.isArray(read)) return show('security-summary');
            if ('code' in read && read.code !== undefined)
              return flow.retry('choose-questions', read as CircleErrorBody);
            show('choose-questions', read);
          },
        });
        return;
      case 'security-summary': {
        const label = (key: string, fallback: string) => questionTexts(key, fallback);
        flow.render({
          ...base,
          title: words.text('securitySummary', 'title', 'Check your questions and answers'),
          intro: words.localized ? '' : 'You will need these answers if you forget your PIN.',
          summary: chosen.map((entry, index) => ({
            header: `${words.text('securitySummary', 'question', 'Question')} ${index + 1}`,
            rows: [
              { label: label('questionHeader', 'Security question'), value: entry.question },
              { label: label('answerHeader', 'Answer'), value: entry.answer },
              ...(entry.hint ? [{ label: label('answerHintHeader', 'Hint'), value: entry.hint }] : []),
            ],
          })),
          fields: [],
          onContinue: async () => show('security-confirm'),
        });
        return;
      }
      case 'security-confirm': {
        const phrase = words.text('securityConfirm', 'inputMatch', 'I agree');
        flow.render({
          ...base,
          title: words.text('securityConfirm', 'title', 'Keep your answers safe'),
          intro: words.text('securityConfirm', 'headline', 'Before you go on, make sure you understand:'),
          ...(look.images.securityConfirmMain ? { image: look.images.securityConfirmMain } : {}),
          items: look.confirmItems,
          fields: [
            {
              id: 'confirm-phrase',
              label: words.text('securityConfirm', 'inputHeadline', `Type "${phrase}" to confirm`),
              kind: 'phrase',
              placeholder: words.text('securityConfirm', 'inputPlaceholder', phrase),
            },
          ],
          onContinue: async (values) => {
            const typed = (values['confirm-phrase'] ?? '').trim().toLowerCase();
            if (typed !== phrase.trim().toLowerCase())
              return show('security-confirm', { message: `Type "${phrase}".` });
            flow.follow(await flow.finish(chosen), flow.complete, (error) =>
              error.code === 155705 ? flow.retry('choose-questions', error) : flow.backToNewPin(error),
            );
          },
        });
        return;
      }
    }
  }

  return { show };
}
