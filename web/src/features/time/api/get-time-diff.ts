import { graphql } from '../../../gql';
import type { TimeDiffAnswer } from '../diff-sections';
import { analyticsVariables, type AnalyticsScope } from '../../../lib/analytics-variables';
import { request } from '../../../lib/graphql-client';
import { lastDayOf } from '../../../lib/as-of-month';
import type { TimePoint } from '../../../lib/time-point';

graphql(`
  fragment DiffRelationFields on Relation {
    id
    type
    source {
      id
      name
    }
    target {
      id
      name
    }
  }
`);

const TIME_DIFF = graphql(`
  query TimeDiff(
    $workspace: ID!
    $filter: AnalyticsFilter
    $from: String
    $to: String
    $fromPeriod: ID
    $toPeriod: ID
  ) {
    analytics(workspace: $workspace, filter: $filter) {
      diff(from: $from, to: $to, fromPeriod: $fromPeriod, toPeriod: $toPeriod) {
        from
        to
        addedRelationIds
        endedRelationIds
        addedActorIds
        endedActorIds
        addedActors {
          id
          name
        }
        endedActors {
          id
          name
        }
        addedRelations {
          ...DiffRelationFields
        }
        endedRelations {
          ...DiffRelationFields
        }
        changedRelations {
          relationId
          field
          from
          to
        }
        renamedActors {
          actorId
          fromActorId
          fromName
          toName
        }
        successions {
          id
          kind
          predecessor
          successor
          on
          predecessorActor {
            name
          }
          successorActor {
            name
          }
        }
      }
    }
  }
`);

/** A month is compared as of its last day, as the time bar asks analytics; a period as the API reads it. */
function endVariables(point: TimePoint, date: 'from' | 'to'): Record<string, string> {
  return point.kind === 'month' ? { [date]: lastDayOf(point.month) } : { [`${date}Period`]: point.id };
}

/** The variables of a diff between two points in time under the view's filters (not its as-of date). */
export function diffVariables(scope: AnalyticsScope, from: TimePoint, to: TimePoint) {
  const { workspace, filter } = analyticsVariables(scope);
  return { workspace, filter, ...endVariables(from, 'from'), ...endVariables(to, 'to') };
}

/**
 * What changed between two points in time (analytics.diff) under the view's filters (not its as-of
 * date, which the two points replace).
 */
export async function getTimeDiff(
  scope: AnalyticsScope,
  from: TimePoint,
  to: TimePoint,
  signal?: AbortSignal,
): Promise<TimeDiffAnswer> {
  return (await request(TIME_DIFF, diffVariables(scope, from, to), signal)).analytics.diff;
}
