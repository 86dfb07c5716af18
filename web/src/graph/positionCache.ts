/**
 * Positions of views laid out before, so returning to a view (back, a mode switch, a reload in
 * the same tab) draws it at once with a preset layout instead of running the layout again. Keyed
 * by the layout (name and reading direction) and the exact set of node ids; a few hundred views
 * at most, oldest dropped first, kept in sessionStorage.
 */
export type Positions = Record<string, { x: number; y: number }>;

const storageKey = 'scs-graph:positions';
const maxViews = 200;

/** A short stable key for a layout and a set of node ids (FNV-1a over the sorted ids). */
export function viewKey(layout: string, ids: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const id of [...ids].sort()) {
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
    hash = Math.imul(hash ^ 0x2c, 0x01000193) >>> 0;
  }
  return `${layout}:${ids.length}:${hash.toString(36)}`;
}

let memory: Map<string, Positions> | null = null;

function load(): Map<string, Positions> {
  if (memory) return memory;
  try {
    memory = new Map(JSON.parse(sessionStorage.getItem(storageKey) ?? '[]') as Array<[string, Positions]>);
  } catch {
    memory = new Map();
  }
  return memory;
}

export function cachedPositions(key: string): Positions | null {
  return load().get(key) ?? null;
}

export function rememberPositions(key: string, positions: Positions): void {
  const views = load();
  views.delete(key);
  views.set(key, positions);
  while (views.size > maxViews) views.delete(views.keys().next().value!);
  try {
    sessionStorage.setItem(storageKey, JSON.stringify([...views]));
  } catch {
    // Storage full: the cache stays in memory for this page.
  }
}
