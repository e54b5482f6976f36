/** Copies text to the clipboard and says so; where the clipboard is refused, selects nothing and says that. */
import { memo, useState } from 'react';

export const CopyButton = memo(function CopyButton({
  text,
  label,
}: {
  text: string | (() => string);
  label: string;
}) {
  const [said, setSaid] = useState('');
  const copy = async () => {
    const value = typeof text === 'function' ? text() : text;
    try {
      await navigator.clipboard.writeText(value);
      setSaid('Copied');
    } catch {
      setSaid('Copy was blocked: select the text and copy it by hand');
    }
    window.setTimeout(() => setSaid(''), 2500);
  };
  return (
    <span className="copy">
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span className="copy-status" aria-live="polite">
        {said}
      </span>
    </span>
  );
});
