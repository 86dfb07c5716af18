/**
 * A start-up problem the user can fix. Printed as one line (cause + fix + log file), never as a stack.
 */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly fix: string,
    readonly logFile?: string,
  ) {
    super(message);
    this.name = 'StartupError';
  }

  /** The single line shown to the user. */
  toLine(): string {
    const log = this.logFile ? ` (log: ${this.logFile})` : '';
    return `scs-graph: ${this.message}. Fix: ${this.fix}${log}`;
  }
}

/** The database could not be reached or answered with a transient failure. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

/** A query ran past its transaction timeout. */
export class QueryTimeoutError extends Error {
  constructor(readonly timeoutMs: number, options?: { cause?: unknown }) {
    super(`the query ran longer than ${timeoutMs} ms`, options);
    this.name = 'QueryTimeoutError';
  }
}

/** The client closed the request: its queries were cancelled (their transactions reset). */
export class QueryCancelledError extends Error {
  override name = 'QueryCancelledError';
}
