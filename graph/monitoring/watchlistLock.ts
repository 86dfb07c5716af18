import type { ManagedTransaction } from '../driver.ts';
import { MonitoringLabel } from '../model.ts';

/**
 * Takes the write lock of every watchlist (held to the end of `tx`): a walk of a stored reach in
 * progress commits first, none starts. The writes that read the stored reaches (marking them stale,
 * counting new events) take it before they read, so they never interleave with a walk. Returns how
 * many watchlists there are (none: nothing to mark or count, a bulk load's case).
 */
export const lockWatchlists = async (tx: ManagedTransaction): Promise<number> =>
  Number((await tx.run(`MATCH (w:${MonitoringLabel.Watchlist}) SET w.lock = true REMOVE w.lock RETURN count(w) AS watchlists`)).records[0]?.get('watchlists') ?? 0);
