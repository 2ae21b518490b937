import { useSyncExternalStore } from 'react';
import { getSession, subscribeSession, type SessionState } from './session';

/** The current session; re-renders when someone signs in or out. */
export function useSession(): SessionState {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}
