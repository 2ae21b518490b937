import { DateTimeISOResolver, JSONObjectResolver } from 'graphql-scalars';

/** Timestamps are stored and served as ISO 8601 strings in UTC. */
export const DateTimeScalar = DateTimeISOResolver;
/** Free-form JSON objects (change snapshots). */
export const JSONObjectScalar = JSONObjectResolver;
