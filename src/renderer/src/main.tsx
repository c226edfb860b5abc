// Renderer entry: mounts the app.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installShortcutListener } from './actions/shortcutListener';
import { App } from './shell/App';
import { installHighlightStyles } from './ui/highlightColors';
import './styles.css';

// Before the first render, so no key press is missed while the views mount.
installShortcutListener();
installHighlightStyles();

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
