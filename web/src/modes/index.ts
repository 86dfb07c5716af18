import type { ComponentType } from 'react';
import type { GraphViewLike } from '../graph/elements.ts';
import type { Lang, Mode, Route } from '../state/route.ts';
import { ExplorePanel } from './Explore.tsx';
import { PendingPanel } from './Pending.tsx';

/** Per-mode emphasis on the canvas. */
export interface Decorations {
  inactive?: ReadonlySet<string>;
  highlighted?: ReadonlySet<string>;
  rings?: ReadonlyMap<string, number>;
}

export interface ModePanelProps {
  route: Route;
  lang: Lang;
  navigate(change: Partial<Route>): void;
  /** Puts the mode's answer on the canvas (a fresh undo history). */
  showView(view: GraphViewLike, decorations?: Decorations): void;
  /** Opens a node in a mode (default: the current one). */
  open(id: string, mode?: Mode): void;
  selected: string | null;
}

export const modePanels: Record<Mode, ComponentType<ModePanelProps>> = {
  explore: ExplorePanel,
  trace: PendingPanel,
  exposure: PendingPanel,
  ownership: PendingPanel,
  paths: PendingPanel,
  screening: PendingPanel,
};
