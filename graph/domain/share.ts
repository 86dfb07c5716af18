/** A share (0–1) as the percentage shown on edges, in path sentences and in reports: one decimal, e.g. 42.5%. */
export const sharePercent = (fraction: number): string => `${Math.round(fraction * 1000) / 10}%`;
