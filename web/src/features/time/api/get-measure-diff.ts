import { graphql } from '../../../gql';
import type { MeasureDiffAnswer } from '../measure-sections';
import type { AnalyticsScope } from '../../../lib/analytics-variables';
import { request } from '../../../lib/graphql-client';
import type { TimePoint } from '../../../lib/time-point';
import { diffVariables } from './get-time-diff';

graphql(`
  fragment MeasureRolesFields on BrokerageRoles {
    total
    coordinator
    itinerant
    gatekeeper
    representative
    liaison
  }
`);

// Apart from the record diff's query: the API computes the measures on both dates' graphs (a second or
// two on a large map), so the record sections show without waiting for them. Fragments are kept
// shallow: the API's depth limit counts each spread. The record ids are asked
// again (cheap) to say whether each evidence tie started, ended or changed.
const MEASURE_DIFF = graphql(`
  query TimeMeasureDiff(
    $workspace: ID!
    $filter: AnalyticsFilter
    $from: String
    $to: String
    $fromPeriod: ID
    $toPeriod: ID
  ) {
    analytics(workspace: $workspace, filter: $filter) {
      diff(from: $from, to: $to, fromPeriod: $fromPeriod, toPeriod: $toPeriod) {
        addedRelationIds
        endedRelationIds
        betweennessMethod
        betweennessErrorBound
        brokerageChanges {
          actorId
          betweennessFrom
          betweennessTo
          delta
          rankFrom
          rankTo
          rolesFrom {
            ...MeasureRolesFields
          }
          rolesTo {
            ...MeasureRolesFields
          }
          actor {
            name
          }
          evidence {
            relations {
              ...DiffRelationFields
            }
          }
        }
        gapsOpened {
          ...MeasureGapFields
        }
        gapsClosed {
          ...MeasureGapFields
        }
        communityChanges {
          kind
          communityIndex
          communitySize
          parts {
            index
            size
            actorIds
            actors {
              name
            }
          }
          evidence {
            relations {
              ...DiffRelationFields
            }
          }
        }
        fundingChanges {
          kind
          funderId
          recipientId
          shareFrom
          shareTo
          funder {
            name
          }
          recipient {
            name
          }
          evidence {
            relations {
              ...DiffRelationFields
            }
          }
        }
        deliveryWithoutVoiceAppeared {
          ...MeasureDeliveryFields
        }
        deliveryWithoutVoiceEnded {
          ...MeasureDeliveryFields
        }
      }
    }
  }
`);

graphql(`
  fragment MeasureGapFields on GapChange {
    theme
    countries
    lowerTier
    upperTier
    fromStatus
    toStatus
    relations {
      ...DiffRelationFields
    }
    evidence {
      relations {
        ...DiffRelationFields
      }
    }
  }
`);

graphql(`
  fragment MeasureDeliveryFields on DeliveryWithoutVoiceChange {
    civilSocietyActorId
    governmentActorId
    civilSocietyActor {
      name
    }
    governmentActor {
      name
    }
    evidence {
      relations {
        ...DiffRelationFields
      }
    }
  }
`);

/**
 * Who gained or lost brokerage, the gaps, communities, funding and delivery-without-voice cases that
 * changed between two points in time (analytics.diff's measure fields), under the view's filters.
 */
export async function getMeasureDiff(
  scope: AnalyticsScope,
  from: TimePoint,
  to: TimePoint,
  signal?: AbortSignal,
): Promise<MeasureDiffAnswer> {
  return (await request(MEASURE_DIFF, diffVariables(scope, from, to), signal)).analytics.diff;
}
