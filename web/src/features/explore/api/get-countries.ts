import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

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

/**
 * English country names by ISO code, from the API's vocabulary. The list never changes while the
 * client runs, so it is asked for once (again only after a failure).
 */
export function getCountryNames(): Promise<ReadonlyMap<string, string>> {
  cached ??= request(COUNTRIES, {}).then(
    (data) => new Map(data.vocabulary.countries.map((country) => [country.code, country.name])),
    (error: unknown) => {
      cached = null;
      throw error;
    },
  );
  return cached;
}
