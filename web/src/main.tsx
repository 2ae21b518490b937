import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root';
import './app/app.css';
import { prefetchMap } from './features/explore/hooks/map-prefetch';
import { startSession } from './lib/session/session';
import { parseViewState } from './lib/view-state';

// The session is resumed from its refresh cookie (a signed-in visit waits for it, an anonymous one does
// not), and the map's first requests go out now, not after the first render (see useWorkspaceGraph).
void startSession();
prefetchMap(parseViewState(window.location.search).workspace);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
