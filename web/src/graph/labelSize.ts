import type { Flow } from './layout.ts';

/**
 * The label-size control: a scale on the canvas's label size, kept in the URL (`ls=130`, percent).
 * Labels hold their on-screen size while zooming between `holdZoom` and shrink beyond (Canvas.tsx) —
 * except in the left-to-right columns (the trace, the first screen): there dagre leaves each label
 * exactly the room it had at layout time, so a label grown to hold its size ran over its neighbours
 * (the first screen at its readable zoom: 16 units of font in rows laid out for 11). Columns scale
 * their labels with the drawing, and start at a zoom that reads (viewport.ts).
 */
export const labelScales = [70, 85, 100, 115, 130, 160] as const;
export const defaultLabelScale = 100;
const basePixels = 11;
const holdZoom: [number, number] = [0.55, 1];

export function parseLabelScale(value: string | null): number {
  const scale = Number(value);
  return (labelScales as readonly number[]).includes(scale) ? scale : defaultLabelScale;
}

/** The font size (model units) that draws a label `scale` % of the base size at `zoom` (in columns: at zoom 1). */
export function labelFontSize(zoom: number, scale: number, flow: Flow = 'free'): number {
  const held = flow === 'leftToRight' ? 1 : Math.min(Math.max(zoom, holdZoom[0]), holdZoom[1]);
  return Math.round((basePixels * scale) / 100 / held);
}
