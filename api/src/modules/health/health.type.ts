import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';

export enum HealthStatus {
  OK = 'OK',
  DEGRADED = 'DEGRADED',
}
registerEnumType(HealthStatus, {
  name: 'HealthStatus',
  description: 'OK when the API and its database both answer; DEGRADED when the database does not.',
});

@ObjectType({ description: 'The database as the API sees it right now.' })
export class Neo4jHealth {
  @Field(() => Boolean, { description: 'Whether the API could run a query on the database just now.' })
  connected!: boolean;

  @Field(() => String, { nullable: true, description: 'Neo4j version reported by `dbms.components()`, e.g. 5.26.30.' })
  version!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Neo4j edition reported by the database: community or enterprise.',
  })
  edition!: string | null;

  @Field(() => Float, { nullable: true, description: 'Round-trip time of the health query in milliseconds.' })
  latencyMs!: number | null;
}

@ObjectType({ description: 'Liveness of the API and its database.' })
export class Health {
  @Field(() => HealthStatus, { description: 'OK, or DEGRADED when the database cannot be reached.' })
  status!: HealthStatus;

  @Field(() => Neo4jHealth, { description: 'The database connection.' })
  neo4j!: Neo4jHealth;
}
