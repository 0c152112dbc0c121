// What loads with the web SDK, in its chunk: the SDK, and what sets the look and the language of its window. None of
// it is needed before a challenge runs, so none of it weighs on the console's first screen.
export { W3SSdk } from '@circle-fin/w3s-pw-web-sdk';
export { applyAppLook } from './app-look-calls';
export { applyCustomerLanguage } from './apply-customer-language';
