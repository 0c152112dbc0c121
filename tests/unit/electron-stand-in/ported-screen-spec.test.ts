// Cases of spec/api-screen-spec.ts, and the lines of docs/api/screen.md and shell/browser/api/electron_api_screen.cc
// each `it` quotes, ported to the stand-in's screen.
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { laptopDisplay, standInElectron } from '../../support/electron-stand-in/electron';

const external = {
  id: 7,
  label: 'DELL U2720Q',
  bounds: { x: 1920, y: 0, width: 2560, height: 1440 },
  workArea: { x: 1920, y: 0, width: 2560, height: 1400 },
};

async function readyElectron(displays = [laptopDisplay, external]) {
  const electron = standInElectron({ platform: 'linux', displays });
  await electron.app.whenReady();
  return electron;
}

describe('api-screen-spec.ts', () => {
  it('screen.getAllDisplays: returns an array of displays', async () => {
    const { screen } = await readyElectron();
    const displays = screen.getAllDisplays();
    expect(displays.length).toBeGreaterThanOrEqual(1);
    for (const display of displays) expect(display).toBeTypeOf('object');
  });
  it('screen.getPrimaryDisplay(): has the correct non-object properties, and bounds/workArea/size objects', async () => {
    const { screen } = await readyElectron();
    const display = screen.getPrimaryDisplay();
    expect(display.id).toBeTypeOf('number');
    expect(display.label).toBeTypeOf('string');
    expect(display.scaleFactor).toBeTypeOf('number');
    expect(display.rotation).toBeTypeOf('number');
    expect(display.internal).toBeTypeOf('boolean');
    expect(display.workArea.width).toBeGreaterThan(0);
    expect(display.workAreaSize).toEqual({ width: display.workArea.width, height: display.workArea.height });
    expect(display.size).toEqual({ width: display.bounds.width, height: display.bounds.height });
  });
});

describe('screen.md and electron_api_screen.cc', () => {
  it("\"This module cannot be used until the ready event\": \"The 'screen' module can't be used before the app 'ready' event\"", async () => {
    const electron = standInElectron({ platform: 'linux' });
    expect(() => electron.screen.getAllDisplays()).toThrow(
      "The 'screen' module can't be used before the app 'ready' event",
    );
    await electron.app.whenReady();
    expect(electron.screen.getAllDisplays()).toHaveLength(1);
  });
  it('getDisplayMatching: "The display that most closely intersects the provided bounds"', async () => {
    const { screen } = await readyElectron();
    expect(screen.getDisplayMatching({ x: 1800, y: 100, width: 800, height: 600 }).id).toBe(7);
    expect(screen.getDisplayMatching({ x: 1500, y: 100, width: 800, height: 600 }).id).toBe(laptopDisplay.id);
    // Off every display: the nearest one.
    expect(screen.getDisplayMatching({ x: 5000, y: 100, width: 100, height: 100 }).id).toBe(7);
  });
  it('display-removed: posted, not emitted during the change (PostNonNestableTask), with the display that went', async () => {
    const { screen, displays } = await readyElectron();
    let heard = false;
    screen.on('display-removed', () => {
      heard = true;
    });
    const removed = once(screen, 'display-removed');
    displays.unplug(7);
    expect(heard).toBe(false);
    const [, oldDisplay] = await removed;
    expect(oldDisplay).toMatchObject({ id: 7, label: 'DELL U2720Q' });
    expect(screen.getAllDisplays().map((display) => display.id)).toEqual([laptopDisplay.id]);
  });
  it('display-added, and display-metrics-changed with changedMetrics ("bounds", "workArea", …)', async () => {
    const { screen, displays } = await readyElectron([laptopDisplay]);
    const added = once(screen, 'display-added');
    displays.plug(external);
    expect((await added)[1]).toMatchObject({ id: 7 });
    const changed = once(screen, 'display-metrics-changed');
    displays.changeMetrics(7, { workArea: { x: 1920, y: 40, width: 2560, height: 1400 } });
    const [, display, changedMetrics] = await changed;
    expect(display.workArea.y).toBe(40);
    expect(changedMetrics).toEqual(['workArea']);
  });
});
