// refusedRedirectIn finds a refusal however the SDK and axios wrapped it (`error`, `cause`), in a walk of at most
// eight links, so a long or cyclic chain of wrappings cannot keep it looking.
import { describe, expect, it } from 'vitest';
import { RedirectRefusedError, refusedRedirectIn } from '../../../../src/main/circle/circle-redirects';

const refusal = new RedirectRefusedError(307, 'https://elsewhere.example');

/** `inner` wrapped `times` times, alternately as the SDK does (`error`) and as axios does (`cause`). */
function wrapped(times: number, inner: unknown): unknown {
  let current = inner;
  for (let index = 0; index < times; index += 1) current = index % 2 === 0 ? { cause: current } : { error: current };
  return current;
}

describe('refusedRedirectIn', () => {
  it('finds the refusal itself and under up to seven wrappings', () => {
    for (let times = 0; times <= 7; times += 1) {
      expect(refusedRedirectIn(wrapped(times, refusal)), `${times}`).toBe(refusal);
    }
  });

  it('looks no further than eight links', () => {
    expect(refusedRedirectIn(wrapped(8, refusal))).toBeUndefined();
    expect(refusedRedirectIn(wrapped(20, refusal))).toBeUndefined();
  });

  it('reads eight links of a cyclic chain, then gives up', () => {
    let reads = 0;
    // A wrapping that wraps itself; after 100 reads it lets go, so a walk without a bound still ends.
    const cyclic = {
      get error(): unknown {
        reads += 1;
        return reads < 100 ? cyclic : undefined;
      },
    };
    expect(refusedRedirectIn(cyclic)).toBeUndefined();
    expect(reads).toBe(8);
  });

  it('walks through objects only: the SDK’s and axios’s errors are objects, and a function ends the walk', () => {
    const callable = Object.assign(() => undefined, { error: refusal, cause: refusal });
    expect(refusedRedirectIn(callable)).toBeUndefined();
    expect(refusedRedirectIn({ cause: callable })).toBeUndefined();
  });
});
