/**
 * The compiled API (api/dist), loaded at run time so the benchmarks type-check against the sources
 * but measure what `npm start` runs.
 */
import path from 'node:path';
import type * as AnalyticsServiceModule from '../../api/src/analytics/analytics-service';
import type * as ConfigModule from '../../api/src/config';
import type * as DriverModule from '../../api/src/db/driver';
import type * as RunQueryModule from '../../api/src/db/run-query';
import type * as LoggerModule from '../../api/src/logger';
import type * as SchemaModule from '../../api/src/schema';
import type * as ServerModule from '../../api/src/server';

export const API_DIST = path.resolve(__dirname, '..', '..', 'api', 'dist');

/**
 * The compiled API's modules. With `production`, NODE_ENV is set in this process before graphql-js
 * loads, as a production server has it: graphql-js reads it once, at load, and otherwise runs its
 * development checks (a cross-realm `instanceOf` test on every type check), which cost about a
 * tenth of the main thread's time in a cold analytics run.
 */
export function compiledApi({ production }: { production: boolean }) {
  if (production) process.env.NODE_ENV = 'production';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(require.resolve('reflect-metadata', { paths: [API_DIST] }));
  const load = <T>(file: string): T => require(path.join(API_DIST, file)) as T; // eslint-disable-line @typescript-eslint/no-require-imports
  return {
    ...load<typeof ConfigModule>('config.js'),
    ...load<typeof DriverModule>('db/driver.js'),
    ...load<typeof RunQueryModule>('db/run-query.js'),
    ...load<typeof LoggerModule>('logger.js'),
    ...load<typeof SchemaModule>('schema.js'),
    ...load<typeof ServerModule>('server.js'),
    ...load<typeof AnalyticsServiceModule>('analytics/analytics-service.js'),
  };
}
