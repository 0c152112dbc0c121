// Each test of this folder gets its own Circle-shaped emulator (Circle's host names, TLS, nothing of ours routed
// between Circle's frame and the network) and a test bed whose "Circle testnet" reaches it.
import { testScryptCost } from '../../../src/emulator';
import {
  type CircleShapedEmulator,
  startCircleShapedEmulator,
} from '../../../src/emulator/circle-hosts/circle-shaped-emulator';
import { launchTestBed, type TestBed, type TestBedOptions } from '../../harness/test-bed';
import { test } from '../test-bed-fixture';

export interface CircleShapedBed {
  shaped: CircleShapedEmulator;
  bed: TestBed;
}

/**
 * Registers the folder's start and end for every test of the calling spec; the returned function gives the running
 * test's pair. `selectCircleTestnet` starts on Circle testnet (a key saved, the environment switched to).
 */
export function circleShapedBedPerTest(
  options: Omit<TestBedOptions, 'circleShaped' | 'headless'> & { selectCircleTestnet?: boolean } = {},
): () => CircleShapedBed {
  const { selectCircleTestnet, ...bedOptions } = options;
  let shaped: CircleShapedEmulator | null = null;
  let bed: TestBed | null = null;
  test.beforeEach(async () => {
    shaped = await startCircleShapedEmulator({ secretHashCost: testScryptCost });
    bed = await launchTestBed({
      ...bedOptions,
      headless: true,
      circleShaped: { emulator: shaped, ...(selectCircleTestnet ? { selectCircleTestnet } : {}) },
    });
  });
  test.afterEach(async () => {
    await bed?.close();
    await shaped?.emulator.close();
    bed = null;
    shaped = null;
  });
  return () => {
    if (!shaped || !bed) throw new Error('The Circle-shaped test bed exists only while a test of this spec runs.');
    return { shaped, bed };
  };
}
