/** The four views as tabs; arrow keys move between them, as the WAI-ARIA tabs pattern expects. */
import { memo, useRef, type KeyboardEvent } from 'react';
import { MODES, MODE_LABELS, type Mode } from '../../state/config';
import { useStore } from '../../state/store';
import { markDeliberate } from '../../state/history';

const HINTS: Record<Mode, string> = {
  standard: '',
  dilated: ' (atrous)',
  pointwise: ' (1×1)',
  maxpool: '',
};

export const ModeTabs = memo(function ModeTabs() {
  const mode = useStore((s) => s.config.mode);
  const setMode = useStore((s) => s.setMode);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const choose = (next: Mode) => {
    if (next === mode) return;
    markDeliberate();
    setMode(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = MODES.indexOf(mode);
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    let next = delta ? (index + delta + MODES.length) % MODES.length : -1;
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = MODES.length - 1;
    if (next < 0) return;
    event.preventDefault();
    event.stopPropagation();
    choose(MODES[next]!);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label="Kind of operation" className="mode-tabs" onKeyDown={onKeyDown}>
      {MODES.map((m, i) => (
        <button
          key={m}
          ref={(el) => {
            refs.current[i] = el;
          }}
          role="tab"
          id={`tab-${m}`}
          aria-selected={m === mode}
          aria-controls="view-panel"
          tabIndex={m === mode ? 0 : -1}
          className="mode-tab"
          onClick={() => choose(m)}
        >
          {MODE_LABELS[m]}
          <span className="mode-tab-hint">{HINTS[m]}</span>
        </button>
      ))}
    </div>
  );
});
