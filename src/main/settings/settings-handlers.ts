// Settings' channels (main-services.ts puts them in the one map ipc/ registers). The customer screen's own setting is
// handled in customer-screen/, which knows the displays attached now.
import type { HandlersOf } from '../../shared/contract/handlers-of';
import type { AppLookService } from '../app-look/app-look-service';
import { saveCustomerLanguage, savedCustomerLanguage } from './customer-language-setting';
import type { SettingsPort } from './settings-port';
import type { SettingsService } from './settings-service';

export interface SettingsSources {
  service: SettingsService;
  /** Settings → Look: the security questions, Circle's window and the hosts its fonts and images may come from. */
  appLook: AppLookService;
  /** The settings file itself, for the customer's language. */
  store: SettingsPort;
  /** The customer screen shows the language saved, so it hears of a change. */
  customerLanguageChanged: () => void;
}

export function settingsHandlers(
  sources: SettingsSources,
): HandlersOf<
  | 'settings:get'
  | 'settings:setEnvironment'
  | 'settings:setBaseUrl'
  | 'settings:setApiKey'
  | 'settings:saveConnection'
  | 'settings:forgetKey'
  | 'settings:setAgentName'
  | 'settings:setDeveloperDetails'
  | 'settings:appLook'
  | 'settings:saveSecurityQuestions'
  | 'settings:saveCircleWindowLook'
  | 'settings:saveAssetHosts'
  | 'settings:customerLanguage'
  | 'settings:setCustomerLanguage'
> {
  const { service, appLook, store } = sources;
  return {
    'settings:get': () => service.view(),
    'settings:setEnvironment': (input) => service.setEnvironment(input),
    'settings:setBaseUrl': (input) => service.setBaseUrl(input),
    'settings:setApiKey': (input) => service.setApiKey(input),
    'settings:saveConnection': (input) => service.saveConnection(input),
    'settings:forgetKey': (input) => service.forgetKey(input),
    'settings:setAgentName': (input) => service.setAgentName(input),
    'settings:setDeveloperDetails': (input) => service.setDeveloperDetails(input),
    'settings:appLook': (input) => appLook.view(input.environment),
    'settings:saveSecurityQuestions': (input) => appLook.saveSecurityQuestions(input),
    'settings:saveCircleWindowLook': (input) => appLook.saveCircleWindowLook(input),
    'settings:saveAssetHosts': (input) => appLook.saveAssetHosts(input),
    'settings:customerLanguage': () => ({ language: savedCustomerLanguage(store) }),
    'settings:setCustomerLanguage': (input) => {
      const saved = saveCustomerLanguage(store, input.language);
      sources.customerLanguageChanged();
      return saved;
    },
  };
}
