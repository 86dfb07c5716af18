import os from 'node:os';
import type { RequestHandler, Response } from 'express';
import { ErrorCode } from './errors.ts';
import { refuse } from './security/respond.ts';
import { Slots } from './slots.ts';

/**
 * The line in front of GraphQL: at most `concurrency` requests at work at once, the others wait in
 * arrival order. Without it every request starts at once and 64 analysts share 2 cores between
 * Node and Neo4j's threads: each request is slowed by all the others, the longest ones most, and the
 * slowest 1 % grew past 2 s. In line, a request waits about as long as any other and then runs
 * alone-ish, so latency is the wait plus its own cost.
 *
 * Heavy requests leave this line for the heavy-request line (server/heavyQueue.ts) as soon as they
 * are known to be heavy (`Ticket.leave`), so a 6-hop exposure never holds a place light requests need.
 * A line longer than `waiting`, or a wait longer than `maxWaitMs`, answers 503 SERVER_BUSY with
 * Retry-After instead of letting the client time out.
 */
export interface AdmissionLimits {
  concurrency: number;
  waiting: number;
  maxWaitMs: number;
  /** What Retry-After says when the line is full. */
  retryAfterSeconds: number;
}

/**
 * A few requests per core keep both Node and Neo4j busy (one request's Node work overlaps another's
 * statements) without sharing the cores among dozens. Measured at 64 clients (BENCHMARKS.md, session 10).
 */
export const defaultAdmissionLimits: AdmissionLimits = {
  concurrency: 4 * os.availableParallelism(),
  waiting: 1_000,
  maxWaitMs: 10_000,
  retryAfterSeconds: 2,
};

/** The defaults, with GRAPHQL_CONCURRENCY (requests at work at once) from the environment when set. */
export function admissionLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): AdmissionLimits {
  const raw = env.GRAPHQL_CONCURRENCY;
  if (raw === undefined || raw === '') return defaultAdmissionLimits;
  const concurrency = Number(raw);
  if (!Number.isInteger(concurrency) || concurrency <= 0) throw new Error(`GRAPHQL_CONCURRENCY must be a positive whole number, got '${raw}'`);
  return { ...defaultAdmissionLimits, concurrency };
}

/** A request's place at work; `leave` gives it back early (idempotent: the response's end leaves too). */
export interface Ticket {
  leave(): void;
}

const noTicket: Ticket = { leave: () => {} };

export class Admission {
  private readonly slots: Slots;

  constructor(readonly limits: AdmissionLimits = defaultAdmissionLimits) {
    this.slots = new Slots(limits.concurrency, limits.waiting);
  }

  /** Express middleware: admits the request now or when its turn comes (once: a request with a ticket goes on). */
  middleware(): RequestHandler {
    return (_req, res, next) => {
      if (res.locals.admission) next();
      else this.enter(res, next);
    };
  }

  /** Calls `admitted` now or when the request's turn comes, its ticket on `res.locals`; or answers 503. */
  enter(res: Response, admitted: () => void): void {
    if (this.slots.take()) {
      this.admit(res, admitted);
      return;
    }
    const turn = () => {
      clearTimeout(timer);
      res.off('close', gone);
      this.admit(res, admitted);
    };
    if (!this.slots.queue(turn)) {
      this.refuse(res, `${this.slots.state.waiting} requests are waiting`);
      return;
    }
    const drop = () => {
      clearTimeout(timer);
      res.off('close', gone);
      this.slots.drop(turn);
    };
    // A client that went away while waiting leaves the line unserved.
    const gone = () => drop();
    const timer = setTimeout(() => {
      drop();
      this.refuse(res, `no turn within ${this.limits.maxWaitMs} ms`);
    }, this.limits.maxWaitMs);
    res.once('close', gone);
  }

  get state(): { running: number; waiting: number } {
    return this.slots.state;
  }

  /** Holds a place until the response ends or the ticket leaves, whichever comes first. */
  private admit(res: Response, next: () => void): void {
    let held = true;
    const ticket: Ticket = {
      leave: () => {
        if (!held) return;
        held = false;
        this.slots.release();
      },
    };
    res.locals.admission = ticket;
    res.once('close', ticket.leave);
    next();
  }

  private refuse(res: Response, why: string): void {
    const retryAfterSeconds = this.limits.retryAfterSeconds;
    res.set('Retry-After', String(retryAfterSeconds));
    refuse(res, 503, ErrorCode.SERVER_BUSY, `the server is busy (${why}); retry in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}

/** The request's ticket (none when the request did not come through the line, e.g. in-process tests). */
export function ticketOf(res: Response): Ticket {
  return (res.locals.admission as Ticket | undefined) ?? noTicket;
}
