import { graphql } from '../../../gql';
import type { StartImportInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

const START_IMPORT = graphql(`
  mutation StartImport($workspace: ID!, $input: StartImportInput!) {
    startImport(workspace: $workspace, input: $input) {
      id
    }
  }
`);

/** Starts an import (or a dry run) of uploaded files; answers the job's id, for importJob. */
export async function startImport(workspace: string, input: StartImportInput): Promise<string> {
  return (await request(START_IMPORT, { workspace, input })).startImport.id;
}
