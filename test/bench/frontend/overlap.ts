/** The bench page's readability figure: how many of a layout's nodes are drawn over one another. */

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The share of boxes that overlap another box (a grid of cells as large as the largest box, so only neighbouring cells are compared). */
export function overlappingShare(boxes: Box[]): number {
  if (boxes.length === 0) return 0;
  const cell = Math.max(1, ...boxes.map((box) => Math.max(box.x2 - box.x1, box.y2 - box.y1)));
  const grid = new Map<string, number[]>();
  const key = (x: number, y: number) => `${x},${y}`;
  boxes.forEach((box, index) => {
    const k = key(Math.floor(box.x1 / cell), Math.floor(box.y1 / cell));
    const bucket = grid.get(k);
    if (bucket) bucket.push(index);
    else grid.set(k, [index]);
  });
  const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  let count = 0;
  boxes.forEach((box, index) => {
    const cx = Math.floor(box.x1 / cell);
    const cy = Math.floor(box.y1 / cell);
    let found = false;
    for (let dx = -1; dx <= 1 && !found; dx++)
      for (let dy = -1; dy <= 1 && !found; dy++) found = (grid.get(key(cx + dx, cy + dy)) ?? []).some((other) => other !== index && overlaps(box, boxes[other]!));
    if (found) count++;
  });
  return count / boxes.length;
}
