import { GraphQLError } from 'graphql';
import type { Ticket } from './admission.ts';
import { ErrorCode } from './errors.ts';
import { Slots } from './slots.ts';

/**
 * Heavy requests (exposure beyond 3 hops, screening) run through one bounded queue per server: at
 * most `concurrency` at once, at most `waiting` more in line, so a burst of them cannot take every
 * Neo4j thread and connection from the light requests (profile, search, trace) of the other
 * analysts. A full line answers at once with SERVER_BUSY (HTTP 503, Retry-After) instead of letting
 * the request time out later. A heavy request gives its place in the line of all requests
 * (server/admission.ts) back when it comes here: light requests keep every place there.
 */
export interface HeavyLimits {
  concurrency: number;
  waiting: number;
  /** What Retry-After says when the line is full. */
  retryAfterSeconds: number;
}

/** On 2 cores one heavy query at a time already uses a core; a short line absorbs bursts. */
export const defaultHeavyLimits: HeavyLimits = { concurrency: 2, waiting: 16, retryAfterSeconds: 5 };

export function serverBusy(what: string, limits: HeavyLimits): GraphQLError {
  return new GraphQLError(`the server is busy with other heavy requests (${what}); retry in ${limits.retryAfterSeconds} s`, {
    extensions: { code: ErrorCode.SERVER_BUSY, retryAfterSeconds: limits.retryAfterSeconds },
  });
}

/** What a resolver sees of the heavy-request queue. */
export interface HeavyLine {
  run<T>(what: string, work: () => Promise<T>): Promise<T>;
}

export class HeavyQueue implements HeavyLine {
  private readonly slots: Slots;

  constructor(readonly limits: HeavyLimits = defaultHeavyLimits) {
    this.slots = new Slots(limits.concurrency, limits.waiting);
  }

  /** Runs `work` when a slot is free; throws SERVER_BUSY at once when the line is full. */
  async run<T>(what: string, work: () => Promise<T>): Promise<T> {
    if (!this.slots.take()) {
      let turn!: () => void;
      const handed = new Promise<void>((resolve) => (turn = resolve));
      if (!this.slots.queue(turn)) throw serverBusy(what, this.limits);
      await handed;
    }
    try {
      return await work();
    } finally {
      this.slots.release();
    }
  }

  /** The queue as one request uses it: entering it leaves the request's place in the line of all requests. */
  for(ticket: Ticket): HeavyLine {
    return {
      run: (what, work) => {
        ticket.leave();
        return this.run(what, work);
      },
    };
  }

  get state(): { running: number; waiting: number } {
    return this.slots.state;
  }
}
