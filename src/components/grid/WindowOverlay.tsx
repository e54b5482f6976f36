/**
 * The kernel window: one element that glides over the input by transform only. It is one grid pitch
 * (cell + gap) square, so translating it by N×100% moves it exactly N cells; the taps sit inside it,
 * spaced by the dilation, and move with it.
 */
import { memo } from 'react';
import * as m from 'framer-motion/m';
import { useStore } from '../../state/store';
import { highlightFor } from '../../state/highlight';
import { operationFor } from '../../state/derived';

interface WindowOverlayProps {
  channel: number;
}

export const WindowOverlay = memo(function WindowOverlay({ channel }: WindowOverlayProps) {
  const outRow = useStore((s) => highlightFor(s).step.out.row);
  const outCol = useStore((s) => highlightFor(s).step.out.col);
  const stepChannel = useStore((s) => highlightFor(s).step.out.channel);
  const kind = useStore((s) => operationFor(s.config).kind);
  const g = useStore((s) => operationFor(s.config).geometry);
  const speed = useStore((s) => s.speed);
  const playing = useStore((s) => s.playing);
  if (kind !== 'conv' && stepChannel !== channel) return null;

  // Fast playback gets short glides so transitions never queue up behind each other.
  const duration = playing ? Math.min(0.25, 0.6 / speed) : 0.2;
  const taps = [];
  for (let u = 0; u < g.kernelHeight; u++) {
    for (let v = 0; v < g.kernelWidth; v++) {
      taps.push(
        <span
          key={`${u}:${v}`}
          className="window-tap"
          style={{ '--tap-row': u * g.dilationRow, '--tap-col': v * g.dilationCol } as React.CSSProperties}
        />,
      );
    }
  }
  const spanRows = g.dilationRow * (g.kernelHeight - 1) + 1;
  const spanCols = g.dilationCol * (g.kernelWidth - 1) + 1;
  return (
    <m.div
      className="window-overlay"
      aria-hidden="true"
      initial={false}
      animate={{ x: `${outCol * g.strideCol * 100}%`, y: `${outRow * g.strideRow * 100}%` }}
      transition={{ duration, ease: 'easeOut' }}
    >
      <span className="window-frame" style={{ '--span-rows': spanRows, '--span-cols': spanCols } as React.CSSProperties} />
      {taps}
    </m.div>
  );
});
