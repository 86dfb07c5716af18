/**
 * Places at work and a line for the rest, in arrival order: what the line in front of GraphQL
 * (server/admission.ts) and the heavy-request line (server/heavyQueue.ts) share. A freed place goes
 * straight to the first in line, so a late arrival never overtakes those waiting.
 */
export class Slots {
  private held = 0;
  private readonly line: Array<() => void> = [];

  constructor(
    private readonly places: number,
    private readonly waiting: number,
  ) {}

  /** Takes a free place now; false when every place is held. */
  take(): boolean {
    if (this.held >= this.places) return false;
    this.held++;
    return true;
  }

  /** Queues `turn`, called when a place is handed to it; false (not queued) when the line is full. */
  queue(turn: () => void): boolean {
    if (this.line.length >= this.waiting) return false;
    this.line.push(turn);
    return true;
  }

  /** Takes a queued `turn` out of the line unserved (its client went away, or it waited too long). */
  drop(turn: () => void): void {
    const at = this.line.indexOf(turn);
    if (at >= 0) this.line.splice(at, 1);
  }

  /** Gives a place back: to the first in line (the places held stay the same), or free. */
  release(): void {
    const next = this.line.shift();
    if (next) next();
    else this.held--;
  }

  get state(): { running: number; waiting: number } {
    return { running: this.held, waiting: this.line.length };
  }
}
