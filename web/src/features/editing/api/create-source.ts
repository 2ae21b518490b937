import { graphql } from '../../../gql';
import type { CreateSourceMutation, SourceInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

const CREATE_SOURCE = graphql(`
  mutation CreateSource($subjectId: ID!, $input: SourceInput!) {
    createSource(subjectId: $subjectId, input: $input) {
      id
      quote
    }
  }
`);

/** Attaches evidence (quote, document, URL, page) to a live actor or relation. */
export async function createSource(
  subjectId: string,
  input: SourceInput,
): Promise<CreateSourceMutation['createSource']> {
  return (await request(CREATE_SOURCE, { subjectId, input })).createSource;
}
