import { Field, ID, ObjectType } from 'type-graphql';
import type { AnalyticsFilter } from '../../analytics/analytics-job';
import type { AnalyticsScope } from '../../analytics/analytics-service';

@ObjectType({
  simpleResolvers: true,
  description:
    'Analyses of a workspace as the viewer may see it (hidden actors never appear, not even in counts or paths), as of a date and under a filter. Each field is computed only when selected, once per data revision, and then served from a cache until the workspace changes.',
})
export class Analytics {
  @Field(() => ID, { description: 'The workspace analysed.' })
  workspaceId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The date the analyses are as of (YYYY-MM-DD); null for all relations whatever their dates.',
  })
  asOf!: string | null;

  @Field(() => String, {
    description: 'The data revision the answers are computed on; it changes with every write to the workspace.',
  })
  revision!: string;

  /** The request's workspace, viewer and revision (not part of the schema). */
  scope!: AnalyticsScope;

  /** The normalised filter, as-of date included (not part of the schema). */
  filter!: AnalyticsFilter;
}
