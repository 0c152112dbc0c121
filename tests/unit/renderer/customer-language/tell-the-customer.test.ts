import { describe, expect, it } from 'vitest';
import { retriedInWindowCodes } from '../../../../src/renderer/circle-window/sdk-run';
import { circleDrawnError } from '../../../../src/renderer/customer-language/circle-drawn-errors';
import { tellTheCustomerLabel } from '../../../../src/renderer/customer-language/TellTheCustomer';
import { circleErrorCodes } from '../../../../src/shared/circle-errors/circle-error-codes';

describe('the agent’s “Tell the customer” line in another language', () => {
  it('names the customer’s language beside the agent’s words, and says nothing extra for English', () => {
    expect(tellTheCustomerLabel('en')).toBe('Tell the customer:');
    expect(tellTheCustomerLabel()).toBe('Tell the customer:');
    expect(tellTheCustomerLabel('es')).toBe('Tell the customer (in Spanish):');
    expect(tellTheCustomerLabel('ja')).toBe('Tell the customer (in Japanese):');
    expect(tellTheCustomerLabel('pt-BR')).toBe('Tell the customer (in Brazilian Portuguese):');
    expect(tellTheCustomerLabel('zh-Hans')).toBe('Tell the customer (in Simplified Chinese):');
  });

  it('has a line to say for exactly the errors Circle’s window draws and the customer fixes in it', () => {
    const drawn = retriedInWindowCodes.filter((code) => circleDrawnError(code) !== null);
    expect(drawn).toEqual(retriedInWindowCodes);
    expect(circleDrawnError(circleErrorCodes.wrongPin)).toBe('wrongPin');
    expect(circleDrawnError(circleErrorCodes.weakPin)).toBe('weakPin');
    expect(circleDrawnError(circleErrorCodes.pinMismatch)).toBe('pinMismatch');
    expect(circleDrawnError(circleErrorCodes.pinLocked)).toBeNull();
    expect(circleDrawnError(null)).toBeNull();
  });
});
