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
}

/** One filter facet: a collapsible list of checkboxes; nothing ticked means no restriction. */
export function FacetGroup({ name, options, selected, onChange }: FacetGroupProps) {
  const toggle = (value: string) =>
    onChange(selected.includes(value) ? selected.filter((item) => item !== value) : [...selected, value]);
  return (
    <details
      className="facet"
      open={selected.length > 0}
      data-testid={`facet-${name.toLowerCase().replace(/\s+/g, '-')}`}
    >
      <summary>
        {name}
        {selected.length > 0 && <span className="facet__count">{selected.length}</span>}
      </summary>
      <div className="facet__options">
        {options.map((option) => (
          <label key={option.value} className="facet__option">
            <input type="checkbox" checked={selected.includes(option.value)} onChange={() => toggle(option.value)} />
            <span>{option.label}</span>
            {option.count !== undefined && <span className="facet__n">{option.count}</span>}
          </label>
        ))}
        {selected.length > 0 && (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            Clear {name.toLowerCase()}
          </button>
        )}
      </div>
    </details>
  );
}
