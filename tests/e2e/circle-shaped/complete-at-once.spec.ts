// On a Circle environment no notification comes (Circle cannot reach a desktop): when Circle's window reports the
// customer done, main reads the challenge at once and the agent sees COMPLETE then, not at the watcher's next poll.
// The next poll is ten minutes away here, so a status that waited for it could never pass.
import { customerChangesPin, expectStatus, seededPin, startReset } from '../../support/browser/console-steps';
import { expect, test } from '../test-bed-fixture';
import { circleShapedBedPerTest } from './circle-shaped-bed';

const tenMinutes = 10 * 60 * 1000;

const circleShaped = circleShapedBedPerTest({
  selectCircleTestnet: true,
  watchIntervals: { firstMs: tenMinutes, maxMs: tenMinutes, factor: 1 },
});

test('the status reads COMPLETE as soon as Circle’s window reports the customer done, not at the next poll', async () => {
  const { bed } = circleShaped();
  const { page } = bed;
  await startReset(page, 'user-knows-pin');
  await expectStatus(page, 'PENDING');
  await customerChangesPin(page, seededPin, '390517');
  await expectStatus(page, 'COMPLETE');
  // Main's answer to the window's report is what brought it: a read of its own, not a notification.
  const answers = bed.bridgeTraffic.filter(
    (entry) => entry.channel === 'liveCase:reportOutcome' && entry.direction === 'result',
  );
  expect(answers.at(-1)?.data).toMatchObject({ ok: true, value: { status: 'COMPLETE', source: 'poll' } });
});
