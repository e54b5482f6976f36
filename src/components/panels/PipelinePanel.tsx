/**
 * The classic image → conv 3×3 → max pool 3×3 pipeline, told honestly: one output cell sees a 5×5 patch
 * of the 11×11 image, and only the nine cells together cover all of it. Pointing at a final cell
 * outlines its patch; all sizes and rectangles come from receptiveField/fieldRect.
 */
import { memo, useId, useMemo, useState } from 'react';
import { PIPELINE_PRESET } from '../../state/config';
import { useStore } from '../../state/store';
import { pipelineFigure } from './panelFigures';

const sq = (n: number) => `${n}×${n}`;
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

function loadPipeline() {
  // Through the store's validated change, so an impossible patch is refused with a reason, never applied.
  useStore.getState().change({ ...PIPELINE_PRESET });
}

export const PipelinePanel = memo(function PipelinePanel() {
  const headingId = useId();
  const p = useMemo(() => pipelineFigure(), []);
  const [picked, setPicked] = useState({ row: 0, col: 0 });
  const rect = p.rects[picked.row]?.[picked.col];
  const n = p.imageSize;
  const inField = (row: number, col: number) =>
    rect !== undefined && row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
  const where = rect
    ? `Output cell (row ${picked.row}, column ${picked.col}) sees image rows ${rect.top}–${rect.bottom} and columns ${rect.left}–${rect.right}: a ${sq(rect.bottom - rect.top + 1)} patch.`
    : '';

  return (
    <section className="panel pipeline" aria-labelledby={headingId}>
      <h2 id={headingId}>
        The classic pipeline: {sq(n)} → {sq(p.poolOut)}
      </h2>
      <ol className="pipeline-stages">
        <li>
          <strong>{sq(n)}</strong> image
        </li>
        <li>
          {sq(p.convKernel)} convolution, stride 1, no padding → <strong>{sq(p.convOut)}</strong> feature map
        </li>
        <li>
          {sq(p.poolWindow)} max pool, stride {p.poolStride} → <strong>{sq(p.poolOut)}</strong> output
        </li>
      </ol>
      <p>
        How much of the image does one output cell depend on? Not all of it. Its pool window spans{' '}
        {p.poolWindow} neighbouring feature-map cells along each axis; each of those sees {p.convKernel} image
        cells, and neighbours share most of them, so together they reach only{' '}
        <strong>{sq(p.fieldSize)}</strong> of the {sq(n)} image.
      </p>
      <p>
        Neighbouring output cells&apos; patches start {p.jump} cells apart (at {p.offsets.join(', ')}), so
        they overlap by {p.overlap} cells at each seam.
        {p.coversImage &&
          ` Together, the ${p.poolOut * p.poolOut} output cells cover every pixel of the ${sq(n)} image.`}
      </p>
      <div className="pipeline-diagrams">
        <div className="pipeline-outputs-wrap">
          <span className="pipeline-caption" id={`${headingId}-out`}>
            {sq(p.poolOut)} output: point at a cell
          </span>
          <div
            className="pipeline-outputs"
            role="group"
            aria-labelledby={`${headingId}-out`}
            style={{ gridTemplateColumns: `repeat(${p.poolOut}, 1fr)` }}
          >
            {range(p.poolOut).flatMap((row) =>
              range(p.poolOut).map((col) => {
                const pick = () => setPicked({ row, col });
                const on = row === picked.row && col === picked.col;
                return (
                  <button
                    key={`${row}-${col}`}
                    type="button"
                    className={`pipeline-out${on ? ' pipeline-out--picked' : ''}`}
                    aria-pressed={on}
                    aria-label={`Output cell row ${row}, column ${col}`}
                    onPointerEnter={pick}
                    onFocus={pick}
                    onClick={pick}
                  >
                    {on ? '●' : ''}
                  </button>
                );
              }),
            )}
          </div>
        </div>
        <div className="pipeline-image-wrap">
          <span className="pipeline-caption">{sq(n)} image</span>
          <div className="pipeline-image" role="img" aria-label={`The ${sq(n)} image. ${where}`}>
            <div className="pipeline-cells" style={{ gridTemplateColumns: `repeat(${n}, 1fr)` }}>
              {range(n).flatMap((row) =>
                range(n).map((col) => (
                  <span
                    key={`${row}-${col}`}
                    className={`pipeline-cell${inField(row, col) ? ' pipeline-cell--in' : ''}`}
                  />
                )),
              )}
            </div>
            {rect && (
              // One outline around the whole patch: a shape cue besides the fill colour.
              <span
                className="pipeline-field"
                style={{
                  top: `${(rect.top / n) * 100}%`,
                  left: `${(rect.left / n) * 100}%`,
                  width: `${((rect.right - rect.left + 1) / n) * 100}%`,
                  height: `${((rect.bottom - rect.top + 1) / n) * 100}%`,
                }}
              />
            )}
          </div>
        </div>
      </div>
      <p className="pipeline-where" aria-live="polite">
        {where}
      </p>
      <button type="button" className="pipeline-load" onClick={loadPipeline}>
        Load this pipeline
      </button>
    </section>
  );
});
