import { graphql } from '../gql';
import { request } from './graphql-client';
import { useAsync } from './use-async';

const CAPACITY_VOCABULARY = graphql(`
  query CapacityVocabulary {
    vocabulary {
      populationTerms {
        id
        label
      }
      serviceTerms {
        id
        label
      }
      languages {
        code
        name
      }
    }
  }
`);

/** Labels of an actor's capacity profile, by value: populations, services and languages (ISO 639-1). */
export interface CapacityVocabulary {
  populations: ReadonlyMap<string, string>;
  services: ReadonlyMap<string, string>;
  languages: ReadonlyMap<string, string>;
}

let cached: Promise<CapacityVocabulary> | null = null;
let loaded: CapacityVocabulary | null = null;

/** The capacity vocabulary from the API, asked for once (again only after a failure): it never changes. */
export function getCapacityVocabulary(): Promise<CapacityVocabulary> {
  cached ??= request(CAPACITY_VOCABULARY, {}).then(
    ({ vocabulary: v }) =>
      (loaded = {
        populations: new Map(v.populationTerms.map((term) => [term.id, term.label])),
        services: new Map(v.serviceTerms.map((term) => [term.id, term.label])),
        languages: new Map(v.languages.map((language) => [language.code, language.name])),
      }),
    (error: unknown) => {
      cached = null;
      throw error;
    },
  );
  return cached;
}

/** The capacity vocabulary (null until loaded, or when it could not be). */
export function useCapacityVocabulary(): CapacityVocabulary | null {
  const [state] = useAsync('capacity-vocabulary', () => getCapacityVocabulary());
  return state.status === 'ready' ? state.data : loaded;
}

/** A value's label from a loaded list, or the value itself while it loads (or for one it lacks). */
export const labelOf = (labels: ReadonlyMap<string, string> | undefined, value: string): string =>
  labels?.get(value) ?? value;
