import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/shell/App';
import { startUrlSync } from './state/urlSync';
import { useStore } from './state/store';
import { loadModeView } from './modes/viewCache';
import { openInbox } from './state/embedInbox';
import './styles/tokens.css';
import './styles/app.css';
import './styles/grid.css';
import './styles/panels.css';
import './styles/mode-panels.css';
import './styles/embed.css';
import './styles/present.css';

// Before anything else, so a host's first commands wait for the embed protocol instead of vanishing.
openInbox();
startUrlSync();
// The first view's chunk comes before the first render, so grids and the step status appear together.
void loadModeView(useStore.getState().config.mode)
  .catch(() => undefined)
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
