import { RELATION_PROPERTIES } from '../db/queries/projection';
import type { RelationNode } from '../db/queries/relation.queries';
import { endOf, startOf } from '../domain/partial-date';
import type { RelationRecord, RelationStateRecord } from '../domain/relation';

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
  out.states = typeof node.states === 'string' ? (JSON.parse(node.states) as RelationStateRecord[]) : [];
  return out as unknown as RelationRecord;
}

/** Properties stored on the relationship: the record minus its ends, plus day keys for as-of filters; states as JSON text. */
export function relationProps(record: RelationRecord): Record<string, unknown> {
  const { sourceId: _s, targetId: _t, ...props } = record;
  return {
    ...props,
    // A list of maps is no Neo4j property type: the states are stored as JSON text (docs/adr/0024).
    states: record.states.length > 0 ? JSON.stringify(record.states) : null,
    sinceKey: record.since ? startOf(record.since) : null,
    untilKey: record.until ? endOf(record.until) : null,
  };
}
