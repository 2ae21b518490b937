import { useState } from 'react';
import { foldText } from '../fold-text';
import '../facets.css';

export interface FacetOption {
  value: string;
  label: string;
  count?: number;
}

export interface FacetGroupProps {
  name: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Show a box that narrows the options to those whose label (or value) contains the words typed. */
  searchable?: boolean;
}

/** Whether every word typed starts a word of the option's label, or the text is its value ("SN"). */
function optionMatches(option: FacetOption, query: string): boolean {
  const words = foldText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const labelWords = foldText(option.label).split(/[^\p{L}\p{N}]+/u);
  return (
    option.value.toLowerCase() === query.trim().toLowerCase() ||
    words.every((word) => labelWords.some((labelWord) => labelWord.startsWith(word)))
  );
}

/**
 * One filter facet: a collapsible list of checkboxes; nothing ticked means no restriction. A count
 * of 0 (no actor with the other filters as they are) is shown dimmed.
 */
export function FacetGroup({ name, options, selected, onChange, searchable = false }: FacetGroupProps) {
  const [query, setQuery] = useState('');
  const toggle = (value: string) =>
    onChange(selected.includes(value) ? selected.filter((item) => item !== value) : [...selected, value]);
  const testId = `facet-${name.toLowerCase().replace(/\s+/g, '-')}`;
  // Ticked options stay in view while the box narrows the others.
  const shown = query.trim()
    ? options.filter((option) => selected.includes(option.value) || optionMatches(option, query))
    : options;
  return (
    <details className="facet" open={selected.length > 0} data-testid={testId}>
      <summary>
        {name}
        {selected.length > 0 && <span className="facet__count">{selected.length}</span>}
      </summary>
      {searchable && (
        <input
          type="search"
          className="facet__search"
          placeholder={`Find a ${name.toLowerCase()}`}
          aria-label={`Find a ${name.toLowerCase()}`}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          data-testid={`${testId}-search`}
        />
      )}
      <div className="facet__options">
        {shown.map((option) => (
          <label
            key={option.value}
            className={option.count === 0 ? 'facet__option facet__option--empty' : 'facet__option'}
            title={searchable && option.label !== option.value ? option.value : undefined}
          >
            <input type="checkbox" checked={selected.includes(option.value)} onChange={() => toggle(option.value)} />
            <span>{option.label}</span>
            {option.count !== undefined && <span className="facet__n">{option.count}</span>}
          </label>
        ))}
        {shown.length === 0 && (
          <p className="facet__none">
            No {name.toLowerCase()} matches “{query.trim()}”
          </p>
        )}
        {selected.length > 0 && (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            Clear {name.toLowerCase()}
          </button>
        )}
      </div>
    </details>
  );
}
