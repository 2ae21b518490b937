import { useState } from 'react';

export interface ActorButtonsProps {
  actors: readonly { id: string; name: string }[];
  onFocusActor: (id: string) => void;
  /** Names shown before a "+n more" button that shows the rest. */
  max?: number;
}

/** Actor names one under the other, each a button that focuses the actor on the map. */
export function ActorButtons({ actors, onFocusActor, max = Infinity }: ActorButtonsProps) {
  const [all, setAll] = useState(false);
  const shown = all ? actors : actors.slice(0, max);
  return (
    <ul className="actor-buttons">
      {shown.map((actor) => (
        <li key={actor.id}>
          <button type="button" className="link-button" onClick={() => onFocusActor(actor.id)}>
            {actor.name}
          </button>
        </li>
      ))}
      {shown.length < actors.length && (
        <li>
          <button type="button" className="link-button" onClick={() => setAll(true)}>
            +{actors.length - shown.length} more
          </button>
        </li>
      )}
    </ul>
  );
}
