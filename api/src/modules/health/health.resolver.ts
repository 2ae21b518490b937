import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../../context';
import { readDatabaseInfo } from '../../repositories/system.repository';
import { Health, HealthStatus } from './health.type';

@Resolver(() => Health)
export class HealthResolver {
  @Query(() => Health, {
    description: 'Whether the API and its database are up; never fails, reports DEGRADED instead.',
  })
  async health(@Ctx() { db, logger }: ApiContext): Promise<Health> {
    const started = performance.now();
    try {
      const info = await readDatabaseInfo(db);
      return {
        status: HealthStatus.OK,
        neo4j: {
          connected: true,
          version: info.version,
          edition: info.edition,
          latencyMs: Math.round(performance.now() - started),
        },
      };
    } catch (error) {
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'health: database unreachable');
      return {
        status: HealthStatus.DEGRADED,
        neo4j: { connected: false, version: null, edition: null, latencyMs: null },
      };
    }
  }
}
