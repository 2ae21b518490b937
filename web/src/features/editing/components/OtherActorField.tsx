import { useId, type ReactNode } from 'react';

export interface PickedActor {
  id: string;
  name: string;
}

export interface OtherActorFieldProps {
  actor: PickedActor;
  other: PickedActor | null;
  outgoing: boolean;
  onOutgoing: (outgoing: boolean) => void;
  onPick: (actor: PickedActor) => void;
  problem?: string | undefined;
  renderActorPicker: (onPick: (actor: PickedActor) => void) => ReactNode;
}

/** The other end of a new relation, picked with the search component, and which way the tie points. */
export function OtherActorField({
  actor,
  other,
  outgoing,
  onOutgoing,
  onPick,
  problem,
  renderActorPicker,
}: OtherActorFieldProps) {
  const id = useId();
  return (
    <div className={problem ? 'field field--invalid' : 'field'} data-testid="other-actor-field">
      <span className="field__label" id={`${id}-label`}>
        Other actor
      </span>
      <div role="group" aria-labelledby={`${id}-label`} aria-describedby={problem ? `${id}-problem` : undefined}>
        {renderActorPicker(onPick)}
      </div>
      <p className="muted" data-testid="other-actor">
        {other ? other.name : 'None picked yet: search above.'}
      </p>
      <label className="field__inline">
        Direction{' '}
        <select value={outgoing ? 'out' : 'in'} onChange={(e) => onOutgoing(e.target.value === 'out')} name="direction">
          <option value="out">
            {actor.name} → {other?.name ?? 'other'}
          </option>
          <option value="in">
            {other?.name ?? 'other'} → {actor.name}
          </option>
        </select>
      </label>
      {problem && (
        <p className="field__problem" id={`${id}-problem`} role="alert" data-testid="field-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
