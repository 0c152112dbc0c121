// A whole reset as the built main bundle sees one: main starts it, the customer changes the PIN in Circle's window
// (its requests played through the windows' session, as the frame would make them), the renderer reports what the SDK
// said, and main checks with Circle; then the case as the log keeps it.
import { randomUUID } from 'node:crypto';
import { customerChangesPin } from './renderer-requests.mjs';

export async function completedReset(invoke, webContentsId, currentPin, newPin) {
  const started = await invoke('reset:start', { userId: 'user-knows-pin', attemptId: randomUUID() });
  if (!started.ok) return { started };
  const inCirclesWindow = await customerChangesPin(started.value, currentPin, newPin, webContentsId);
  const reported = await invoke('liveCase:reportOutcome', {
    caseId: started.value.caseId,
    outcome: { kind: 'complete', status: 'COMPLETE' },
  });
  const logged = await invoke('caseLog:open', { caseId: started.value.caseId });
  return {
    inCirclesWindow,
    status: reported.ok ? reported.value?.status : reported,
    outcome: logged.ok ? logged.value.summary.outcome : logged,
  };
}

/** Circle testnet on its default base URL (`https://api.circle.com`): the key checked, then a whole reset. */
export async function circleTestnetScenario(invoke, webContentsId, apiKey) {
  const saved = await invoke('settings:setApiKey', { environment: 'circle-testnet', apiKey });
  const switched = await invoke('settings:setEnvironment', { environment: 'circle-testnet', closeOpenCases: true });
  const settings = await invoke('settings:get');
  return {
    baseUrl: settings.ok ? settings.value.environments.find((entry) => entry.id === 'circle-testnet')?.baseUrl : null,
    key: saved.ok ? saved.value.environments.find((entry) => entry.id === 'circle-testnet')?.key : saved,
    active: switched.ok ? switched.value.active : switched,
    reset: await completedReset(invoke, webContentsId, '480213', '390517'),
  };
}
