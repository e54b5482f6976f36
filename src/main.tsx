import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/shell/App';
import { startUrlSync } from './state/urlSync';
import { openInbox } from './state/embedInbox';
import './styles/tokens.css';
import './styles/app.css';
import './styles/grid.css';
import './styles/panels.css';
import './styles/mode-panels.css';
import './styles/embed.css';

// Before anything else, so a host's first commands wait for the embed protocol instead of vanishing.
openInbox();
startUrlSync();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
