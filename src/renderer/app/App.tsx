import { useEffect, useState } from 'react';
import { CustomerView } from '../customer/CustomerView';
import { EnvironmentBar } from '../environment/EnvironmentBar';
import { useEnvironmentStatus } from '../environment/use-environment-status';
import { prefetchW3sSdkWhenIdle } from '../pin-challenge/w3s-sdk';
import { useAppInfo } from './use-app-info';

const views = [{ id: 'customer', label: 'Customer' }] as const;
type ViewId = (typeof views)[number]['id'];

export function App() {
  const appInfo = useAppInfo();
  const environment = useEnvironmentStatus();
  const [view, setView] = useState<ViewId>('customer');

  useEffect(() => prefetchW3sSdkWhenIdle(), []);

  return (
    <div className="app-shell">
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
      <main className="app-main">
        {appInfo.status === 'failed' && (
          <p role="alert" className="alert">
            PIN Desk could not reach its main process: {appInfo.message}
          </p>
        )}
        <EnvironmentBar view={environment} />
        {view === 'customer' && <CustomerView environment={environment.status} />}
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
        </footer>
      )}
    </div>
  );
}
