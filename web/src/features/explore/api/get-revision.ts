import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const REVISION = graphql(`
  query Revision($workspace: ID!) {
    analytics(workspace: $workspace) {
      revision
    }
  }
`);

/** The workspace's data revision: it changes with every write, so it tells whether cached map data is current. */
export async function getRevision(workspace: string, signal?: AbortSignal): Promise<string> {
  const data = await request(REVISION, { workspace }, signal);
  return data.analytics.revision;
}
