import type { ComponentType } from 'react';
import type { GraphViewLike } from '../graph/elements.ts';
import type { Lang, Mode, Route } from '../state/route.ts';
import { ExplorePanel } from './Explore.tsx';
import { ExposurePanel } from './Exposure.tsx';
import { MonitoringPanel } from './Monitoring.tsx';
import { OwnershipPanel } from './Ownership.tsx';
import { PathsPanel } from './Paths.tsx';
import { ScreeningPanel } from './Screening.tsx';
import { TracePanel } from './Trace.tsx';

/** Per-mode emphasis on the canvas. */
export interface Decorations {
  /** No longer in force at the as-of date (expired/repaired listings, repealed documents): faded. */
  inactive?: ReadonlySet<string>;
  /** A chain or path, the subject: underlaid, and the edges between them thickened. */
  highlighted?: ReadonlySet<string>;
  /** Exposure: hop distance from the subject (0 = the subject), for the ring layout. */
  rings?: ReadonlyMap<string, number>;
  /** Trace: measures whose basis is below law / administrative regulation (dashed red outline). */
  flagged?: ReadonlySet<string>;
  /** Ownership: ultimate owners and the actual controller (a crown mark). */
  marked?: ReadonlyMap<string, string>;
  /** Text shown when the pointer rests on a node (exposure: the score terms). */
  tips?: ReadonlyMap<string, string>;
  /** A sentence over the canvas when it has nothing to draw (what to do next). */
  note?: string;
  /** Where to look when the whole view does not fit at a readable zoom (the subject, the heart of the system). */
  focus?: string;
}

export interface ModePanelProps {
  route: Route;
  lang: Lang;
  navigate(change: Partial<Route>): void;
  /** Puts the mode's answer on the canvas (a fresh undo history and layout). */
  showView(view: GraphViewLike, decorations?: Decorations): void;
  /** Changes the emphasis only (no new layout): a chain or path picked in the panel. */
  decorate(decorations: Decorations): void;
  /** Opens a node in a mode (default: the current one), optionally with route settings (e.g. the hops it was screened at). */
  open(id: string, mode?: Mode, extra?: Partial<Route>): void;
  /** Selects a node (its profile opens; modes react to it). */
  select(id: string | null): void;
  selected: string | null;
}

export const modePanels: Record<Mode, ComponentType<ModePanelProps>> = {
  explore: ExplorePanel,
  trace: TracePanel,
  exposure: ExposurePanel,
  ownership: OwnershipPanel,
  paths: PathsPanel,
  screening: ScreeningPanel,
  monitoring: MonitoringPanel,
};
