import neo4j from 'neo4j-driver';

/**
 * Converts driver values (Integer, temporal types, nodes, relationships, lists, maps) into plain
 * JSON-able values so that driver types never leave db/. Integers outside the safe range become
 * strings rather than silently losing precision. Lists and maps are converted in place: they are the
 * driver's fresh decoding of one result, owned by nobody else, and a whole-graph read holds about
 * 100,000 of them, so copying each would double the garbage of the read.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most of every result: return them before the type probes.
  if (typeof value !== 'object' && typeof value !== 'bigint') return value;
  if (neo4j.isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (typeof value === 'bigint') {
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) {
    return toPlain(value.properties);
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (typeof value === 'object') {
    const map = value as Record<string, unknown>;
    for (const key of Object.keys(map)) map[key] = toPlain(map[key]);
    return map;
  }
  return value;
}
