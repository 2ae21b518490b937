import type { Theme } from '../../../lib/domain';
import { request } from '../../../lib/graphql-client';

const VOCABULARY = /* GraphQL */ `
  query Vocabulary($workspace: ID) {
    vocabulary(workspace: $workspace) {
      themes {
        id
        label
      }
    }
  }
`;

/** The themes of a workspace (built-in and its own). */
export async function getThemes(workspace: string, signal?: AbortSignal): Promise<Theme[]> {
  const data = await request<{ vocabulary: { themes: Theme[] } }>(VOCABULARY, { workspace }, signal);
  return data.vocabulary.themes;
}
