/**
 * A map from id to a small whole number (0 … 2^31 − 2) in typed arrays: an open-addressing table of
 * 64-bit id hashes, about 12–24 bytes an id instead of a Map entry's 80–100, so the streamed import's
 * index of a file's ids stays small (docs/reliability.md). Two ids are taken as the same when both
 * 32-bit hashes agree: for 10 million ids the chance of one such false match is about 3 in a million.
 */
export class HashedIdMap {
  private high = new Uint32Array(1 << 16);
  private low = new Uint32Array(1 << 16);
  /** Value + 1; 0 marks an empty slot. */
  private values = new Int32Array(1 << 16);
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(id: string): number | undefined {
    const [h, l] = hashes(id);
    const slot = this.find(h, l);
    return this.values[slot] === 0 ? undefined : this.values[slot]! - 1;
  }

  set(id: string, value: number): void {
    const [h, l] = hashes(id);
    const slot = this.find(h, l);
    if (this.values[slot] === 0) this.count++;
    this.high[slot] = h;
    this.low[slot] = l;
    this.values[slot] = value + 1;
    if (this.count > this.values.length * 0.6) this.grow();
  }

  /** The slot holding these hashes, or the empty slot where they would go (linear probing). */
  private find(h: number, l: number): number {
    const mask = this.values.length - 1;
    let slot = (h ^ l) & mask;
    while (this.values[slot] !== 0 && (this.high[slot] !== h || this.low[slot] !== l)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { high, low, values } = this;
    this.high = new Uint32Array(values.length * 2);
    this.low = new Uint32Array(values.length * 2);
    this.values = new Int32Array(values.length * 2);
    for (let slot = 0; slot < values.length; slot++) {
      if (values[slot] === 0) continue;
      const to = this.find(high[slot]!, low[slot]!);
      this.high[to] = high[slot]!;
      this.low[to] = low[slot]!;
      this.values[to] = values[slot]!;
    }
  }
}

/** Two unrelated 32-bit hashes of a string: FNV-1a and a murmur-style multiply-rotate. */
function hashes(id: string): [number, number] {
  let fnv = 0x811c9dc5;
  let murmur = 0x9747b28c ^ id.length;
  for (let i = 0; i < id.length; i++) {
    const code = id.charCodeAt(i);
    fnv = Math.imul(fnv ^ code, 0x01000193);
    let k = Math.imul(code, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    murmur ^= k;
    murmur = Math.imul((murmur << 13) | (murmur >>> 19), 5) + 0xe6546b64;
  }
  murmur ^= murmur >>> 16;
  murmur = Math.imul(murmur, 0x85ebca6b);
  murmur ^= murmur >>> 13;
  return [fnv >>> 0, murmur >>> 0];
}
