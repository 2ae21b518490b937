import type { PathAnswer } from '../api/find-paths';
import { stepConnector, weakestConfidence } from '../path-format';

export interface PathResultsProps {
  paths: readonly PathAnswer[];
  chosen: number;
  onChoose: (index: number) => void;
  onFocusActor: (id: string) => void;
}

/** The k paths as readable chains (A —funds→ B —partners with— C); one is chosen and drawn on the map. */
export function PathResults({ paths, chosen, onChoose, onFocusActor }: PathResultsProps) {
  if (paths.length === 0)
    return (
      <p className="muted" data-testid="path-none">
        No path joins these two actors with the relations allowed.
      </p>
    );
  return (
    <ol className="path-results" data-testid="path-results">
      {paths.map((path, index) => {
        const names = new Map(path.actors.map((actor) => [actor.id, actor.name]));
        return (
          <li
            key={path.actorIds.join('>')}
            className={index === chosen ? 'path path--chosen' : 'path'}
            data-testid="path"
          >
            <div className="path__head">
              <button
                type="button"
                className="link-button"
                aria-pressed={index === chosen}
                onClick={() => onChoose(index)}
              >
                {index === chosen ? 'Shown on the map' : 'Show on the map'}
              </button>
              <span className="muted small" title="Steps, and the confidence of the weakest step">
                {path.length} step{path.length === 1 ? '' : 's'} · weakest link{' '}
                {Math.round(weakestConfidence(path.steps) * 100)}%
              </span>
            </div>
            <p className="path__chain" data-testid="path-chain">
              {path.actorIds.map((id, position) => (
                <span key={id}>
                  <button type="button" className="link-button path__actor" onClick={() => onFocusActor(id)}>
                    {names.get(id) ?? 'Hidden actor'}
                  </button>
                  {position < path.steps.length && (
                    <span className="path__step"> {stepConnector(path.steps[position]!)} </span>
                  )}
                </span>
              ))}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
