import { graphql } from '../../../gql';
import type { WorkspaceThemesQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

export type WorkspaceTheme = NonNullable<WorkspaceThemesQuery['workspace']>['themes'][number];

const WORKSPACE_THEMES = graphql(`
  query WorkspaceThemes($slug: String!) {
    workspace(slug: $slug) {
      id
      themes {
        id
        label
        description
        builtIn
      }
    }
  }
`);

/** The built-in themes and the workspace's own. */
export async function getWorkspaceThemes(slug: string, signal?: AbortSignal): Promise<WorkspaceTheme[]> {
  return (await request(WORKSPACE_THEMES, { slug }, signal)).workspace?.themes ?? [];
}
