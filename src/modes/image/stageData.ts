/** What the image stage derives from the picture and the settings, and the way into the step view. */
import { makeGeometry, type Geometry } from '../../compute';
import { useStore } from '../../state/store';
import { kernelValues } from '../../state/operation';
import { deliberately } from '../../state/history';
import type { Config } from '../types';
import { stepViewFor } from './crop';
import type { Cell } from './FeatureCanvas';
import { toPlanes, type RgbaImage } from './tensor';

export function geometryOf(c: Config, image: RgbaImage): Geometry | null {
  const conv = c.op === 'conv';
  try {
    return makeGeometry(image.height, image.width, {
      kernelSize: c.k,
      stride: c.stride ?? (conv ? 1 : c.k),
      padding: conv ? c.pad : 0,
      dilation: conv ? c.dilation : 1,
    });
  } catch {
    return null;
  }
}

/** The picture as the operation sees it: grey levels in grayscale, the colours in RGB. */
export function shownPixels(image: RgbaImage, gray: boolean): Uint8ClampedArray {
  if (!gray) return image.rgba;
  const [plane] = toPlanes(image, 'gray');
  const out = new Uint8ClampedArray(image.rgba.length);
  for (let i = 0; i < plane!.length; i++) out.set([plane![i]!, plane![i]!, plane![i]!, 255], i * 4);
  return out;
}

/** Opens the region around `cell` of channel `channel` in the step-by-step view of the same operation. */
export function openSteps(image: RgbaImage, config: Config, channel: number, cell: Cell): void {
  const plane = toPlanes(image, config.color)[channel]!;
  const link = stepViewFor(plane, [image.height, image.width], config, kernelValues(config), cell);
  const store = useStore.getState();
  deliberately(() => store.setMode(link.mode));
  if (store.change(link.patch)) useStore.getState().seek(link.step);
  // The stage that had focus is gone: focus the tab of the view now shown.
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus(),
  );
}
