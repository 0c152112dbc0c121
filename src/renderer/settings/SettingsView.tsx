import { lazy, Suspense } from 'react';
import type { SettingsViewProps } from './SettingsPage';

// Settings is loaded when first shown, so the console's initial JS stays small (the Customer view comes first).
const SettingsPage = lazy(() => import('./SettingsPage').then((module) => ({ default: module.SettingsPage })));

/** The Settings tab: environments, base URLs and API keys, the agent's name. */
export function SettingsView(props: SettingsViewProps) {
  return (
    <Suspense fallback={<p className="panel muted">Loading settings…</p>}>
      <SettingsPage {...props} />
    </Suspense>
  );
}
