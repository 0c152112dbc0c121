// Open challenges by the time they expire, soonest first (a binary min-heap), so the expiry sweep takes only what is
// due instead of looking at every open challenge each second.

export class ExpiryQueue {
  private readonly times: number[] = [];
  private readonly ids: string[] = [];

  get size(): number {
    return this.times.length;
  }

  /** An unparseable time (NaN) is never due, as `Date.parse(expiresAt) <= now` never holds for it, so it is left out. */
  push(atMs: number, id: string): void {
    if (Number.isNaN(atMs)) return;
    this.times.push(atMs);
    this.ids.push(id);
    this.siftUp(this.times.length - 1);
  }

  /** Removes every entry due at `nowMs` and returns their ids, soonest first. */
  takeDue(nowMs: number): string[] {
    const due: string[] = [];
    while (this.times.length > 0 && (this.times[0] as number) <= nowMs) due.push(this.popFirst());
    return due;
  }

  clear(): void {
    this.times.length = 0;
    this.ids.length = 0;
  }

  private popFirst(): string {
    const first = this.ids[0] as string;
    const lastTime = this.times.pop() as number;
    const lastId = this.ids.pop() as string;
    if (this.times.length > 0) {
      this.times[0] = lastTime;
      this.ids[0] = lastId;
      this.siftDown(0);
    }
    return first;
  }

  private siftUp(start: number): void {
    let index = start;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if ((this.times[parent] as number) <= (this.times[index] as number)) return;
      this.swap(index, parent);
      index = parent;
    }
  }

  private siftDown(start: number): void {
    const length = this.times.length;
    let index = start;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let smallest = index;
      if (left < length && (this.times[left] as number) < (this.times[smallest] as number)) smallest = left;
      if (right < length && (this.times[right] as number) < (this.times[smallest] as number)) smallest = right;
      if (smallest === index) return;
      this.swap(index, smallest);
      index = smallest;
    }
  }

  private swap(a: number, b: number): void {
    const time = this.times[a] as number;
    this.times[a] = this.times[b] as number;
    this.times[b] = time;
    const id = this.ids[a] as string;
    this.ids[a] = this.ids[b] as string;
    this.ids[b] = id;
  }
}
