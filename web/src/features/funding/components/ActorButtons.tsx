import { useState } from 'react';

export interface ActorButtonsProps {
  actors: readonly { id: string; name: string }[];
  onFocusActor: (id: string) => void;
  /** Names shown before a "+n more" button that shows the rest. */
  max?: number;
}

/** A comma-separated list of actor names, each a button that focuses the actor on the map. */
export function ActorButtons({ actors, onFocusActor, max = Infinity }: ActorButtonsProps) {
  const [all, setAll] = useState(false);
  const shown = all ? actors : actors.slice(0, max);
  return (
    <span className="actor-buttons">
      {shown.map((actor, index) => (
        <span key={actor.id}>
          {index > 0 && ', '}
          <button type="button" className="link-button" onClick={() => onFocusActor(actor.id)}>
            {actor.name}
          </button>
        </span>
      ))}
      {shown.length < actors.length && (
        <>
          {' '}
          <button type="button" className="link-button muted" onClick={() => setAll(true)}>
            +{actors.length - shown.length} more
          </button>
        </>
      )}
    </span>
  );
}
