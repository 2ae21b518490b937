/**
 * A small Greek reception ecosystem, built through the API's own mutations, whose analytics can be
 * worked out by hand. Nine actors (one RESTRICTED), fourteen relations (one RESTRICTED):
 *
 *   A1 Athens Municipality      LOCAL  GR  reception, integration-inclusion
 *   A2 Greek Refugee NGO        LOCAL  GR  reception
 *   A3 Ministry of Migration    NATIONAL GR reception, integration-inclusion
 *   A4 UNHCR                    GLOBAL     reception, protection
 *   A5 Hidden Shelter           LOCAL  GR  reception            (RESTRICTED)
 *   A6 Hellenic Foundation      NATIONAL GR integration-inclusion
 *   A7 Greek Diaspora Union     LOCAL  DE  integration-inclusion, origins GR
 *   A8 EU Asylum Agency         SUPRANATIONAL reception
 *   A9 Lonely Forum             GLOBAL     protection           (no relations)
 *
 *   R1  A2 DELIVERS_SERVICES_FOR A1  reception, since 2018      (delivery without voice)
 *   R3  A3 COORDINATES A8           reception
 *   R4  A8 PARTNERS_WITH A4         reception, 2015–2019
 *   R5  A5 PARTNERS_WITH A3         reception                   (hidden end: closes LOCAL–NATIONAL for editors)
 *   R6  A6 FUNDS A2   1000 EUR      reception
 *   R7  A6 FUNDS A7   3000 EUR      integration-inclusion
 *   R8  A3 FUNDS A7   1000 EUR      integration-inclusion
 *   R9  A7 CHALLENGES A3            CONFRONTATION               (not cooperative)
 *   R10 A1 CONSULTS A3              integration-inclusion, since 2021, engagement CONSULT
 *   R11 A1 CONTRACTS A7
 *   R12 A7 ADVOCATES_TO A1                                      (voice: no delivery-without-voice row)
 *   R13 A1 PARTNERS_WITH A4         (RESTRICTED relation between public actors)
 *   R14 A6 FUNDS A5    500 EUR      reception
 *   R15 A3 SUPPORTS A8              until 2010, confidence 0.4  (ended long ago)
 */
import { closeAnalyticsService } from '../../../api/src/analytics/analytics-service';
import { applyMigrations } from '../../../api/src/db/migrations';
import { startTestApi, type GraphQLAnswer, type TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

export const ANONYMOUS = { headers: { 'x-tiermap-viewer': 'anonymous' } };

type ActorKey = 'A1' | 'A2' | 'A3' | 'A4' | 'A5' | 'A6' | 'A7' | 'A8' | 'A9';
type RelationKey = `R${1 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15}`;

const ACTORS: Record<ActorKey, Record<string, unknown>> = {
  A1: {
    name: 'Athens Municipality',
    kind: 'MUNICIPALITY',
    tier: 'LOCAL',
    country: 'GR',
    themes: ['reception', 'integration-inclusion'],
  },
  A2: { name: 'Greek Refugee NGO', kind: 'NGO', tier: 'LOCAL', country: 'GR', themes: ['reception'] },
  A3: {
    name: 'Ministry of Migration',
    kind: 'MINISTRY',
    tier: 'NATIONAL',
    country: 'GR',
    themes: ['reception', 'integration-inclusion'],
  },
  A4: { name: 'UNHCR', kind: 'UN_AGENCY', tier: 'GLOBAL', themes: ['reception', 'protection'] },
  A5: {
    name: 'Hidden Shelter',
    kind: 'NGO',
    tier: 'LOCAL',
    country: 'GR',
    themes: ['reception'],
    visibility: 'RESTRICTED',
  },
  A6: {
    name: 'Hellenic Foundation',
    kind: 'FOUNDATION',
    tier: 'NATIONAL',
    country: 'GR',
    themes: ['integration-inclusion'],
  },
  A7: {
    name: 'Greek Diaspora Union',
    kind: 'DIASPORA_ORGANISATION',
    tier: 'LOCAL',
    country: 'DE',
    originCountries: ['GR'],
    themes: ['integration-inclusion'],
  },
  A8: { name: 'EU Asylum Agency', kind: 'EU_BODY', tier: 'SUPRANATIONAL', themes: ['reception'] },
  A9: { name: 'Lonely Forum', kind: 'FORUM_OR_MECHANISM', tier: 'GLOBAL', themes: ['protection'] },
};

const RELATIONS: Record<RelationKey, [ActorKey, string, ActorKey, Record<string, unknown>]> = {
  R1: ['A2', 'DELIVERS_SERVICES_FOR', 'A1', { themes: ['reception'], since: '2018' }],
  R3: ['A3', 'COORDINATES', 'A8', { themes: ['reception'] }],
  R4: ['A8', 'PARTNERS_WITH', 'A4', { themes: ['reception'], since: '2015', until: '2019' }],
  R5: ['A5', 'PARTNERS_WITH', 'A3', { themes: ['reception'] }],
  R6: ['A6', 'FUNDS', 'A2', { themes: ['reception'], amount: 1000, currency: 'EUR' }],
  R7: ['A6', 'FUNDS', 'A7', { themes: ['integration-inclusion'], amount: 3000, currency: 'EUR' }],
  R8: ['A3', 'FUNDS', 'A7', { themes: ['integration-inclusion'], amount: 1000, currency: 'EUR' }],
  R9: ['A7', 'CHALLENGES', 'A3', { mode: 'CONFRONTATION' }],
  R10: ['A1', 'CONSULTS', 'A3', { themes: ['integration-inclusion'], since: '2021', engagement: 'CONSULT' }],
  R11: ['A1', 'CONTRACTS', 'A7', {}],
  R12: ['A7', 'ADVOCATES_TO', 'A1', {}],
  R13: ['A1', 'PARTNERS_WITH', 'A4', { visibility: 'RESTRICTED' }],
  R14: ['A6', 'FUNDS', 'A5', { themes: ['reception'], amount: 500, currency: 'EUR' }],
  R15: ['A3', 'SUPPORTS', 'A8', { until: '2010', confidence: 0.4 }],
};

export interface AnalyticsCall {
  asOf?: string;
  filter?: Record<string, unknown>;
  anonymous?: boolean;
  /** Workspace id or slug; the fixture's workspace unless given. */
  workspace?: string;
}

export interface AnalyticsFixture {
  api: TestApi;
  workspace: TestWorkspace;
  actor: Record<ActorKey, string>;
  relation: Record<RelationKey, string>;
  /** The actor key of a server id (to read answers back in the fixture's terms). */
  keyOf(id: string): string;
  /** Runs `analytics(workspace, asOf, filter) { <selection> }`, as an anonymous visitor when asked. */
  analytics<T = Record<string, unknown>>(
    selection: string,
    options?: AnalyticsCall,
  ): Promise<GraphQLAnswer<{ analytics: T }>>;
  close(): Promise<void>;
}

/** Starts a migrated test API and builds the fixture in a fresh workspace. */
export async function buildAnalyticsFixture(label: string): Promise<AnalyticsFixture> {
  const api = await startTestApi();
  await applyMigrations(api.db);
  const workspace = await createTestWorkspace(api, label);
  const actor = {} as Record<ActorKey, string>;
  for (const [key, input] of Object.entries(ACTORS) as [ActorKey, Record<string, unknown>][]) {
    const answer = await api.gql<{ createActor: { id: string } }>(
      'mutation($ws: ID!, $input: ActorInput!) { createActor(workspace: $ws, input: $input) { id } }',
      { ws: workspace.id, input },
    );
    actor[key] = dataOf(answer).createActor.id;
  }
  const relation = {} as Record<RelationKey, string>;
  for (const [key, [source, type, target, rest]] of Object.entries(RELATIONS) as [
    RelationKey,
    (typeof RELATIONS)[RelationKey],
  ][]) {
    const answer = await api.gql<{ createRelation: { id: string } }>(
      'mutation($ws: ID!, $input: RelationInput!) { createRelation(workspace: $ws, input: $input) { id } }',
      { ws: workspace.id, input: { type, sourceId: actor[source], targetId: actor[target], ...rest } },
    );
    relation[key] = dataOf(answer).createRelation.id;
  }
  const names = new Map<string, string>([
    ...Object.entries(actor).map(([key, id]) => [id, key] as [string, string]),
    ...Object.entries(relation).map(([key, id]) => [id, key] as [string, string]),
  ]);
  return {
    api,
    workspace,
    actor,
    relation,
    keyOf: (id) => names.get(id) ?? id,
    analytics: (selection, options = {}) =>
      api.gql(
        `query($ws: ID!, $asOf: String, $filter: AnalyticsFilter) {
           analytics(workspace: $ws, asOf: $asOf, filter: $filter) { ${selection} }
         }`,
        { ws: options.workspace ?? workspace.id, asOf: options.asOf ?? null, filter: options.filter ?? null },
        options.anonymous ? ANONYMOUS : {},
      ),
    close: async () => {
      await workspace.remove();
      await closeAnalyticsService(api.db);
      await api.close();
    },
  };
}
