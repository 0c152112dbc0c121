import type {
  AppLook,
  AppLookSaveResult,
  AppLookView,
  CircleWindowLook,
  QuestionDraft,
} from '../../shared/app-look/app-look';
import { type EnvironmentId, environmentLabels } from '../../shared/environment/environments';
import type { SettingsPort } from '../settings/settings-port';
import { saveAppLook, savedAppLook } from './app-look-setting';
import { assetHostProblem, assetUrlProblem } from './asset-url-rule';
import { type CircleWindowLookDraft, checkCircleWindowLook } from './circle-window-look-rule';
import { checkSecurityQuestions, questionDraftsFromJson } from './security-questions-rule';

export type QuestionsInput =
  | { environment: EnvironmentId; source: 'entries'; questions: QuestionDraft[]; requiredCount: number }
  | { environment: EnvironmentId; source: 'json'; json: string; requiredCount: number };

const maximumAssetHosts = 20;

/**
 * Settings → Security questions and Circle's window, per environment: checked here, kept in the settings file, and
 * put on every ChallengeSession of the environment (sessionLook) for whichever window runs Circle's window.
 */
export class AppLookService {
  constructor(private readonly settings: SettingsPort) {}

  view(environment: EnvironmentId): AppLookView {
    const saved = savedAppLook(this.settings, environment);
    return { environment: environmentLabels[environment], ...saved };
  }

  saveSecurityQuestions(input: QuestionsInput): AppLookSaveResult {
    const pasted = input.source === 'json' ? questionDraftsFromJson(input.json) : null;
    const drafts = input.source === 'json' ? (pasted?.drafts ?? []) : input.questions;
    const check = checkSecurityQuestions(drafts, input.requiredCount);
    const problems = { ...(check.ok ? {} : check.problems), ...(pasted?.problems ?? {}) };
    if (pasted && pasted.drafts.length === 0 && !problems.json) problems.json = 'The pasted list is empty.';
    // Text that is no list (or an empty one) brings no entries back: the ones on screen stay as the agent had them.
    const withDrafts = pasted && drafts.length > 0 ? { drafts } : {};
    if (!check.ok || Object.keys(problems).length > 0) {
      return { saved: false, problems, ...withDrafts, view: this.view(input.environment) };
    }
    this.update(input.environment, (saved) => ({ ...saved, securityQuestions: check.questions }));
    return { saved: true, problems: {}, ...withDrafts, view: this.view(input.environment) };
  }

  saveCircleWindowLook(input: { environment: EnvironmentId; look: CircleWindowLookDraft }): AppLookSaveResult {
    const { assetHosts } = savedAppLook(this.settings, input.environment);
    const check = checkCircleWindowLook(input.look, assetHosts);
    if (!check.ok) return { saved: false, problems: check.problems, view: this.view(input.environment) };
    this.update(input.environment, (saved) => ({ ...saved, window: check.look }));
    return { saved: true, problems: {}, view: this.view(input.environment) };
  }

  /** The allow list; a host still named by a saved font or image stays until that URL is changed. */
  saveAssetHosts(input: { environment: EnvironmentId; hosts: string[] }): AppLookSaveResult {
    const problems: Record<string, string> = {};
    const hosts = [...new Set(input.hosts.map((host) => host.trim().toLowerCase()).filter((host) => host !== ''))];
    const wrong = hosts.map((host) => assetHostProblem(host)).filter((problem) => problem !== null);
    if (wrong.length > 0) problems.assetHosts = wrong.join(' ');
    else if (hosts.length > maximumAssetHosts) problems.assetHosts = `At most ${maximumAssetHosts} hosts.`;
    const saved = savedAppLook(this.settings, input.environment);
    const stillUsed = urlsOf(saved.window).filter((used) => assetUrlProblem(used.url, hosts) !== null);
    if (!problems.assetHosts && stillUsed.length > 0) {
      problems.assetHosts = `${stillUsed.map((used) => `${new URL(used.url).hostname} is used by ${used.field}`).join('; ')}: change that first.`;
    }
    if (Object.keys(problems).length > 0) return { saved: false, problems, view: this.view(input.environment) };
    saveAppLook(this.settings, input.environment, { ...saved, assetHosts: hosts });
    return { saved: true, problems: {}, view: this.view(input.environment) };
  }

  /** The active environment's allow list, for Diagnostics. */
  assetHosts(environment: EnvironmentId): string[] {
    return savedAppLook(this.settings, environment).assetHosts;
  }

  /** What a ChallengeSession of this environment carries; a URL the rule no longer admits is left out. */
  sessionLook(environment: EnvironmentId): AppLook {
    const saved = savedAppLook(this.settings, environment);
    const allowed = (url: string) => assetUrlProblem(url, saved.assetHosts) === null;
    const images = Object.fromEntries(Object.entries(saved.window.images).filter(([, url]) => allowed(url)));
    const font = saved.window.font;
    return {
      securityQuestions: saved.securityQuestions,
      window: {
        ...saved.window,
        images,
        font: font && { name: font.name, url: font.url && allowed(font.url) ? font.url : null },
      },
    };
  }

  private update(
    environment: EnvironmentId,
    change: (saved: ReturnType<typeof savedAppLook>) => ReturnType<typeof savedAppLook>,
  ) {
    saveAppLook(this.settings, environment, change(savedAppLook(this.settings, environment)));
  }
}

function urlsOf(look: CircleWindowLook): { field: string; url: string }[] {
  const images = Object.entries(look.images).map(([key, url]) => ({ field: `the ${key} image`, url }));
  return look.font?.url ? [...images, { field: 'the font', url: look.font.url }] : images;
}
