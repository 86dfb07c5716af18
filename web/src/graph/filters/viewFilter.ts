import type { GraphViewLike } from '../elements.ts';

/**
 * One canvas filter, plugged in like a Cytoscape.js extension: its state, how the state reads from and
 * writes to its URL parameter, and which nodes or edges of a view it leaves out. Pure: no DOM, no cy.
 */
export interface ViewFilter<State> {
  /** The URL query parameter holding the state. */
  param: string;
  /** No filtering (kept out of the URL). */
  none: State;
  parse(value: string): State;
  /** null when the state is `none`. */
  format(state: State): string | null;
  /** Ids of the nodes and edges of `view` the state leaves out. */
  leavesOut(view: GraphViewLike, state: State): Iterable<string>;
}

/** A set of hidden values as a comma list (the shape the kind, relationship and list-kind filters share). */
export function hiddenValues(param: string, valueOf: (view: GraphViewLike) => Iterable<[id: string, value: string | null | undefined]>): ViewFilter<ReadonlySet<string>> {
  return {
    param,
    none: new Set(),
    parse: (value) => new Set(value.split(',').filter(Boolean)),
    format: (state) => (state.size ? [...state].sort().join(',') : null),
    *leavesOut(view, state) {
      if (state.size === 0) return;
      for (const [id, value] of valueOf(view)) if (value && state.has(value)) yield id;
    },
  };
}
