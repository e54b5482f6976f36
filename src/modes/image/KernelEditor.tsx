/**
 * The weights, one field each. A weight is applied on every keystroke that makes a number, so the
 * feature map follows the typing; what is not a number yet ("-", "1/") stays in the field until it is.
 */
import { memo, useId, useMemo, useState } from 'react';
import { useStore } from '../../state/store';
import { kernelValues } from '../../state/operation';
import { editKernelValue } from '../../state/edits';
import { formatValue, parseCellEntry } from '../../state/cellEntry';

function WeightField({ row, col, value }: { row: number; col: number; value: number }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  return (
    <span className="image-weight">
      <input
        type="text"
        inputMode="decimal"
        aria-label={`Weight row ${row + 1}, column ${col + 1}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={draft ?? formatValue(value)}
        onChange={(e) => {
          setDraft(e.target.value);
          const entry = parseCellEntry(e.target.value);
          setError(entry.ok ? null : entry.reason);
          if (entry.ok) editKernelValue(0, 0, row, col, entry.value);
        }}
        onBlur={() => {
          setDraft(null);
          setError(null);
        }}
      />
      {error && (
        <span id={errorId} className="image-weight-error">
          {error}
        </span>
      )}
    </span>
  );
}

export const KernelEditor = memo(function KernelEditor() {
  const id = useId();
  const config = useStore((s) => s.config);
  const plane = useMemo(() => kernelValues(config)?.[0]?.[0], [config]);
  if (!plane) return null;
  return (
    <fieldset className="image-kernel" aria-describedby={`${id}-hint`}>
      <legend>Kernel weights</legend>
      <div className="image-kernel-grid" style={{ gridTemplateColumns: `repeat(${plane[0]!.length}, auto)` }}>
        {plane.map((r, i) => r.map((v, j) => <WeightField key={`${i}-${j}`} row={i} col={j} value={v} />))}
      </div>
      <p id={`${id}-hint`} className="hint">
        Type a number or a fraction such as 1/9: the feature map follows as you type.
      </p>
    </fieldset>
  );
});
