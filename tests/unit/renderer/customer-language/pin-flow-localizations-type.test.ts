// The compile-time half of issue 26 §1's completeness check (the other half reads the SDK's declaration file:
// tests/unit/translations): a pack missing one of the SDK's keys, or carrying one it does not have, does not compile.
import { describe, expect, it } from 'vitest';
import { pack as spanish } from '../../../../src/renderer/customer-language/packs/es';
import type { PinFlowLocalizations } from '../../../../src/renderer/customer-language/pin-flow-localizations';

describe('the type every translation is written against', () => {
  it('refuses a section with a key missing or a key the SDK does not have', () => {
    const { forgotPin: _dropped, ...missing } = spanish.circleWindow.enterPincode;
    // @ts-expect-error: a section without one of the SDK's keys is not a PIN-flow section.
    const withoutKey: PinFlowLocalizations['enterPincode'] = missing;
    // @ts-expect-error: nor is one with a key the SDK does not have.
    const withExtra: PinFlowLocalizations['common'] = { ...spanish.circleWindow.common, madeUp: 'x' };
    expect(Object.keys(withoutKey)).not.toContain('forgotPin');
    expect(Object.keys(withExtra)).toContain('madeUp');
  });
});
