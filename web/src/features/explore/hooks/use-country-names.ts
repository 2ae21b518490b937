import { useAsync } from '../../../lib/use-async';
import { getCountryNames } from '../api/get-countries';

/** English country names by ISO code (null until loaded, or when they could not be). */
export function useCountryNames(): ReadonlyMap<string, string> | null {
  const [state] = useAsync('countries', () => getCountryNames());
  return state.status === 'ready' ? state.data : null;
}
