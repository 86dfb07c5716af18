/**
 * The label-size control: a scale on the canvas's label size, kept in the URL (`ls=130`, percent).
 * Labels hold their on-screen size while zooming between `holdZoom` and shrink beyond (Canvas.tsx).
 */
export const labelScales = [70, 85, 100, 115, 130, 160] as const;
export const defaultLabelScale = 100;
const basePixels = 11;
const holdZoom: [number, number] = [0.55, 1];

export function parseLabelScale(value: string | null): number {
  const scale = Number(value);
  return (labelScales as readonly number[]).includes(scale) ? scale : defaultLabelScale;
}

/** The font size (model units) that draws a label `scale` % of the base size at `zoom`. */
export function labelFontSize(zoom: number, scale: number): number {
  const held = Math.min(Math.max(zoom, holdZoom[0]), holdZoom[1]);
  return Math.round((basePixels * scale) / 100 / held);
}
