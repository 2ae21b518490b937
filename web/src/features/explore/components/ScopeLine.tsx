import type { CountryScope } from '../../../lib/country-scope';
import { useCountryNames } from '../../../lib/country-names';
import { describeScope } from '../scope-summary';
import '../facets.css';

export interface ScopeLineProps {
  scope: CountryScope | null;
  /** Drops the countries, so the map shows the whole workspace again. */
  onClear: () => void;
}

/**
 * Says what a chosen country does to the question: it scopes the map, the tables and every lens to the
 * actors based there and those tied to them, rather than hiding everyone without that country.
 */
export function ScopeLine({ scope, onClear }: ScopeLineProps) {
  const names = useCountryNames();
  if (!scope) return null;
  return (
    <p className="scope-line" role="status" data-testid="scope-line">
      <span data-testid="scope-text">{describeScope(scope, (code) => names?.get(code) ?? code)}.</span>{' '}
      <span className="muted">Relations with at least one end there; the lenses analyse the same scope.</span>{' '}
      <button type="button" className="link-button" onClick={onClear} data-testid="scope-clear">
        Whole workspace
      </button>
    </p>
  );
}
