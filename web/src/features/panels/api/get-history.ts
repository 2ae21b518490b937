import { graphql } from '../../../gql';
import type { HistoryQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

export type ChangeAnswer = HistoryQuery['history'][number];

const HISTORY = graphql(`
  query History($entityId: ID!) {
    history(entityId: $entityId, first: 50) {
      id
      action
      at
      by
      byName
      version
      changedFields
      revertOf
      causeId
      before
      after
    }
  }
`);

/** The latest 50 changes of an actor, relation or source, newest first. */
export async function getHistory(entityId: string, signal?: AbortSignal): Promise<ChangeAnswer[]> {
  return (await request(HISTORY, { entityId }, signal)).history;
}
