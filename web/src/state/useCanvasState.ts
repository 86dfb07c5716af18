/**
 * What the canvas shows — the merged view, hidden and pinned nodes — with undo/redo. A new mode or
 * subject starts a fresh history; expand, hide and pin are undoable steps.
 */
import { useCallback, useRef, useState } from 'react';
import { emptyView, mergeViews, withoutTruncation, type GraphViewLike } from '../graph/elements.ts';
import { UndoHistory } from './history.ts';

export interface CanvasState {
  view: GraphViewLike;
  hidden: ReadonlySet<string>;
  pinned: ReadonlySet<string>;
}

const blank: CanvasState = { view: emptyView, hidden: new Set(), pinned: new Set() };

export interface CanvasControls {
  state: CanvasState;
  canUndo: boolean;
  canRedo: boolean;
  /** Replaces everything (a mode's answer) and forgets the undo history. */
  show(view: GraphViewLike): void;
  /** Merges an expansion into the view (undoable). */
  add(view: GraphViewLike, pagedHub?: string): void;
  hide(id: string): void;
  togglePin(id: string): void;
  undo(): void;
  redo(): void;
  /** The latest state, for async steps that run between renders. */
  latest(): CanvasState;
}

export function useCanvasState(): CanvasControls {
  const history = useRef(new UndoHistory<CanvasState>(blank));
  const [state, setState] = useState<CanvasState>(blank);
  const commit = useCallback((next: CanvasState) => {
    history.current.push(next);
    setState(next);
  }, []);
  const show = useCallback((view: GraphViewLike) => {
    const next = { view, hidden: new Set<string>(), pinned: new Set<string>() };
    history.current.reset(next);
    setState(next);
  }, []);
  const add = useCallback(
    (addition: GraphViewLike, pagedHub?: string) => {
      const current = history.current.current;
      const base = pagedHub ? withoutTruncation(current.view, pagedHub) : current.view;
      const hidden = new Set(current.hidden);
      for (const node of addition.nodes) hidden.delete(node.id);
      commit({ ...current, view: mergeViews(base, addition), hidden });
    },
    [commit],
  );
  const hide = useCallback(
    (id: string) => {
      const current = history.current.current;
      commit({ ...current, hidden: new Set([...current.hidden, id]) });
    },
    [commit],
  );
  const togglePin = useCallback(
    (id: string) => {
      const current = history.current.current;
      const pinned = new Set(current.pinned);
      if (pinned.has(id)) pinned.delete(id);
      else pinned.add(id);
      commit({ ...current, pinned });
    },
    [commit],
  );
  const undo = useCallback(() => setState(history.current.undo()), []);
  const redo = useCallback(() => setState(history.current.redo()), []);
  const latest = useCallback(() => history.current.current, []);
  return { state, canUndo: history.current.canUndo, canRedo: history.current.canRedo, show, add, hide, togglePin, undo, redo, latest };
}
