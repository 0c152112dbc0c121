// How far the classifier walks an error's cause chain, and which of each error's fields it trusts.
import { describe, expect, it } from 'vitest';
import { transportFailure } from '../../../../src/main/circle/circle-transport';

const refused = () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
/** `depth` plain errors, each the cause of the one before, around `inner`. */
function wrapped(inner: unknown, depth: number): unknown {
  let error = inner;
  for (let level = 0; level < depth; level += 1) error = new Error(`wrapper ${level}`, { cause: error });
  return error;
}
/** An object whose text, once converted, is `text`: a field that is not a string but reads as one. */
const readsAs = (text: string) => ({ toString: () => text });

describe('the cause chain', () => {
  it('is read sixteen errors deep and no deeper', () => {
    expect(transportFailure(wrapped(refused(), 15))).toEqual({ kind: 'network', code: 'ECONNREFUSED' });
    expect(transportFailure(wrapped(refused(), 16))).toBeNull();
  });

  it('takes the first four errors an AggregateError holds', () => {
    const attempts = (count: number) => Array.from({ length: count }, (_, index) => new Error(`attempt ${index}`));
    expect(transportFailure(new AggregateError([...attempts(3), refused()], ''))).toEqual({
      kind: 'network',
      code: 'ECONNREFUSED',
    });
    expect(transportFailure(new AggregateError([...attempts(4), refused()], ''))).toBeNull();
  });

  it('is read past a field whose getter throws', () => {
    const guarded = Object.defineProperty(new Error('wrapper'), 'error', {
      get() {
        throw new Error('not readable');
      },
    });
    guarded.cause = refused();
    expect(transportFailure(guarded)).toEqual({ kind: 'network', code: 'ECONNREFUSED' });
  });
});

describe('each error’s fields', () => {
  it('count only when they have the type Node and fetch give them', () => {
    expect(transportFailure({ message: 'connect failed', code: readsAs('ECONNREFUSED') })).toBeNull();
    expect(transportFailure({ message: readsAs('net::ERR_CONNECTION_REFUSED') })).toBeNull();
    // A status that is not a number is no HTTP answer: the code beside it still says what failed.
    expect(transportFailure({ message: 'connect ECONNREFUSED', code: 'ECONNREFUSED', status: '503' })).toEqual({
      kind: 'network',
      code: 'ECONNREFUSED',
    });
  });
});
