import type { ReferenceStamp } from '../referenceStamp.ts';

/**
 * What a process keeps of the reference data, by id, under the stamp's token it was read with
 * (graph/referenceStamp.ts): an entry answers only a reader that holds the same token, so a write of
 * reference data anywhere — another process, a rebuilt database — makes every entry miss. Past
 * `capacity` the least recently used leave, which are first those of older tokens (never asked for
 * again). Nothing is kept under a null token (a database without a stamp).
 */
export class ReferenceCache<T> {
  private readonly entries = new Map<string, T>();
  /** The newest token an entry was stored under: the best guess of a reader that holds none. */
  latest: ReferenceStamp = null;

  constructor(readonly capacity: number) {}

  get(stamp: ReferenceStamp, id: string): T | undefined {
    if (stamp === null) return undefined;
    const key = keyOf(stamp, id);
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(stamp: ReferenceStamp, id: string, value: T): void {
    if (stamp === null) return;
    this.latest = stamp;
    const key = keyOf(stamp, id);
    this.entries.delete(key);
    this.entries.set(key, value);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
    this.latest = null;
  }
}

const keyOf = (stamp: string, id: string) => `${stamp}\u0000${id}`;
