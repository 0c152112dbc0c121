import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { MenuCommand } from '../../shared/contract/menu-commands';
import { pinDeskBridge } from '../bridge/pin-desk-client';
import { CasesView } from '../case-log/CasesView';
import { prefetchW3sSdkWhenIdle } from '../circle-window/w3s-sdk';
import { ClockProvider } from '../clock/clock';
import { CustomerView } from '../customer/CustomerView';
import { DeveloperPanel } from '../environment/DeveloperPanel';
import { EnvironmentBar } from '../environment/EnvironmentBar';
import { useEnvironmentStatus } from '../environment/use-environment-status';
import { SettingsView } from '../settings/SettingsView';
import { onConsoleCommand, sendConsoleCommand } from './console-commands';
import { ShortcutsHelp } from './ShortcutsHelp';
import { commandOfKey } from './shortcuts';
import { useAppInfo } from './use-app-info';

// Cases and Settings are opened now and then, the Customer view always: the others load when first shown (CasesView
// and SettingsView load their pages themselves), so the console's initial JS stays small.
const CustomerScreenSection = lazy(() =>
  import('../settings/CustomerScreenSection').then((module) => ({ default: module.CustomerScreenSection })),
);
const DiagnosticsSection = lazy(() =>
  import('../diagnostics/DiagnosticsSection').then((module) => ({ default: module.DiagnosticsSection })),
);

const views = [
  { id: 'customer', label: 'Customer' },
  { id: 'cases', label: 'Cases' },
  { id: 'settings', label: 'Settings' },
] as const;
type ViewId = (typeof views)[number]['id'];

const viewOfCommand: Partial<Record<MenuCommand, ViewId>> = {
  'show-customer': 'customer',
  'show-cases': 'cases',
  'show-settings': 'settings',
  'focus-user-id': 'customer',
  'new-customer': 'customer',
};

/**
 * Shortcuts arrive from the application menu (menu:commandChosen, in the app) and from the keyboard here (the test
 * bed has no menu). The page's handler prevents the key's default; should the menu's accelerator act as well, every
 * command is idempotent (show a view, focus a field, ask once), so a key never does anything twice.
 */
function useConsoleShortcuts() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandOfKey(event);
      if (!command) return;
      event.preventDefault();
      sendConsoleCommand(command);
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = pinDeskBridge().menu.onCommandChosen(({ command }) => sendConsoleCommand(command));
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, []);
}

export function App() {
  // Bumped when Settings changes the environment, so everything that shows it reads it again.
  const [generation, setGeneration] = useState(0);
  const environmentChanged = useCallback(() => setGeneration((value) => value + 1), []);
  const appInfo = useAppInfo(generation);
  const environment = useEnvironmentStatus(generation, environmentChanged);
  const [view, setView] = useState<ViewId>('customer');
  const [helpOpen, setHelpOpen] = useState(false);
  const mainnet = appInfo.status === 'ready' && appInfo.info.environment.id === 'circle-mainnet';
  const developer = environment.status?.developerDetails ?? false;

  useEffect(() => prefetchW3sSdkWhenIdle(), []);
  useConsoleShortcuts();
  useEffect(
    () =>
      onConsoleCommand((command) => {
        const target = viewOfCommand[command];
        if (target) setView(target);
        if (command === 'show-help') setHelpOpen(true);
      }),
    [],
  );

  return (
    <ClockProvider>
      <div className="app-shell">
        <div className="app-top">
          <header className="app-header">
            <h1>PIN Desk</h1>
            {appInfo.status === 'ready' && (
              <span className="environment-badge" data-environment={appInfo.info.environment.id}>
                {appInfo.info.environment.label}
              </span>
            )}
            <nav aria-label="Views" className="app-nav">
              {views.map((entry) => (
                <button
                  key={entry.id}
                  type="button"
                  className="nav-tab"
                  aria-current={view === entry.id ? 'page' : undefined}
                  onClick={() => setView(entry.id)}
                >
                  {entry.label}
                </button>
              ))}
            </nav>
          </header>
          {mainnet && (
            <div className="mainnet-banner" role="note" aria-label="Circle mainnet">
              Circle mainnet — real customers, real wallets. Every action here is live.
            </div>
          )}
        </div>
        <main className="app-main">
          {appInfo.status === 'failed' && (
            <p role="alert" className="alert">
              PIN Desk could not reach its main process: {appInfo.message}
            </p>
          )}
          <EnvironmentBar view={environment} />
          {/* Always mounted: a case in progress (its state, Circle's window, main's updates) outlives a look at Cases
              or Settings. An environment change remounts it, since main closes that environment's cases. */}
          <div className="view-slot" hidden={view !== 'customer'}>
            <CustomerView
              key={generation}
              environment={environment.status}
              developer={developer}
              visible={view === 'customer'}
            />
            {developer && <DeveloperPanel view={environment} />}
          </div>
          {view === 'cases' && <CasesView />}
          {view === 'settings' && (
            <>
              <SettingsView onEnvironmentChanged={environmentChanged} onViewSettingsChanged={environment.refresh} />
              <Suspense fallback={null}>
                <CustomerScreenSection />
                <DiagnosticsSection />
              </Suspense>
            </>
          )}
        </main>
        {appInfo.status === 'ready' && (
          <footer className="app-footer">
            <dl className="facts">
              <dt>Version</dt>
              <dd data-testid="app-version">{appInfo.info.version}</dd>
              <dt>Platform</dt>
              <dd data-testid="app-platform">{appInfo.info.platform}</dd>
              <dt>Environment</dt>
              <dd data-testid="app-environment">{appInfo.info.environment.label}</dd>
            </dl>
            <button type="button" className="link-button" onClick={() => setHelpOpen(true)}>
              Keyboard shortcuts
            </button>
          </footer>
        )}
        {helpOpen && <ShortcutsHelp onClose={() => setHelpOpen(false)} />}
      </div>
    </ClockProvider>
  );
}
