/**
 * The stack view's figure of one step: every feature map as a grid of positions (the stack has no
 * values), the selected cell marked, and in each earlier map the region that cell sees.
 */
import { panel, narrowFamily, type FigureColumn, type ModeFigure } from '../../figure/panels';
import { stackRegions } from '../../compute/stackField';
import type { StackOperation } from './operation';

export const columns: ModeFigure['columns'] = (_config, operation, step) => {
  const op = narrowFamily<StackOperation>(operation, 'stack');
  const cell = op.cellAt(step);
  const regions = stackRegions(op.stack, cell.layer, cell.row, cell.col);
  return op.sizes.slice(0, cell.layer + 1).map((side, map): FigureColumn => {
    const seen = regions[map]?.clipped ?? null;
    return {
      heading: map === 0 ? 'Input' : `Layer ${map}`,
      role: map === 0 ? 'input' : map === cell.layer ? 'output' : 'kernel',
      panels: [
        panel('', side, side, (row, col) => {
          if (map === cell.layer)
            return { text: '', state: row === cell.row && col === cell.col ? 'current' : 'plain' };
          const inside =
            seen && row >= seen.top && row <= seen.bottom && col >= seen.left && col <= seen.right;
          return { text: '', state: inside ? 'window' : 'plain' };
        }),
      ],
    };
  });
};
