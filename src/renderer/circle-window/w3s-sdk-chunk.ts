// What loads with the web SDK, in its chunk: the SDK, and what sets the language its window speaks. Neither is needed
// before a challenge runs, so neither weighs on the console's first screen.
export { W3SSdk } from '@circle-fin/w3s-pw-web-sdk';
export { applyCustomerLanguage } from './apply-customer-language';
