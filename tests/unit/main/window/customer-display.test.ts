import { describe, expect, it } from 'vitest';
import {
  customerScreenOptions,
  type DisplayLayout,
  displayName,
  placeCustomerWindow,
  placementChanged,
} from '../../../../src/main/window/customer-display';
import { twoDisplays } from '../../../support/fake-customer-screen';

const [laptop, external] = twoDisplays as [(typeof twoDisplays)[0], (typeof twoDisplays)[0]];
const layout = (overrides: Partial<DisplayLayout> = {}): DisplayLayout => ({
  displays: twoDisplays,
  primaryId: laptop.id,
  agentDisplayId: laptop.id,
  ...overrides,
});

describe('display names', () => {
  it('use the system’s name with the size, or "Display N, W×H" where it gives none', () => {
    expect(displayName(laptop, layout())).toBe('Built-in Display, 1440×900');
    expect(displayName(external, layout())).toBe('Display 2, 1920×1080');
    expect(displayName({ ...external, label: '   ' }, layout())).toBe('Display 2, 1920×1080');
  });
});

describe('the choices Settings offers', () => {
  it('are Off, Same display, then every attached display by name and size', () => {
    expect(customerScreenOptions(layout(), { kind: 'off' }, null).map((option) => option.label)).toEqual([
      'Off',
      'Same display',
      'Built-in Display, 1440×900',
      'Display 2, 1920×1080',
    ]);
  });

  it('keep a chosen display that is not connected, under the name it had', () => {
    const unplugged = layout({ displays: [laptop] });
    const chosen = { kind: 'display', displayId: external.id } as const;
    expect(customerScreenOptions(unplugged, chosen, 'Display 2, 1920×1080').at(-1)).toEqual({
      choice: chosen,
      label: 'Display 2, 1920×1080 (not connected)',
    });
  });
});

describe('where the customer window goes', () => {
  it('full-screen on a display of its own', () => {
    expect(placeCustomerWindow({ kind: 'display', displayId: external.id }, layout(), null)).toEqual({
      displayId: external.id,
      displayName: 'Display 2, 1920×1080',
      bounds: external.bounds,
      fullScreen: true,
      fallback: null,
    });
  });

  it('beside the console, never over it, on the agent’s display ("Same display", or that display by name)', () => {
    const beside = { x: 720, y: 25, width: 720, height: 875 };
    for (const choice of [{ kind: 'same-display' }, { kind: 'display', displayId: laptop.id }] as const) {
      expect(placeCustomerWindow(choice, layout(), null)).toMatchObject({
        displayId: laptop.id,
        bounds: beside,
        fullScreen: false,
        fallback: null,
      });
    }
    // "Same display" follows the agent's window to whichever display it is on.
    expect(placeCustomerWindow({ kind: 'same-display' }, layout({ agentDisplayId: external.id }), null)).toMatchObject({
      displayId: external.id,
      fullScreen: false,
    });
  });

  it('to the primary display, saying why, when the chosen display is not connected', () => {
    const placed = placeCustomerWindow(
      { kind: 'display', displayId: external.id },
      layout({ displays: [laptop] }),
      'Display 2, 1920×1080',
    );
    expect(placed).toMatchObject({ displayId: laptop.id, fullScreen: false });
    expect(placed?.fallback).toBe(
      '“Display 2, 1920×1080” is not connected: the customer window is on the primary display.',
    );
  });

  it('full-screen on the primary display when that is not where the agent works', () => {
    const third = { ...external, id: 3, bounds: { ...external.bounds, x: 3360 } };
    const agentOnExternal = layout({ displays: [laptop, external], agentDisplayId: external.id });
    expect(placeCustomerWindow({ kind: 'display', displayId: third.id }, agentOnExternal, null)).toMatchObject({
      displayId: laptop.id,
      fullScreen: true,
      bounds: laptop.bounds,
    });
  });

  it('moves when its display goes away, and back when it returns', () => {
    const choice = { kind: 'display', displayId: external.id } as const;
    const before = placeCustomerWindow(choice, layout(), null);
    const unplugged = placeCustomerWindow(choice, layout({ displays: [laptop] }), 'Display 2, 1920×1080');
    expect(placementChanged(before, unplugged)).toBe(true);
    expect(unplugged?.displayId).toBe(laptop.id);
    const back = placeCustomerWindow(choice, layout(), 'Display 2, 1920×1080');
    expect(placementChanged(unplugged, back)).toBe(true);
    expect(back).toEqual(before);
    expect(placementChanged(before, placeCustomerWindow(choice, layout(), null))).toBe(false);
  });

  it('nowhere when no display is known', () => {
    expect(placeCustomerWindow({ kind: 'same-display' }, layout({ displays: [] }), null)).toBeNull();
  });
});
