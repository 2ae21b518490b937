import { useSession } from '../lib/session/use-session';
import { App } from './App';

/**
 * Waits for the session where the last visit was signed in (lib/session), then mounts the app keyed by
 * the session: signing in or out, or joining a workspace, mounts it afresh so that every view reloads
 * its data as the new viewer.
 */
export function Root() {
  const session = useSession();
  if (session.status === 'starting')
    return (
      <div className="app-starting" role="status">
        Tiermap
      </div>
    );
  return <App key={session.key} />;
}
