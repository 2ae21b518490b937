import type { Theme } from '../../../lib/domain';
import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const VOCABULARY = graphql(`
  query Vocabulary($workspace: ID) {
    vocabulary(workspace: $workspace) {
      themes {
        id
        label
      }
    }
  }
`);

/** The themes of a workspace (built-in and its own). */
export async function getThemes(workspace: string, signal?: AbortSignal): Promise<Theme[]> {
  const data = await request(VOCABULARY, { workspace }, signal);
  return data.vocabulary.themes;
}
