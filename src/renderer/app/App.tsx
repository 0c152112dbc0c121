import { useAppInfo } from './use-app-info';

export function App() {
  const appInfo = useAppInfo();
  return (
    <div className="app-shell">
      <header className="app-header">
        <h1>PIN Desk</h1>
        {appInfo.status === 'ready' && (
          <span className="environment-badge" data-environment={appInfo.info.environment.id}>
            {appInfo.info.environment.label}
          </span>
        )}
      </header>
      <main className="app-main" aria-busy={appInfo.status === 'loading'}>
        {appInfo.status === 'failed' && (
          <p role="alert" className="alert">
            PIN Desk could not reach its main process: {appInfo.message}
          </p>
        )}
        {appInfo.status === 'ready' && (
          <section aria-labelledby="about-heading" className="panel">
            <h2 id="about-heading">About this console</h2>
            <dl className="facts">
              <dt>Version</dt>
              <dd data-testid="app-version">{appInfo.info.version}</dd>
              <dt>Platform</dt>
              <dd data-testid="app-platform">{appInfo.info.platform}</dd>
              <dt>Environment</dt>
              <dd data-testid="app-environment">{appInfo.info.environment.label}</dd>
            </dl>
          </section>
        )}
      </main>
    </div>
  );
}
