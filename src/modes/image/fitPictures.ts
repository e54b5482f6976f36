/**
 * Where the image stage must fill a box (the embed's frame, the projector): the input and every
 * feature map side by side, beside the kernel's column, each in an equal slot and as large as its
 * slot allows with its own proportions. Pure, so the layout can be checked for any box.
 */
export interface PictureSize {
  width: number;
  height: number;
}

/**
 * The width, in whole CSS pixels, each picture is drawn at: `box` is the row, `beside` the width the
 * kernel's column takes, `gap` the space after each picture, `caption` the line under each.
 */
export function fitPictures(
  pictures: readonly PictureSize[],
  box: PictureSize,
  beside: number,
  gap: number,
  caption: number,
): number[] {
  const count = Math.max(1, pictures.length);
  const slotWidth = (box.width - beside - gap * count) / count;
  const slotHeight = box.height - caption;
  return pictures.map((p) => Math.max(0, Math.floor(Math.min(slotWidth, (slotHeight * p.width) / p.height))));
}
