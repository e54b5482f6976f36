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
  /**
   * Why the store refused a change to this field's parameter, or null. Two fields can share one
   * parameter (height and width are one `size`), so it is shown only by the field whose own commit
   * was refused: next to what the user just typed, not at the top of a long page.
   */
  error?: string | null;
}

export const NumberField = memo(function NumberField({
  label,
  value,
  min,
  max,
  onCommit,
  error = null,
}: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [refusedHere, setRefusedHere] = useState(false);
  // The refusal was withdrawn (a later change worked, or it was dismissed): forget it was ours.
  if (refusedHere && error === null) setRefusedHere(false);
  const refusal = refusedHere ? error : null;
  const text = draft ?? String(value);
  const parsed = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  const outOfRange = draft !== null && !(parsed >= min && parsed <= max);
  const invalid = outOfRange || refusal !== null;

  return (
    <div className={`field${invalid ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={refusal ? `${id}-refusal ${id}-range` : `${id}-range`}
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          const n = /^\d{1,5}$/.test(next) ? Number(next) : NaN;
          if (n >= min && n <= max && n !== value) {
            const applied = onCommit(n);
            setRefusedHere(!applied);
            if (applied) setDraft(null);
          } else if (n === value) setDraft(null);
        }}
        onBlur={() => setDraft(null)}
      />
      {refusal && (
        <span id={`${id}-refusal`} className="field-refusal">
          Not applied: {refusal}
        </span>
      )}
      <span id={`${id}-range`} className="field-range">
        {outOfRange ? `Use ${min} to ${max}` : `${min}–${max}`}
      </span>
    </div>
  );
});
