import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import { prefetchMap } from './features/explore/hooks/map-prefetch';
import { parseViewState } from './lib/view-state';

// The map's first requests go out now, not after the first render (see useWorkspaceGraph).
prefetchMap(parseViewState(window.location.search).workspace);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
