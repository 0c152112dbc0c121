// Every sequence one run of Circle's window can go through: what is reported to main, and what happens to the window.
import { describe, expect, it } from 'vitest';
import { type SdkRunEvent, sdkRunEffects } from '../../../../src/renderer/circle-window/sdk-run';

const shown: SdkRunEvent = { type: 'shown' };
const error = (code: number): SdkRunEvent => ({ type: 'error', code, message: `error ${code}` });
const complete: SdkRunEvent = { type: 'complete', status: 'COMPLETE' };
const removed: SdkRunEvent = { type: 'frame-removed' };
const watchdog: SdkRunEvent = { type: 'watchdog' };

/** The effects, shortened: reports as `kind` or `error:<code>`, the rest by type. */
function run(...events: SdkRunEvent[]): string[] {
  return sdkRunEffects(events).map((effect) => {
    if (effect.type !== 'report') return effect.type;
    return effect.outcome.kind === 'error' ? `error:${effect.outcome.code}` : effect.outcome.kind;
  });
}

describe('one run of Circle’s window', () => {
  it('a completion with no error: reported, the frame goes, the run ends', () => {
    expect(run(shown, complete)).toEqual(['shown', 'complete', 'remove-frame', 'stop']);
    // The SDK removes its own frame on onComplete: the removal after it changes nothing.
    expect(run(shown, complete, removed)).toEqual(['shown', 'complete', 'remove-frame', 'stop']);
  });

  it('wrong PIN, then the right one: the error is reported with the window still open, then the completion', () => {
    expect(run(shown, error(155112), complete)).toEqual(['shown', 'error:155112', 'complete', 'remove-frame', 'stop']);
  });

  it('any number of errors the customer retries, each reported in order, the window open throughout', () => {
    const errors = [155112, 155112, 155704, 155703, 155115].map(error);
    expect(run(shown, ...errors)).toEqual([
      'shown',
      'error:155112',
      'error:155112',
      'error:155704',
      'error:155703',
      'error:155115',
    ]);
  });

  it('three wrong PINs, then the lock: all four reported; closing after the lock is the window gone, not a close', () => {
    expect(run(shown, error(155112), error(155112), error(155112), error(155119), removed)).toEqual([
      'shown',
      'error:155112',
      'error:155112',
      'error:155112',
      'error:155119',
      'window-gone',
      'stop',
    ]);
  });

  it.each([155120, 155121, 155104, 155105])('an error that ends the window (%i), then Close: gone', (code) => {
    expect(run(shown, error(155112), error(code), removed)).toEqual([
      'shown',
      'error:155112',
      `error:${code}`,
      'window-gone',
      'stop',
    ]);
  });

  it('the customer leaves between tries (Cancel after a wrong PIN): a close, so the same challenge can resume', () => {
    expect(run(shown, error(155112), removed)).toEqual(['shown', 'error:155112', 'closed', 'stop']);
    expect(run(shown, removed)).toEqual(['shown', 'closed', 'stop']);
  });

  it('errors and then nothing: the window stays, nothing more is reported (main’s status decides)', () => {
    expect(run(shown, error(155112), error(155704), watchdog)).toEqual(['shown', 'error:155112', 'error:155704']);
  });

  it('nothing after the run ended is reported: a callback after completion, a second completion', () => {
    expect(run(shown, complete, error(155112), complete, watchdog)).toEqual([
      'shown',
      'complete',
      'remove-frame',
      'stop',
    ]);
    expect(run(shown, error(155119), removed, error(155112), complete)).toEqual([
      'shown',
      'error:155119',
      'window-gone',
      'stop',
    ]);
  });

  it('no handshake: the watchdog reports it and takes the frame away', () => {
    expect(run(watchdog)).toEqual(['no-handshake', 'remove-frame', 'stop']);
    expect(run(shown, watchdog)).toEqual(['shown']);
  });

  it('an error before the window was ever shown (the SDK’s own 155706, a refused hand-over) ends the run', () => {
    expect(run(error(155706), removed, watchdog)).toEqual(['error:155706', 'remove-frame', 'window-gone', 'stop']);
  });

  it('shows once, however often the frame’s style changes', () => {
    expect(run(shown, shown, shown)).toEqual(['shown']);
  });
});
