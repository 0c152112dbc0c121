import './app-look.css';
import type { EnvironmentId } from '../../shared/environment/environments';
import { AssetHostsForm } from './AssetHostsForm';
import { CircleWindowLookForm } from './CircleWindowLookForm';
import { LookPreview } from './LookPreview';
import { SecurityQuestionsSection } from './SecurityQuestionsSection';
import { useAppLook } from './use-app-look';

/** Settings → Security questions and Circle's window for one environment (the customer's app, as Circle sees it). */
export function AppLookSections({ environment, active }: { environment: EnvironmentId; active: EnvironmentId }) {
  const model = useAppLook(environment);
  return (
    <div className="app-look-sections">
      {model.problem && (
        <p role="alert" className="alert">
          {model.problem.message}
        </p>
      )}
      <SecurityQuestionsSection model={model} />
      <div className="circle-window-settings">
        <div>
          <CircleWindowLookForm model={model} />
          <AssetHostsForm model={model} />
        </div>
        {model.view && (
          <LookPreview
            look={model.view}
            emulatorInUse={active === 'local-emulator' || active === 'standalone-emulator'}
          />
        )}
      </div>
    </div>
  );
}
