import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from './modules/account/account.resolver';
import { ActorIdentifiersResolver } from './modules/actor/actor-identifiers.resolver';
import { ActorResolver } from './modules/actor/actor.resolver';
import { DuplicateResolver } from './modules/duplicate/duplicate.resolver';
import { ANALYTICS_RESOLVERS } from './modules/analytics/analytics.resolver';
import { ChangeResolver } from './modules/change/change.resolver';
import { HealthResolver } from './modules/health/health.resolver';
import { FileImportResolver } from './modules/import/file-import.resolver';
import { ImportResolver } from './modules/import/import.resolver';
import { MapGraphResolver, MapRelationColumnsResolver } from './modules/map-graph/map-graph.resolver';
import { NeighbourhoodNodeResolver, NeighbourhoodResolver } from './modules/neighbourhood/neighbourhood.resolver';
import { RelationResolver } from './modules/relation/relation.resolver';
import { SourceResolver } from './modules/source/source.resolver';
import { PeriodResolver } from './modules/period/period.resolver';
import { SuccessionResolver } from './modules/succession/succession.resolver';
import { VocabularyResolver } from './modules/vocabulary/vocabulary.resolver';
import { WorkspaceResolver } from './modules/workspace/workspace.resolver';

/** Every resolver class of the API; the schema is built from these. */
export const RESOLVERS = [
  HealthResolver,
  AccountResolver,
  VocabularyResolver,
  WorkspaceResolver,
  ActorResolver,
  ActorIdentifiersResolver,
  DuplicateResolver,
  RelationResolver,
  SourceResolver,
  ChangeResolver,
  SuccessionResolver,
  PeriodResolver,
  ImportResolver,
  FileImportResolver,
  NeighbourhoodResolver,
  NeighbourhoodNodeResolver,
  MapGraphResolver,
  MapRelationColumnsResolver,
  ...ANALYTICS_RESOLVERS,
] as const;

/** Builds the executable schema from the decorated classes. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [...RESOLVERS], validate: false });
}
