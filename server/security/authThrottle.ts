/**
 * Failed authentications per client address, in fixed windows (in memory: one server process).
 * After `maxFailures` wrong keys in a window the address is refused until the window ends.
 */
export class AuthFailureThrottle {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();

  constructor(
    readonly maxFailures: number,
    readonly windowSeconds = 60,
    private readonly now: () => number = Date.now,
  ) {}

  recordFailure(address: string): void {
    const time = this.now();
    const entry = this.failures.get(address);
    if (!entry || entry.resetAt <= time) {
      // Expired windows are dropped as new ones open, so a scan of many addresses cannot grow the map for ever.
      if (this.failures.size >= 10_000) this.prune(time);
      this.failures.set(address, { count: 1, resetAt: time + this.windowSeconds * 1000 });
    } else {
      entry.count++;
    }
  }

  /** Seconds the address must wait (0: not blocked). */
  blockedFor(address: string): number {
    const entry = this.failures.get(address);
    const time = this.now();
    if (!entry || entry.resetAt <= time || entry.count < this.maxFailures) return 0;
    return Math.max(1, Math.ceil((entry.resetAt - time) / 1000));
  }

  private prune(time: number): void {
    for (const [address, entry] of this.failures) if (entry.resetAt <= time) this.failures.delete(address);
  }
}
