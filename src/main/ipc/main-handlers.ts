import { type AppInfoSources, readAppInfo } from '../app-info/app-info';
import type { ContractHandlers } from './register-contract-handlers';

/** Everything the handlers need from the outside world; Electron's composition root and the test bed each supply it. */
export interface MainPorts {
  appInfo: AppInfoSources;
}

export function createMainHandlers(ports: MainPorts): ContractHandlers {
  return {
    'app:info': () => readAppInfo(ports.appInfo),
  };
}
