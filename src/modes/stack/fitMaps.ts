/**
 * Where the stage must fill a box (the embed's frame, the projector): every feature map drawn as
 * one square of the same side, in rows of `perRow`, the side as large as fits the box with a
 * one-line caption above each map. Pure, so the layout can be checked for any box.
 */
export interface MapsFit {
  /** Side of every map, in whole CSS pixels (0 when nothing fits). */
  side: number;
  perRow: number;
}

export function fitMaps(count: number, width: number, height: number, gap: number, caption: number): MapsFit {
  let best: MapsFit = { side: 0, perRow: Math.max(1, count) };
  for (let perRow = 1; perRow <= count; perRow++) {
    const rows = Math.ceil(count / perRow);
    const across = (width - (perRow - 1) * gap) / perRow;
    const down = (height - (rows - 1) * gap) / rows - caption;
    const side = Math.max(0, Math.floor(Math.min(across, down)));
    if (side > best.side) best = { side, perRow };
  }
  return best;
}
