/** One kernel grid per filter and input channel, labelled as contract §3 says. */
import { memo } from 'react';
import { useStore } from '../../state/store';
import { windowOperationFor } from '../../state/derived';
import { KernelGrid } from '../../components/grid/KernelGrid';
import { PointwiseFilterGrid } from '../../components/grid/PointwiseFilterGrid';
import { BiasFields } from './BiasFields';

function useKernelShape(): [number, number, number, number] {
  const shape = useStore((s) => {
    const k = windowOperationFor(s.config).kernel;
    return k ? `${k.length}:${k[0]!.length}:${k[0]![0]!.length}:${k[0]![0]![0]!.length}` : '0:0:0:0';
  });
  return shape.split(':').map(Number) as [number, number, number, number];
}

export const KernelGrids = memo(function KernelGrids() {
  const [outs, ins, rows, cols] = useKernelShape();
  const grids = [];
  for (let o = 0; o < outs; o++) {
    for (let c = 0; c < ins; c++) {
      const label =
        outs * ins === 1 ? 'Kernel' : `Kernel filter ${o + 1}${ins > 1 ? `, channel ${c + 1}` : ''}`;
      grids.push(<KernelGrid key={`${o}:${c}`} out={o} channel={c} rows={rows} cols={cols} label={label} />);
    }
  }
  return (
    <>
      <div className={`grid-set grid-set--kernels${grids.length === 1 ? ' grid-set--single' : ''}`}>
        {grids}
      </div>
      <BiasFields />
    </>
  );
});

/** The 1×1 view: each filter as a column of C_in weights. */
export const PointwiseFilters = memo(function PointwiseFilters() {
  const [outs, ins] = useKernelShape();
  return (
    <>
      <div className="grid-set grid-set--filters">
        {Array.from({ length: outs }, (_, o) => (
          <PointwiseFilterGrid key={o} out={o} channels={ins} />
        ))}
      </div>
      <BiasFields />
    </>
  );
});
