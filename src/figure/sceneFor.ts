/**
 * Config + step → scene: derives the operation as the page does, asks the mode's figure module
 * (loaded on demand through the registry) for the step's grids, and lays them out. Used by the SVG
 * export on the page and by the export worker for PNG and GIF frames, so all three draw the same.
 */
import { MODE_REGISTRY } from '../modes/registry';
import { formatValue } from '../state/cellEntry';
import type { Config } from '../modes/types';
import type { Operation } from '../modes/operation';
import { figureCaption } from './caption';
import { layoutFigure } from './layout';
import type { ModeFigure } from './panels';
import type { Scene } from './scene';

export interface FigureOptions {
  width: number;
  height: number;
  caption: boolean;
}

export interface SceneMaker {
  stepCount: number;
  scene: (step: number) => Scene;
}

export function sceneMaker(
  config: Config,
  op: Operation,
  figure: ModeFigure,
  options: FigureOptions,
): SceneMaker {
  const mode = MODE_REGISTRY[config.mode];
  const caption = options.caption ? figureCaption(config) : null;
  return {
    stepCount: op.stepCount,
    scene: (step) => {
      const index = Math.min(Math.max(0, Math.trunc(step)), op.stepCount - 1);
      const title = `Step ${index + 1} of ${op.stepCount}: ${mode.describeStep(op, index)}`;
      return layoutFigure(
        figure.columns(config, op, index, formatValue),
        { title, caption },
        options.width,
        options.height,
      );
    },
  };
}

/** Throws the compute module's message when the configuration has no valid output. */
export async function loadSceneMaker(config: Config, options: FigureOptions): Promise<SceneMaker> {
  const mode = MODE_REGISTRY[config.mode];
  const op = mode.derive(config);
  return sceneMaker(config, op, await mode.loadFigure(), options);
}
