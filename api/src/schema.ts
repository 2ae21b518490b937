import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { HealthResolver } from './modules/health/health.resolver';

/** Every resolver class of the API; the schema is built from these. */
export const RESOLVERS = [HealthResolver] as const;

/** Builds the executable schema from the decorated classes. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [...RESOLVERS], validate: false });
}
