import { RELATION_PROPERTIES } from '../db/queries/projection';
import type { RelationNode } from '../db/queries/relation.queries';
import { endOf, startOf } from '../domain/partial-date';
import type { RelationRecord } from '../domain/relation';

const RECORD_FIELDS = [
  ...RELATION_PROPERTIES,
  'sourceId',
  'targetId',
] as const satisfies readonly (keyof RelationRecord)[];

/** Stored relationship → our record. */
export function toRelationRecord(node: RelationNode): RelationRecord {
  const out: Record<string, unknown> = {};
  for (const field of RECORD_FIELDS) out[field] = node[field] ?? null;
  out.themes = node.themes ?? [];
  out.readers = node.readers ?? [];
  return out as unknown as RelationRecord;
}

/** Properties stored on the relationship: the record minus its ends, plus day keys for as-of filters. */
export function relationProps(record: RelationRecord): Record<string, unknown> {
  const { sourceId: _s, targetId: _t, ...props } = record;
  return {
    ...props,
    sinceKey: record.since ? startOf(record.since) : null,
    untilKey: record.until ? endOf(record.until) : null,
  };
}
