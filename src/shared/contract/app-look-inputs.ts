import { z } from 'zod';
import { maximumQuestions, resourceImageKeys, themeColorKeys } from '../app-look/app-look';
import { environmentIds } from '../environment/environments';

// The inputs of Settings → Security questions and Circle's window: bounded strings as typed, so main can say what is
// wrong with each beside its field (app-look rules in main); only the shape is refused here.

const environment = z.enum(environmentIds);
const requiredCount = z.number().int().min(0).max(maximumQuestions);
const typed = (max: number) => z.string().max(max);
/** One optional bounded string per key the SDK's type names, and no other key. */
const keyed = <K extends string>(keys: readonly K[], max: number) =>
  z.strictObject(
    Object.fromEntries(keys.map((key) => [key, typed(max).optional()])) as Record<K, z.ZodOptional<z.ZodString>>,
  );

export const appLookInput = z.strictObject({ environment });

export const saveSecurityQuestionsInput = z.discriminatedUnion('source', [
  z.strictObject({
    environment,
    source: z.literal('entries'),
    questions: z.array(z.strictObject({ question: typed(2000), type: typed(20) })).max(maximumQuestions + 1),
    requiredCount,
  }),
  z.strictObject({ environment, source: z.literal('json'), json: typed(100_000), requiredCount }),
]);

export const saveCircleWindowLookInput = z.strictObject({
  environment,
  look: z.strictObject({
    colors: keyed(themeColorKeys, 200),
    backdropOpacity: typed(20),
    images: keyed(resourceImageKeys, 4000),
    fontName: typed(200),
    fontUrl: typed(4000),
  }),
});

export const saveAssetHostsInput = z.strictObject({ environment, hosts: z.array(typed(300)).max(40) });
