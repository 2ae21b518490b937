import { graphql } from '../gql';
import { request } from './graphql-client';
import { useAsync } from './use-async';

const COUNTRIES = graphql(`
  query Countries {
    vocabulary {
      countries {
        code
        name
      }
    }
  }
`);

let cached: Promise<ReadonlyMap<string, string>> | null = null;
/** The names once they have arrived, so a view mounted later shows names from its first frame. */
let loaded: ReadonlyMap<string, string> | null = null;

/**
 * English country names by ISO code, from the API's vocabulary. The list never changes while the
 * client runs, so it is asked for once (again only after a failure).
 */
export function getCountryNames(): Promise<ReadonlyMap<string, string>> {
  cached ??= request(COUNTRIES, {}).then(
    (data) => (loaded = new Map(data.vocabulary.countries.map((country) => [country.code, country.name]))),
    (error: unknown) => {
      cached = null;
      throw error;
    },
  );
  return cached;
}

/** English country names by ISO code (null until loaded, or when they could not be). */
export function useCountryNames(): ReadonlyMap<string, string> | null {
  const [state] = useAsync('countries', () => getCountryNames());
  return state.status === 'ready' ? state.data : loaded;
}

/** A country's name from the loaded list, or its code while the list loads (or for a code it lacks). */
export const countryName = (names: ReadonlyMap<string, string> | null, code: string): string =>
  names?.get(code) ?? code;
