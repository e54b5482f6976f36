/**
 * A labelled whole-number field with its valid range. The typed text is a draft: it is applied only
 * when it is a number in range and the store accepts the result, so typing "12" never passes through
 * an invalid "1" that would be refused and wipe the field.
 */
import { memo, useId, useState } from 'react';

interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  /** Returns false when the store refused the change. */
  onCommit: (value: number) => boolean;
}

export const NumberField = memo(function NumberField({ label, value, min, max, onCommit }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? String(value);
  const parsed = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  const outOfRange = draft !== null && !(parsed >= min && parsed <= max);

  return (
    <div className={`field${outOfRange ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={text}
        aria-invalid={outOfRange || undefined}
        aria-describedby={`${id}-range`}
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          const n = /^\d{1,5}$/.test(next) ? Number(next) : NaN;
          if (n >= min && n <= max && n !== value && onCommit(n)) setDraft(null);
          else if (n === value) setDraft(null);
        }}
        onBlur={() => setDraft(null)}
      />
      <span id={`${id}-range`} className="field-range">
        {outOfRange ? `Use ${min} to ${max}` : `${min}–${max}`}
      </span>
    </div>
  );
});
