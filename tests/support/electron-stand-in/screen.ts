// Electron's `screen` (docs/api/screen.md; shell/browser/api/electron_api_screen.cc; lib/browser/api/screen.ts):
// - "This module cannot be used until the `ready` event of the `app` module is emitted": lib/browser/api/screen.ts
//   exports a Proxy that creates the screen on first use, and Screen::Create throws "The 'screen' module can't be
//   used before the app 'ready' event" until then (standInScreenModule below).
// - the display events are posted, not emitted in the middle of the change (`PostNonNestableTask(… DelayEmit …)`),
//   and 'display-removed' comes once per removed display (Screen::OnDisplaysRemoved loops over them);
//   'display-metrics-changed' carries `changedMetrics` ("bounds", "workArea", "scaleFactor", "rotation").
// - getDisplayMatching "Returns the display that most closely intersects the provided bounds" (the largest
//   intersection, else the nearest display, as Chromium's display::FindDisplayWithBiggestIntersection and
//   FindDisplayNearestPoint do).
// Which `id` a display gets and whether it is the same after a restart, and the `label` a platform gives it ("User-
// friendly label, determined by the platform"), are not Electron's to say: a test gives them.
import { EventEmitter } from 'node:events';
import { preventableEvent } from './preventable-event';

export interface StandInRectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A Display (docs/api/structures/display.md), with the fields main reads and a few spec/api-screen-spec.ts checks. */
export interface StandInDisplay {
  id: number;
  label: string;
  bounds: StandInRectangle;
  workArea: StandInRectangle;
  scaleFactor: number;
  rotation: number;
  internal: boolean;
  size: { width: number; height: number };
  workAreaSize: { width: number; height: number };
}

export type DisplaySpec = Pick<StandInDisplay, 'id' | 'bounds'> & Partial<Omit<StandInDisplay, 'id' | 'bounds'>>;

export function display(spec: DisplaySpec): StandInDisplay {
  const workArea = spec.workArea ?? { ...spec.bounds };
  return {
    label: '',
    scaleFactor: 1,
    rotation: 0,
    internal: false,
    ...spec,
    workArea,
    size: { width: spec.bounds.width, height: spec.bounds.height },
    workAreaSize: { width: workArea.width, height: workArea.height },
  };
}

export class StandInScreen extends EventEmitter {
  #displays: StandInDisplay[];
  #primaryId: number;

  constructor(displays: readonly DisplaySpec[]) {
    super();
    if (displays.length === 0) throw new Error('a screen has at least one display');
    this.#displays = displays.map(display);
    this.#primaryId = this.#displays[0]?.id ?? -1;
  }

  getAllDisplays(): StandInDisplay[] {
    return this.#displays.map((each) => structuredClone(each));
  }

  getPrimaryDisplay(): StandInDisplay {
    return structuredClone(this.#find(this.#primaryId) ?? (this.#displays[0] as StandInDisplay));
  }

  getDisplayMatching(rect: StandInRectangle): StandInDisplay {
    let best: StandInDisplay | null = null;
    let bestArea = 0;
    for (const candidate of this.#displays) {
      const area = intersection(candidate.bounds, rect);
      if (area > bestArea) [best, bestArea] = [candidate, area];
    }
    return structuredClone(
      best ?? this.getDisplayNearestPoint({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 }),
    );
  }

  getDisplayNearestPoint(point: { x: number; y: number }): StandInDisplay {
    const distance = (each: StandInDisplay) => distanceTo(each.bounds, point);
    const nearest = [...this.#displays].sort((a, b) => distance(a) - distance(b))[0] as StandInDisplay;
    return structuredClone(nearest);
  }

  /** A display is connected: 'display-added' on the next task. */
  plug(spec: DisplaySpec): void {
    const added = display(spec);
    this.#displays.push(added);
    this.#post('display-added', added);
  }

  /** A display is disconnected: 'display-removed' on the next task; the primary moves to the first one left. */
  unplug(id: number): void {
    const removed = this.#find(id);
    if (!removed) return;
    this.#displays = this.#displays.filter((each) => each.id !== id);
    if (this.#primaryId === id) this.#primaryId = this.#displays[0]?.id ?? -1;
    this.#post('display-removed', removed);
  }

  /** A display's bounds or work area change (a resolution change, a taskbar moved): 'display-metrics-changed'. */
  changeMetrics(id: number, change: Partial<Pick<StandInDisplay, 'bounds' | 'workArea' | 'scaleFactor'>>): void {
    const index = this.#displays.findIndex((each) => each.id === id);
    const current = this.#displays[index];
    if (!current) return;
    const changed = display({ ...current, ...change });
    this.#displays[index] = changed;
    this.#post('display-metrics-changed', changed, Object.keys(change));
  }

  #find(id: number): StandInDisplay | undefined {
    return this.#displays.find((each) => each.id === id);
  }

  #post(name: string, ...args: unknown[]): void {
    setImmediate(() => this.emit(name, preventableEvent(), ...args.map((arg) => structuredClone(arg))));
  }
}

function intersection(a: StandInRectangle, b: StandInRectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function distanceTo(rect: StandInRectangle, point: { x: number; y: number }): number {
  const dx = Math.max(rect.x - point.x, 0, point.x - (rect.x + rect.width));
  const dy = Math.max(rect.y - point.y, 0, point.y - (rect.y + rect.height));
  return dx * dx + dy * dy;
}

/** The `screen` export: a Proxy that refuses to be used before ready, as lib/browser/api/screen.ts's does. */
export function standInScreenModule(screen: StandInScreen, isReady: () => boolean): StandInScreen {
  const created = () => {
    if (!isReady()) throw new Error("The 'screen' module can't be used before the app 'ready' event");
    return screen;
  };
  return new Proxy(screen, {
    get: (_target, property) => {
      const value = Reflect.get(created(), property);
      return typeof value === 'function' ? value.bind(screen) : value;
    },
  });
}
