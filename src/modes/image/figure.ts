/**
 * The image view's figure: its kernel's weights (or, pooling, the window's shape). The feature maps
 * are pictures of a picture the link does not carry (a user's own image never leaves the page), so
 * the figure holds what the link does reproduce.
 */
import { panel, type ModeFigure } from '../../figure/panels';

/**
 * Sobel x centred in a k×k kernel, cropped when k is smaller: the view's default weights, as
 * image/index.ts's edgeKernel. Written out: importing that page module from this figure chunk makes
 * the bundler split shared code into the first load (89.6 → 91.8 KB gz, over budget).
 */
function sobelX([kh, kw]: [number, number]): number[][] {
  const rows = [
    [-1, 0, 1],
    [-2, 0, 2],
    [-1, 0, 1],
  ];
  const [top, left] = [Math.floor((kh - 3) / 2), Math.floor((kw - 3) / 2)];
  return Array.from({ length: kh }, (_, r) =>
    Array.from({ length: kw }, (_, c) => rows[r - top]?.[c - left] ?? 0),
  );
}

export const columns: ModeFigure['columns'] = (config, _op, _step, format) => {
  // The edited kernel, else the view's Sobel x (the op's own kernel: derive carries none).
  const edited = config.kernel?.[0]?.[0];
  const fits = edited?.length === config.k[0] && edited[0]?.length === config.k[1];
  const kernel = config.op === 'conv' ? (fits ? edited : sobelX(config.k)) : null;
  const [rows, cols] = config.k;
  if (!kernel)
    return [
      {
        heading: `${config.op === 'avg' ? 'Average' : 'Max'} pooling window`,
        role: 'kernel',
        panels: [panel('', rows, cols, () => ({ text: '', state: 'window' }))],
      },
    ];
  return [
    {
      heading: 'Kernel',
      role: 'kernel',
      panels: [
        panel('', kernel.length, kernel[0]!.length, (r, c) => ({
          text: format(kernel[r]![c]!),
          state: 'kernel',
        })),
      ],
    },
  ];
};
