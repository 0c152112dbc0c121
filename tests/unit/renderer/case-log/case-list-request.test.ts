import { describe, expect, it } from 'vitest';
import { filtersSet, listRequest, noFilters } from '../../../../src/renderer/case-log/case-list-request';

describe("the Cases view's request to main", () => {
  it('leaves out empty filters and sends the search trimmed', () => {
    expect(listRequest(noFilters)).toEqual({});
    expect(listRequest({ ...noFilters, search: '  ZD-1001 ', outcome: 'EXPIRED', flow: 'reset' })).toEqual({
      search: 'ZD-1001',
      outcome: 'EXPIRED',
      flow: 'reset',
    });
    expect(listRequest({ ...noFilters, search: '   ' })).toEqual({});
  });

  it('turns the date fields into the first and last instant of those days in local time', () => {
    const request = listRequest({ ...noFilters, from: '2026-11-03', to: '2026-11-04' });
    expect(request.from).toBe(new Date(2026, 10, 3, 0, 0, 0, 0).toISOString());
    expect(request.to).toBe(new Date(2026, 10, 4, 23, 59, 59, 999).toISOString());
  });

  it('knows when any filter is set (for Clear filters)', () => {
    expect(filtersSet(noFilters)).toBe(false);
    expect(filtersSet({ ...noFilters, search: ' ' })).toBe(false);
    expect(filtersSet({ ...noFilters, environment: 'circle-testnet' })).toBe(true);
  });

  it("sends an Overview bar's outcome group and a code as main takes them, and nothing for a code that is none", () => {
    expect(listRequest({ ...noFilters, outcomeGroup: 'action-needed', code: '155112' })).toEqual({
      outcomeGroup: 'action-needed',
      code: 155112,
    });
    expect(listRequest({ ...noFilters, code: '15x' })).toEqual({});
    expect(filtersSet({ ...noFilters, code: '155112' })).toBe(true);
  });
});
