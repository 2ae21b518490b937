import { useEffect, useState } from 'react';
import { afterFirstMapFrame } from '../../../lib/map-settled';
import { getHealth, type HealthAnswer } from '../api/get-health';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ok'; health: HealthAnswer['health'] };

/** The API's and database's status, refreshed every 15 s. */
export function DatabaseStatus() {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    const load = () =>
      getHealth(controller.signal)
        .then(({ health }) => setState({ kind: 'ok', health }))
        .catch((error: Error) => {
          if (!controller.signal.aborted) setState({ kind: 'error', message: error.message });
        });
    // The first check waits for the map's first frame, which needs the API more.
    void afterFirstMapFrame().then(() => {
      if (!controller.signal.aborted) void load();
    });
    const timer = setInterval(load, 15000);
    return () => {
      controller.abort();
      clearInterval(timer);
    };
  }, []);

  if (state.kind === 'loading')
    return (
      <p role="status" data-testid="db-status">
        Checking the database…
      </p>
    );
  if (state.kind === 'error')
    return (
      <p role="status" data-testid="db-status" className="status status--error">
        API unreachable: {state.message}
      </p>
    );
  const { neo4j } = state.health;
  return (
    <p role="status" data-testid="db-status" className={`status status--${neo4j.connected ? 'ok' : 'error'}`}>
      {neo4j.connected
        ? `Database connected: Neo4j ${neo4j.version} (${neo4j.edition})`
        : 'Database unreachable: the API is up but cannot reach Neo4j'}
    </p>
  );
}
