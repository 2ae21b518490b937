import { useCallback, useEffect, useState } from 'react';
import { dismissDuplicate } from '../api/dismiss-duplicate';
import { getDuplicates, type DuplicatePair, type DuplicateSide } from '../api/get-duplicates';
import { mergeDuplicates } from '../api/merge-duplicates';
import { undoOperation } from '../api/undo-operation';
import { DuplicateSideCard } from './DuplicateSideCard';
import { MergeScreen } from './MergeScreen';
import './duplicates.css';

export interface DuplicatesViewProps {
  workspace: string;
  canEdit: boolean;
  onOpenActor: (id: string) => void;
  /** After a merge, a dismissal or an undo: the map reloads. */
  onChanged: () => void;
}

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; pairs: DuplicatePair[] };

/** Candidate duplicate pairs side by side with their reasons; merge, dismiss and undo for editors. */
export function DuplicatesView({ workspace, canEdit, onOpenActor, onChanged }: DuplicatesViewProps) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [merging, setMerging] = useState<DuplicatePair | null>(null);
  const [done, setDone] = useState<{ text: string; operationId: string } | null>(null);
  const refresh = useCallback(() => {
    getDuplicates(workspace).then(
      (pairs) => setLoad({ status: 'ready', pairs }),
      (error: Error) => setLoad({ status: 'error', message: error.message }),
    );
  }, [workspace]);
  useEffect(refresh, [refresh]);
  const afterChange = (text: string, operationId: string) => {
    setDone({ text, operationId });
    setMerging(null);
    refresh();
    onChanged();
  };
  const merge = async (keep: DuplicateSide, merged: DuplicateSide) => {
    const result = await mergeDuplicates(keep.id, merged.id);
    afterChange(
      `Merged ${merged.name} into ${keep.name} (${result.movedRelations.length} ties moved).`,
      result.operationId,
    );
  };
  const dismiss = async (pair: DuplicatePair) =>
    afterChange(
      `${pair.a.name} and ${pair.b.name} are no longer suggested.`,
      await dismissDuplicate(pair.a.id, pair.b.id),
    );
  const undo = async () => {
    await undoOperation(done!.operationId);
    setDone(null);
    refresh();
    onChanged();
  };
  return (
    <section className="duplicates-view" aria-label="Duplicate candidates" data-testid="duplicates-view">
      <h2>Possible duplicates</h2>
      {done && (
        <p className="notice" role="status" data-testid="duplicates-outcome">
          {done.text}{' '}
          {canEdit && (
            <button type="button" onClick={() => void undo()} data-testid="undo-duplicates">
              Undo
            </button>
          )}
        </p>
      )}
      {merging && <MergeScreen pair={merging} onMerge={merge} onCancel={() => setMerging(null)} />}
      {load.status === 'loading' && <p className="notice">Looking for duplicates…</p>}
      {load.status === 'error' && <p className="notice notice--error">{load.message}</p>}
      {load.status === 'ready' && load.pairs.length === 0 && <p className="notice">No possible duplicates.</p>}
      {load.status === 'ready' && (
        <ol className="duplicate-pairs">
          {load.pairs.map((pair) => (
            <li key={`${pair.a.id}|${pair.b.id}`} className="duplicate-pair" data-testid="duplicate-pair">
              <div className="duplicate-pair__sides">
                <DuplicateSideCard actor={pair.a} onOpen={onOpenActor} />
                <DuplicateSideCard actor={pair.b} onOpen={onOpenActor} />
              </div>
              <ul className="duplicate-pair__reasons">
                {pair.reasons.map((reason) => (
                  <li key={reason.text}>{reason.text}</li>
                ))}
              </ul>
              <p>Score {Math.round(pair.score * 100)}%</p>
              {canEdit && (
                <p className="duplicate-pair__actions">
                  <button type="button" onClick={() => setMerging(pair)} data-testid="open-merge">
                    Merge…
                  </button>
                  <button type="button" onClick={() => void dismiss(pair)} data-testid="dismiss-duplicate">
                    Not a duplicate
                  </button>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
