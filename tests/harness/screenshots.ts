// `npm run screenshots`: every state an agent meets, at 1024×700 and 1440×900, light and dark, written to
// screenshots/ (not committed) for a person to look at. Each scenario runs on its own fresh test bed.
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { screenshotScenarios } from './screenshot-scenarios';
import { launchTestBed, type TestBed } from './test-bed';

const outDir = resolve(import.meta.dirname, '../../screenshots');
const sizes = [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
] as const;
const schemes = ['light', 'dark'] as const;

/** One state, four pictures: what the agent sees (the viewport, not the whole page) at each size and scheme. */
async function shoot(page: Page, name: string): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size);
    for (const colorScheme of schemes) {
      await page.emulateMedia({ colorScheme });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await page.screenshot({ path: join(outDir, `${name}-${size.width}x${size.height}-${colorScheme}.png`) });
    }
  }
  await page.setViewportSize(sizes[1]);
  console.log(`  ${name}`);
}

async function main(): Promise<void> {
  const only = process.argv[2];
  if (!only) await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  let failed = 0;
  for (const scenario of screenshotScenarios) {
    if (only && !scenario.name.includes(only)) continue;
    console.log(scenario.name);
    let bed: TestBed | null = null;
    try {
      bed = await launchTestBed({ headless: true, watchIntervals: { firstMs: 200, maxMs: 500, factor: 1.5 } });
      await bed.page.setViewportSize(sizes[1]);
      await scenario.run(bed, (name) => shoot(bed?.page as Page, name));
    } catch (error) {
      failed += 1;
      console.error(`  failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await bed?.close();
    }
  }
  console.log(`Screenshots in ${outDir}${failed ? ` (${failed} scenario(s) failed)` : ''}`);
  if (failed) process.exitCode = 1;
}

void main();
