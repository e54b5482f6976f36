/**
 * The pointwise view's volumes: H×W×C_in in, C_out filters of 1×1×C_in, H×W×C_out out. Each channel
 * is drawn as one offset slice, so the depth change is visible at a glance; the text says it too.
 */
import { memo, useId } from 'react';
import { useStore } from '../../state/store';

/** Offset between slices and the long side of a slice: enough depth cue for up to 8 channels. */
const SLICE_OFFSET_PX = 6;
const SLICE_REM = 3.5;
/** A slice never gets thinner than this, so a 32×1 input still reads as a slice. */
const MIN_SIDE_REM = 0.75;

function Stack({ h, w, depth, role }: { h: number; w: number; depth: number; role: 'input' | 'output' }) {
  // Keep the slice's shape (H×W) but fit it in a fixed square, so 32×32 and 4×4 both stay small.
  const longest = Math.max(h, w);
  const width = Math.max(MIN_SIDE_REM, (SLICE_REM * w) / longest);
  const height = Math.max(MIN_SIDE_REM, (SLICE_REM * h) / longest);
  const spread = (depth - 1) * SLICE_OFFSET_PX;
  return (
    <span
      className={`volume-stack volume-stack--${role}`}
      style={{ width: `calc(${width}rem + ${spread}px)`, height: `calc(${height}rem + ${spread}px)` }}
    >
      {Array.from({ length: depth }, (_, i) => (
        <span
          key={i}
          className="volume-slice"
          // Back slices first, each shifted up and right, so the front slice is drawn last, on top.
          style={{
            width: `${width}rem`,
            height: `${height}rem`,
            transform: `translate(${(depth - 1 - i) * SLICE_OFFSET_PX}px, ${i * SLICE_OFFSET_PX}px)`,
          }}
        />
      ))}
    </span>
  );
}

const channels = (n: number) => `${n} channel${n === 1 ? '' : 's'}`;

export const ChannelVolume = memo(function ChannelVolume() {
  const headingId = useId();
  const h = useStore((s) => s.config.size[0]);
  const w = useStore((s) => s.config.size[1]);
  const cin = useStore((s) => s.config.cin);
  const cout = useStore((s) => s.config.cout);
  const change =
    cout < cin
      ? `shrinks from ${cin} to ${cout}`
      : cout > cin
        ? `grows from ${cin} to ${cout}`
        : `stays ${cin}`;

  return (
    <section className="panel volume" aria-labelledby={headingId}>
      <h2 id={headingId}>
        From {channels(cin)} to {channels(cout)}
      </h2>
      <div
        className="volume-figure"
        role="img"
        aria-label={`Input volume ${h}×${w}×${cin}, drawn as ${cin} stacked slices, goes through ${cout} filter${cout === 1 ? '' : 's'} of 1×1×${cin} and becomes an output volume ${h}×${w}×${cout}. Height and width stay ${h}×${w}; the depth ${change}.`}
      >
        <span className="volume-part">
          <Stack h={h} w={w} depth={cin} role="input" />
          <span className="volume-label">
            Input
            <span className="volume-dims">
              {h}×{w}×{cin}
            </span>
          </span>
        </span>
        <span className="volume-arrow">
          <span className="volume-filter">
            {Array.from({ length: cin }, (_, i) => (
              <span key={i} className="volume-filter-cell" />
            ))}
          </span>
          <span className="volume-arrow-line" />
          <span className="volume-label">
            {cout} filter{cout === 1 ? '' : 's'}
            <span className="volume-dims">of 1×1×{cin}</span>
          </span>
        </span>
        <span className="volume-part">
          <Stack h={h} w={w} depth={cout} role="output" />
          <span className="volume-label">
            Output
            <span className="volume-dims">
              {h}×{w}×{cout}
            </span>
          </span>
        </span>
      </div>
      <p>
        Each output pixel is a dot product of one pixel&apos;s C<sub>in</sub> = {cin} value
        {cin === 1 ? '' : 's'} with one filter&apos;s {cin} weight{cin === 1 ? '' : 's'}. Height and width
        stay {h}×{w}; the depth {change}.
      </p>
    </section>
  );
});
