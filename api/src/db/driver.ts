import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config';

/**
 * One driver per process; the pool is shared by every request. Retries are not the driver's (see
 * Database): a connection attempt gives up after `connectTimeoutMs`, and waiting for a free pooled
 * connection (all 50 busy) after at least 5 s, so that an unreachable database is noticed quickly
 * without a busy one being taken for a dead one.
 */
export function createDriver(config: Pick<Config['neo4j'], 'uri' | 'user' | 'password' | 'connectTimeoutMs'>): Driver {
  const auth =
    config.user !== undefined && config.password !== undefined
      ? neo4j.auth.basic(config.user, config.password)
      : undefined; // no token: the local database runs with auth off on loopback
  return neo4j.driver(config.uri, auth, {
    disableLosslessIntegers: false,
    connectionTimeout: config.connectTimeoutMs,
    connectionAcquisitionTimeout: Math.max(5000, config.connectTimeoutMs * 2),
    maxConnectionPoolSize: 50,
    userAgent: 'tiermap-api',
  });
}
