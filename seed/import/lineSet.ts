/**
 * A set of a file's line numbers as a bit field: one bit a line, so marking every record of a file
 * with millions of lines costs a few MB (a Set of numbers costs some 40 bytes an entry).
 */
export class LineSet {
  private bits = new Uint32Array(1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  has(line: number): boolean {
    return ((this.bits[line >>> 5] ?? 0) & (1 << (line & 31))) !== 0;
  }

  add(line: number): void {
    if (this.has(line)) return;
    const word = line >>> 5;
    if (word >= this.bits.length) {
      const grown = new Uint32Array(Math.max(this.bits.length * 2, word + 1));
      grown.set(this.bits);
      this.bits = grown;
    }
    this.bits[word]! |= 1 << (line & 31);
    this.count++;
  }
}
