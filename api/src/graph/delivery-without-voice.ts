import type { GraphData, GraphRelation } from './analytics-graph';
import { indexActors, usableRelations } from './analytics-graph';
import { ENGAGEMENT_LEVELS } from '../domain/vocabulary';

export interface DeliveryWithoutVoice {
  civilSocietyActorId: string;
  governmentActorId: string;
  /** DELIVERS_SERVICES_FOR relations from the civil-society actor to the government actor. */
  deliveryRelationIds: string[];
  /** CONTRACTS relations from the government actor to the civil-society actor. */
  contractRelationIds: string[];
}

const CONSULT_RANK = ENGAGEMENT_LEVELS.indexOf('CONSULT');

/**
 * Delivery without voice (PRODUCT.md §4.5): civil-society actors C that deliver services for, or are
 * contracted by, a government actor G, while no CONSULTS or ADVOCATES_TO relation joins C and G in
 * either direction and no relation between them of any type has engagement CONSULT or higher (IAP2).
 * Direction matters for the delivery side: DELIVERS_SERVICES_FOR must run C → G and CONTRACTS G → C,
 * unless the relation is recorded as undirected. The voice side counts whatever its mode, since a
 * confrontational advocate still has a voice. One row per (C, G) pair, ordered by C then G.
 */
export function deliveryWithoutVoice(data: Readonly<GraphData>): DeliveryWithoutVoice[] {
  const actors = indexActors(data);
  const sectorOf = (id: string) => actors.get(id)?.sector;
  const pairKey = (c: string, g: string): string => `${c}\u0000${g}`;
  const rows = new Map<string, DeliveryWithoutVoice>();
  const voiced = new Set<string>();

  const runs = (r: GraphRelation, from: string, to: string): boolean =>
    (r.source === from && r.target === to) || (!r.directed && r.source === to && r.target === from);
  const row = (c: string, g: string): DeliveryWithoutVoice => {
    const key = pairKey(c, g);
    const existing = rows.get(key);
    if (existing) return existing;
    const created: DeliveryWithoutVoice = {
      civilSocietyActorId: c,
      governmentActorId: g,
      deliveryRelationIds: [],
      contractRelationIds: [],
    };
    rows.set(key, created);
    return created;
  };

  for (const r of usableRelations(data)) {
    const ends = [r.source, r.target];
    const c = ends.find((id) => sectorOf(id) === 'CIVIL_SOCIETY');
    const g = ends.find((id) => id !== c && sectorOf(id) === 'GOVERNMENT');
    if (c === undefined || g === undefined) continue;
    const engaged = r.engagement !== null && ENGAGEMENT_LEVELS.indexOf(r.engagement) >= CONSULT_RANK;
    if (r.type === 'CONSULTS' || r.type === 'ADVOCATES_TO' || engaged) voiced.add(pairKey(c, g));
    if (r.type === 'DELIVERS_SERVICES_FOR' && runs(r, c, g)) row(c, g).deliveryRelationIds.push(r.id);
    if (r.type === 'CONTRACTS' && runs(r, g, c)) row(c, g).contractRelationIds.push(r.id);
  }
  return [...rows.entries()]
    .filter(([key]) => !voiced.has(key))
    .map(([, value]) => ({
      ...value,
      deliveryRelationIds: [...value.deliveryRelationIds].sort(),
      contractRelationIds: [...value.contractRelationIds].sort(),
    }))
    .sort((a, b) =>
      a.civilSocietyActorId !== b.civilSocietyActorId
        ? a.civilSocietyActorId < b.civilSocietyActorId
          ? -1
          : 1
        : a.governmentActorId < b.governmentActorId
          ? -1
          : a.governmentActorId > b.governmentActorId
            ? 1
            : 0,
    );
}
