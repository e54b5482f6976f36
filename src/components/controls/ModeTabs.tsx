/** The views as tabs, in registry order; arrow keys move between them, as the WAI-ARIA tabs pattern expects. */
import { memo, useRef, type KeyboardEvent } from 'react';
import { MODE_REGISTRY, MODES, type Mode } from '../../modes/registry';
import { useStore } from '../../state/store';
import { markDeliberate } from '../../state/history';
import { loadModeView } from '../../modes/viewCache';

export const ModeTabs = memo(function ModeTabs() {
  const mode = useStore((s) => s.config.mode);
  const setMode = useStore((s) => s.setMode);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  /** The tab chosen last: it wins, whatever order the views' code arrives in. */
  const chosen = useRef<Mode>(mode);
  const choose = (next: Mode) => {
    chosen.current = next;
    if (next === useStore.getState().config.mode) return;
    // Switch once the view's chunk is here, so the new tab never shows half a view.
    void loadModeView(next)
      .catch(() => undefined)
      .then(() => {
        if (chosen.current !== next) return;
        markDeliberate();
        setMode(next);
      });
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
          {MODE_REGISTRY[m].label}
          <span className="mode-tab-hint">{MODE_REGISTRY[m].tabHint}</span>
        </button>
      ))}
    </div>
  );
});
