import { describe, expect, it } from 'vitest';
import { agentGuidance, codesWithWrittenAdvice } from '../../../src/shared/circle-errors/agent-guidance';
import { circleErrorCodes } from '../../../src/shared/circle-errors/circle-error-codes';
import { allCircleErrorRows, circleErrorRow } from '../../../src/shared/circle-errors/circle-error-table';

describe("Circle's error table", () => {
  it('parses statuses, with N/A for SDK-side codes', () => {
    expect(circleErrorRow(155102)).toMatchObject({
      httpStatus: 404,
      message: 'Cannot find the user id in the system.',
    });
    expect(circleErrorRow(155704)?.httpStatus).toBeNull();
    expect(allCircleErrorRows().length).toBe(239);
  });
});

describe('agentGuidance', () => {
  it('has written advice only for codes Circle defines', () => {
    for (const code of codesWithWrittenAdvice) expect(circleErrorRow(code), String(code)).toBeDefined();
  });

  it('pairs written advice with Circle’s own message', () => {
    const locked = agentGuidance(155119);
    expect(locked.circleMessage).toBe(circleErrorRow(155119)?.message);
    expect(locked.nextStep).toMatch(/recovery/);
  });

  it('falls back to Circle’s description for codes without written advice', () => {
    const row = circleErrorRow(155130);
    expect(agentGuidance(155130)).toMatchObject({ whatHappened: row?.description, circleMessage: row?.message });
  });

  it('still explains a code Circle does not list', () => {
    expect(agentGuidance(999999).whatHappened).toContain('999999');
  });
});

describe('circleErrorCodes', () => {
  it('names only codes in Circle’s table, each once', () => {
    const codes = Object.values(circleErrorCodes);
    for (const [name, code] of Object.entries(circleErrorCodes)) expect(circleErrorRow(code), name).toBeDefined();
    expect(new Set(codes).size).toBe(codes.length);
  });
});
