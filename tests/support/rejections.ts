import { expect } from 'vitest';

/** The error a call rejected with, checked to be of `type` (fails the test if the call succeeded). */
export async function rejectionOf<T>(pending: unknown, type: abstract new (...args: never[]) => T): Promise<T> {
  const error = await Promise.resolve(pending).then(
    () => {
      throw new Error('expected the call to fail');
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(type);
  return error as T;
}
