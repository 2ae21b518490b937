import { useEffect, useId, useRef, useState } from 'react';
import type { AsOfMonth } from '../../../lib/as-of-month';
import { humanize, type MapActor } from '../../../lib/domain';
import { nameInMonth } from '../../../lib/name-in-month';
import { useAsync } from '../../../lib/use-async';
import { searchActors } from '../api/search-actors';
import { useCountryNames } from '../../../lib/country-names';

export interface SearchBoxProps {
  workspace: string;
  onPick: (actor: MapActor) => void;
  /** For a second search box (the relation form's actor picker, the path finder's ends): its own id, label and test-id prefix. */
  inputId?: string;
  label?: string;
  testId?: string;
  /** The month the time bar shows: results go by the name they carried then, today's beside it. */
  asOf?: AsOfMonth | null;
}

/** Search with autocomplete: up to eight actors as you type; arrows, Enter and Escape work. "/" focuses it. */
export function SearchBox({
  workspace,
  onPick,
  inputId = 'actor-search',
  label = 'Search actors',
  testId = 'search',
  asOf = null,
}: SearchBoxProps) {
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(text.trim()), 180);
    return () => clearTimeout(timer);
  }, [text]);
  const countryNames = useCountryNames();
  const [state] = useAsync(debounced ? `${workspace}:${debounced}` : null, (signal) =>
    searchActors(workspace, debounced, signal),
  );
  const results = state.status === 'ready' ? state.data : [];
  const pick = (actor: MapActor) => {
    onPick(actor);
    setText('');
    setOpen(false);
  };
  const listed = open && debounced !== '';
  return (
    <div className="search">
      {/* The ARIA 1.2 combobox: the input itself, naming the list it controls (drawn while open) and its active option. */}
      <input
        id={inputId}
        type="search"
        ref={inputRef}
        role="combobox"
        aria-expanded={listed}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={listed && results[active] ? `${listId}-${active}` : undefined}
        placeholder={inputId === 'actor-search' ? 'Search actors  ( / )' : label}
        aria-label={label}
        autoComplete="off"
        value={text}
        data-testid={`${testId}-input`}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        // Closed a moment after the focus leaves (a click on an option lands first), unless it came back
        // meanwhile: a panel that takes the focus while it loads must not shut the list the user types in.
        onBlur={() =>
          setTimeout(() => {
            if (document.activeElement !== inputRef.current) setOpen(false);
          }, 150)
        }
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, results.length - 1));
          else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (event.key === 'Enter' && results[active]) pick(results[active]);
          else if (event.key === 'Escape') setOpen(false);
          else return;
          event.preventDefault();
        }}
      />
      {listed && (
        <div className="search__results" data-testid={`${testId}-results`}>
          {/* Beside the list, not in it: a listbox holds options only. */}
          {state.status === 'loading' && <p className="search__hint">Searching…</p>}
          {state.status === 'error' && <p className="search__hint search__hint--error">{state.error.message}</p>}
          {state.status === 'ready' && results.length === 0 && (
            <p className="search__hint">No actor matches “{debounced}”</p>
          )}
          <ul className="search__list" id={listId} role="listbox" aria-label={label}>
            {results.map((actor, index) => {
              const shown = nameInMonth(actor, asOf);
              return (
                <li
                  key={actor.id}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className={index === active ? 'search__option search__option--active' : 'search__option'}
                  onMouseDown={(event) => {
                    event.preventDefault();
                    pick(actor);
                  }}
                >
                  <strong>{shown}</strong>
                  <span>
                    {shown !== actor.name && `now: ${actor.name} · `}
                    {humanize(actor.tier)} · {humanize(actor.kind)}
                    {actor.country ? ` · ${countryNames?.get(actor.country) ?? actor.country}` : ''}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
