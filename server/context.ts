import DataLoader from 'dataloader';
import type { Graph } from '../graph/driver.ts';
import { today } from './args.ts';
import { HeavyQueue, type HeavyLine } from './heavyQueue.ts';
import type { Principal } from './security/apiKeys.ts';

/**
 * Per-request DataLoaders, created on first use under a name. A capability gets batching without
 * editing this file: `context.loaders.get('trace.listingsOf', (keys) => graph/… one query …)`.
 * Loaders live for one request only, so nothing is cached across requests.
 */
export class Loaders {
  private readonly byName = new Map<string, DataLoader<unknown, unknown, string>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>): DataLoader<K, V, string> {
    let loader = this.byName.get(name);
    if (!loader) {
      // JSON keys let composite keys ({id, asOf, first}) dedupe by value.
      loader = new DataLoader<unknown, unknown, string>(batch as (keys: readonly unknown[]) => Promise<ArrayLike<unknown>>, {
        cacheKeyFn: (key) => (typeof key === 'string' ? key : JSON.stringify(key)),
        maxBatchSize: 1_000,
      });
      this.byName.set(name, loader);
    }
    return loader as unknown as DataLoader<K, V, string>;
  }
}

export interface Context {
  graph: Graph;
  loaders: Loaders;
  /** The date time-dependent fields use when the query gives no `asOf` (today, fixed per request). */
  asOfDefault: string;
  /** Who is asking (the API key's name and role); null when access control is off. */
  principal: Principal | null;
  /** The server's line for heavy requests (shared by all requests of one server). */
  heavy: HeavyLine;
}

export function createContext(graph: Graph, now: Date = new Date(), principal: Principal | null = null, heavy: HeavyLine = new HeavyQueue()): Context {
  return { graph, loaders: new Loaders(), asOfDefault: today(now), principal, heavy };
}
