/** URL parameters that were ignored, and the last refused change: visible, explained, dismissible. */
import { memo } from 'react';
import { useStore } from '../../state/store';

export const NoticeBar = memo(function NoticeBar() {
  const notices = useStore((s) => s.notices);
  const refusal = useStore((s) => s.refusal);
  const dismiss = useStore((s) => s.dismissNotice);
  const clearRefusal = useStore((s) => s.clearRefusal);
  if (notices.length === 0 && !refusal) return null;
  return (
    <div className="notices">
      {refusal && (
        <div className="notice notice--refusal" role="alert">
          <p>
            <strong>Not applied.</strong> {refusal} The view keeps the last configuration that works.
          </p>
          <button
            type="button"
            className="notice-dismiss"
            aria-label="Dismiss message"
            onClick={clearRefusal}
          >
            ×
          </button>
        </div>
      )}
      {notices.map((notice, i) => (
        <div className="notice" role="status" key={`${notice.param}-${i}`} data-param={notice.param}>
          <p>{notice.message}</p>
          <button
            type="button"
            className="notice-dismiss"
            aria-label={`Dismiss notice about ${notice.param}`}
            onClick={() => dismiss(i)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
});
