import { graphql } from '../../../gql';
import type { AuditLogQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

export type AuditPage = NonNullable<AuditLogQuery['workspace']>['auditLog'];
export type AuditEventRow = AuditPage['events'][number];

const AUDIT_LOG = graphql(`
  query AuditLog($slug: String!, $first: Int!, $after: String) {
    workspace(slug: $slug) {
      id
      auditLog(first: $first, after: $after) {
        events {
          id
          at
          actorId
          actorEmail
          action
          subjectId
          detail
        }
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One page of the workspace's audit log, newest first (owners only). */
export async function getAuditLog(
  slug: string,
  first: number,
  after: string | null,
  signal?: AbortSignal,
): Promise<AuditPage> {
  const workspace = (await request(AUDIT_LOG, { slug, first, after }, signal)).workspace;
  return workspace?.auditLog ?? { events: [], hasNextPage: false, endCursor: null };
}
