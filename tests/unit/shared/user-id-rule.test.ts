import { describe, expect, it } from 'vitest';
import { userIdInput } from '../../../src/shared/contract/input-rules';
import { userIdProblem } from '../../../src/shared/contract/user-id-rule';

describe('the user ID rule', () => {
  it.each(['ext_user_id_1', '  user-knows-pin  ', 'abcde', 'a'.repeat(50)])('accepts %j', (raw) => {
    expect(userIdProblem(raw)).toBeNull();
    expect(userIdInput.parse(raw)).toBe(raw.trim());
  });

  it.each([
    ['', 'Enter'],
    ['   ', 'Enter'],
    ['abcd', 'at least 5'],
    ['a'.repeat(51), 'at most 50'],
    ['user knows', 'no spaces'],
    ['usér-id', 'no spaces'],
    ['user\tid', 'no spaces'],
  ])('refuses %j', (raw, reason) => {
    expect(userIdProblem(raw)).toContain(reason);
    const parsed = userIdInput.safeParse(raw);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain(reason);
  });
});
