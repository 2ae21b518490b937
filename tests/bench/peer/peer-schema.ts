import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';

/** The peer's type definitions (peer-type-defs.graphql). */
export const PEER_TYPE_DEFS = readFileSync(path.join(__dirname, 'peer-type-defs.graphql'), 'utf8');

/**
 * The Neo4j GraphQL Library's generated schema over Tiermap's stored actors and relations. No
 * authorization rules or subscriptions are declared, so neither is active; queries and the generated
 * mutations run as the library compiles them, one Cypher statement per request.
 */
export function createPeerSchema(driver: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
}
