import { z } from 'zod';
import {
  type AppSecurityQuestions,
  type CircleWindowLook,
  maximumQuestions,
  noCircleWindowLook,
  questionMaxLength,
  questionTypes,
  resourceImageKeys,
  themeColorKeys,
} from '../../shared/app-look/app-look';
import type { EnvironmentId } from '../../shared/environment/environments';
import type { SettingsPort } from '../settings/settings-port';

const appLookKey = 'appLook';

/** One environment's app look as kept in this machine's settings file. */
export interface SavedAppLook {
  securityQuestions: AppSecurityQuestions | null;
  window: CircleWindowLook;
  assetHosts: string[];
}

const nothingSaved: SavedAppLook = { securityQuestions: null, window: noCircleWindowLook, assetHosts: [] };

const url = z.string().max(2048).startsWith('https://');
const savedShape = z.object({
  securityQuestions: z
    .object({
      questions: z
        .array(z.object({ question: z.string().min(1).max(questionMaxLength), type: z.enum(questionTypes) }))
        .min(2)
        .max(maximumQuestions),
      requiredCount: z.number().int().min(2),
    })
    .nullable(),
  window: z.object({
    colors: z.partialRecord(z.enum(themeColorKeys), z.string().max(60)),
    backdropOpacity: z.number().min(0).max(1).nullable(),
    images: z.partialRecord(z.enum(resourceImageKeys), url),
    font: z.object({ name: z.string().min(1).max(100), url: url.nullable() }).nullable(),
  }),
  assetHosts: z.array(z.string().max(253)).max(20),
});

function savedByEnvironment(settings: SettingsPort): Partial<Record<EnvironmentId, unknown>> {
  const value = settings.get(appLookKey);
  return typeof value === 'object' && value !== null ? (value as Partial<Record<EnvironmentId, unknown>>) : {};
}

/** An environment's saved look; anything the file holds that is not one (an edit by hand) reads as nothing set. */
export function savedAppLook(settings: SettingsPort, environment: EnvironmentId): SavedAppLook {
  const parsed = savedShape.safeParse(savedByEnvironment(settings)[environment]);
  return parsed.success ? parsed.data : nothingSaved;
}

export function saveAppLook(settings: SettingsPort, environment: EnvironmentId, saved: SavedAppLook): void {
  settings.set(appLookKey, { ...savedByEnvironment(settings), [environment]: saved });
}
