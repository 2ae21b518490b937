import { request } from '../../../lib/graphql-client';

export interface ChangeAnswer {
  id: string;
  action: string;
  at: string;
  by: string;
  version: number | null;
  changedFields: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const HISTORY = /* GraphQL */ `
  query History($entityId: ID!) {
    history(entityId: $entityId, first: 50) {
      id
      action
      at
      by
      version
      changedFields
      before
      after
    }
  }
`;

/** The latest 50 changes of an actor, relation or source, newest first. */
export async function getHistory(entityId: string, signal?: AbortSignal): Promise<ChangeAnswer[]> {
  return (await request<{ history: ChangeAnswer[] }>(HISTORY, { entityId }, signal)).history;
}
