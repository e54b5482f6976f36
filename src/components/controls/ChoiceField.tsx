/** A labelled select; one option per allowed value. */
import { memo, useId } from 'react';

interface ChoiceFieldProps {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  hint?: string;
  /** Why the store refused the last choice here, or null: shown next to the select, not only at the top. */
  error?: string | null;
}

export const ChoiceField = memo(function ChoiceField({
  label,
  value,
  options,
  onChange,
  hint,
  error = null,
}: ChoiceFieldProps) {
  const id = useId();
  const described = [error && `${id}-refusal`, hint && `${id}-hint`].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <span id={`${id}-refusal`} className="field-refusal">
          Not applied: {error}
        </span>
      )}
      {hint && (
        <span id={`${id}-hint`} className="field-range">
          {hint}
        </span>
      )}
    </div>
  );
});
