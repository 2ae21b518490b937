import { useId, useState, type FocusEvent } from 'react';

export interface CsvMenuProps {
  disabled: boolean;
  onActors: () => void;
  onRelations: () => void;
}

/** One "CSV" button in the toolbar that offers the view's actors or its relations (a disclosure). */
export function CsvMenu({ disabled, onActors, onRelations }: CsvMenuProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const pick = (run: () => void) => () => {
    run();
    setOpen(false);
  };
  // Closes once the focus leaves the button and its choices.
  const onBlur = (event: FocusEvent<HTMLSpanElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
  };
  return (
    <span className="csv-menu" onBlur={onBlur} onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        disabled={disabled}
        data-testid="export-csv"
        title="Download the actors or the relations of this view as CSV"
      >
        CSV ▾
      </button>
      <span id={id} className="csv-menu__choices" hidden={!open}>
        <button
          type="button"
          onClick={pick(onActors)}
          data-testid="export-csv-actors"
          title="The actors of this view (on the map: the selected ones, shift-drag to select; all drawn when none)"
        >
          Actors
        </button>
        <button
          type="button"
          onClick={pick(onRelations)}
          data-testid="export-csv-relations"
          title="The relations of this view (on the map: those between the actors the actors file takes)"
        >
          Relations
        </button>
      </span>
    </span>
  );
}
