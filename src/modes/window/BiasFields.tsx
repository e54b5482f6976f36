/**
 * One bias per filter, each an editable field ("Bias of filter 2"). Not a grid: contract §3 keeps
 * grids for input, kernel and output. Typing is a draft, checked as a cell entry is (1/9, −2), and
 * applied on Enter or when the field is left; a wrong entry stays, marked and explained.
 */
import { memo, useId, useState } from 'react';
import { useStore } from '../../state/store';
import { biasValues } from '../../state/operation';
import { formatValue, parseCellEntry } from '../../state/cellEntry';
import { editBiasValue } from '../../state/edits';
import './bias.css';

const BiasField = memo(function BiasField({ out, value }: { out: number; value: number }) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const entry = draft === null ? null : parseCellEntry(draft);
  const problem = entry && !entry.ok ? entry.reason : null;
  const commit = () => {
    if (entry?.ok) editBiasValue(out, entry.value);
    if (!problem) setDraft(null);
  };
  return (
    <li className={`bias-field${problem ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        <span className="visually-hidden">Bias of filter {out + 1}, </span>b<sub>{out + 1}</sub>
      </label>
      <input
        id={id}
        className="bias-input"
        inputMode="decimal"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        value={draft ?? formatValue(value)}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          // Typing here must not step the animation or trigger page shortcuts.
          e.stopPropagation();
          if (e.key === 'Enter') commit();
          else if (e.key === 'Escape') setDraft(null);
        }}
        onBlur={commit}
      />
      {problem && (
        <span id={`${id}-problem`} className="field-range" role="alert">
          {problem}
        </span>
      )}
    </li>
  );
});

/** The biases of the view's filters, or nothing when the view shows none. */
export const BiasFields = memo(function BiasFields() {
  const text = useStore((s) => biasValues(s.config)?.join(',') ?? '');
  if (!text) return null;
  const values = text.split(',').map(Number);
  return (
    <div className="biases">
      <p className="biases-heading">Bias, added last to each filter&rsquo;s sum</p>
      <ul className="bias-list">
        {values.map((value, o) => (
          <BiasField key={o} out={o} value={value} />
        ))}
      </ul>
    </div>
  );
});
