import { graphql } from '../../../gql';
import type { ThemeInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import type { WorkspaceTheme } from './get-workspace-themes';

const ADD_THEMES = graphql(`
  mutation AddThemes($workspace: String!, $themes: [ThemeInput!]!) {
    addThemes(workspace: $workspace, themes: $themes) {
      id
      label
      description
      builtIn
    }
  }
`);

/** Adds themes to a workspace, or relabels its own (same id); returns the whole list. */
export async function addThemes(workspace: string, themes: ThemeInput[]): Promise<WorkspaceTheme[]> {
  return (await request(ADD_THEMES, { workspace, themes })).addThemes;
}
