/** A labelled select; one option per allowed value. */
import { memo, useId } from 'react';

interface ChoiceFieldProps {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  hint?: string;
}

export const ChoiceField = memo(function ChoiceField({
  label,
  value,
  options,
  onChange,
  hint,
}: ChoiceFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && <span className="field-range">{hint}</span>}
    </div>
  );
});
