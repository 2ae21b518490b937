import { useState } from 'react';
import type { DuplicatePair, DuplicateSide } from '../api/get-duplicates';

export interface MergeScreenProps {
  pair: DuplicatePair;
  onMerge: (keep: DuplicateSide, merge: DuplicateSide) => Promise<void>;
  onCancel: () => void;
}

/** The ties of `merge` that would move to `keep` (those between the two go with the merged actor). */
function movingTies(keep: DuplicateSide, merge: DuplicateSide) {
  return merge.relations.filter((tie) => tie.source.id !== keep.id && tie.target.id !== keep.id);
}

/** Choose which actor stays and see what moves to it before merging. */
export function MergeScreen({ pair, onMerge, onCancel }: MergeScreenProps) {
  const [keepId, setKeepId] = useState(pair.a.id);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const keep = keepId === pair.a.id ? pair.a : pair.b;
  const merge = keepId === pair.a.id ? pair.b : pair.a;
  const moving = movingTies(keep, merge);
  const names = [merge.name, ...merge.aliases].filter((name) => name !== keep.name && !keep.aliases.includes(name));
  const identifiers = merge.identifiers.filter(
    (id) => !keep.identifiers.some((own) => own.scheme === id.scheme && own.value === id.value),
  );
  const merge_ = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await onMerge(keep, merge);
    } catch (error) {
      setProblem(`Not merged: ${(error as Error).message}`);
      setBusy(false);
    }
  };
  return (
    <section className="merge-screen" aria-label="Merge duplicates" data-testid="merge-screen">
      <h3>Merge two records of one organisation</h3>
      <fieldset>
        <legend>Which record stays?</legend>
        {[pair.a, pair.b].map((side) => (
          <label key={side.id}>
            <input type="radio" name="keep" checked={keepId === side.id} onChange={() => setKeepId(side.id)} />
            Keep {side.name}
          </label>
        ))}
      </fieldset>
      <h4>What moves to {keep.name}</h4>
      <ul data-testid="merge-moves">
        {moving.map((tie) => (
          <li key={tie.id}>
            {tie.type.replace(/_/g, ' ').toLowerCase()}: {tie.source.id === merge.id ? keep.name : tie.source.name} →{' '}
            {tie.target.id === merge.id ? keep.name : tie.target.name}
          </li>
        ))}
        {names.length > 0 && <li>Names that become aliases: {names.join(', ')}</li>}
        {identifiers.length > 0 && (
          <li>Identifiers added: {identifiers.map((id) => `${id.scheme}: ${id.value}`).join(', ')}</li>
        )}
        {moving.length === 0 && names.length === 0 && identifiers.length === 0 && <li>Nothing besides the record.</li>}
      </ul>
      <p>
        {merge.name} is then deleted; its history stays, and the merge can be reverted from the history of {keep.name}.
      </p>
      {problem && (
        <p className="field__problem" role="alert">
          {problem}
        </p>
      )}
      <p className="confirm">
        <button type="button" onClick={() => void merge_()} disabled={busy} data-testid="confirm-merge">
          Merge into {keep.name}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </p>
    </section>
  );
}
