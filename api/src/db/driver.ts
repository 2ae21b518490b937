import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config';

/** One driver per process; the pool is shared by every request. */
export function createDriver(config: Config['neo4j']): Driver {
  const auth =
    config.user !== undefined && config.password !== undefined
      ? neo4j.auth.basic(config.user, config.password)
      : undefined; // no token: the local database runs with auth off on loopback
  return neo4j.driver(config.uri, auth, {
    disableLosslessIntegers: false,
    maxTransactionRetryTime: config.retryMs,
    connectionTimeout: config.connectTimeoutMs,
    connectionAcquisitionTimeout: config.connectTimeoutMs * 2,
    maxConnectionPoolSize: 50,
    userAgent: 'tiermap-api',
  });
}
