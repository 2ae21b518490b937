import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';

@ObjectType({
  description:
    'A named period of a workspace (a government, a legislature, a national plan); analytics(period:) and diff(fromPeriod:, toPeriod:) take one instead of dates.',
})
export class Period {
  @Field(() => ID, { description: 'Stable server-made id.' })
  id!: string;

  @Field(() => ID, { description: 'The workspace it belongs to.' })
  workspaceId!: string;

  @Field(() => String, { description: 'Its name, e.g. "Second Tsipras government".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What kind of period, in the workspace’s words.' })
  kind!: string | null;

  @Field(() => String, { description: 'First day: YYYY, YYYY-MM or YYYY-MM-DD.' })
  since!: string;

  @Field(() => String, { nullable: true, description: 'Last day; null while it runs. Answers as of it read this day.' })
  until!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was named.' })
  createdAt!: string;

  @Field(() => String, { description: 'Who named it.' })
  createdBy!: string;
}

@InputType({ description: 'A new named period.' })
export class PeriodInput {
  @Field(() => String, { description: 'Name, 1–200 characters.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Kind, e.g. government, legislature, plan.' })
  kind?: string | null;

  @Field(() => String, { description: 'First day: YYYY, YYYY-MM or YYYY-MM-DD.' })
  since!: string;

  @Field(() => String, { nullable: true, description: 'Last day, not before since; empty while it runs.' })
  until?: string | null;
}
