import {
  createActor,
  createRelation,
  createSource,
  errorOf,
  startMigratedTestApi,
  workspaceCounts,
  type ActorData,
  type RelationData,
  type SourceData,
  type WorkspaceCounts,
} from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

const CREATE_ACTOR = 'mutation($ws: ID!, $input: ActorInput!) { createActor(workspace: $ws, input: $input) { id } }';
const UPDATE_ACTOR =
  'mutation($id: ID!, $input: ActorPatch!) { updateActor(id: $id, input: $input, expectedVersion: 1) { id } }';
const CREATE_RELATION =
  'mutation($ws: ID!, $input: RelationInput!) { createRelation(workspace: $ws, input: $input) { id } }';
const UPDATE_RELATION =
  'mutation($id: ID!, $input: RelationPatch!) { updateRelation(id: $id, input: $input, expectedVersion: 1) { id } }';
const CREATE_SOURCE = 'mutation($id: ID!, $input: SourceInput!) { createSource(subjectId: $id, input: $input) { id } }';
const UPDATE_SOURCE =
  'mutation($id: ID!, $input: SourceInput!) { updateSource(id: $id, input: $input, expectedVersion: 1) { id } }';
const CREATE_WORKSPACE = 'mutation($input: WorkspaceInput!) { createWorkspace(input: $input) { id } }';
const ADD_THEMES =
  'mutation($ws: String!, $themes: [ThemeInput!]!) { addThemes(workspace: $ws, themes: $themes) { id } }';
const LIST_ACTORS = `query($ws: ID!, $first: Int, $search: String, $filter: ActorFilter, $after: String) {
  actors(workspace: $ws, first: $first, search: $search, filter: $filter, after: $after) { totalCount }
}`;
const LIST_RELATIONS = `query($ws: ID!, $first: Int, $filter: RelationListFilter) {
  relations(workspace: $ws, first: $first, filter: $filter) { totalCount }
}`;
const ACTOR_RELATIONS =
  'query($id: ID!, $filter: RelationFilter) { actor(id: $id) { id relations(filter: $filter) { id } } }';
const HISTORY = 'query($id: ID!, $first: Int) { history(entityId: $id, first: $first) { id } }';

/** The ids the cases refer to, filled in by beforeAll. */
interface Fixture {
  ws: string;
  otherWs: string;
  a: string;
  b: string;
  c: string;
  deleted: string;
  outsider: string;
  funds: string;
  advocates: string;
  source: string;
}

interface BadInput {
  /** What is wrong, as the test title says it. */
  name: string;
  query: string;
  variables: (f: Fixture) => Record<string, unknown>;
  code?: 'BAD_USER_INPUT' | 'NOT_FOUND';
  /** extensions.field; absent for errors raised by GraphQL's own coercion (they have no field). */
  field?: string;
  /** A substring of the message. */
  reason?: string;
}

const long = (n: number, char = 'a') => char.repeat(n);
const many = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i));

const actor = (input: Record<string, unknown>) => (f: Fixture) => ({
  ws: f.ws,
  input: { name: 'Valid Name', kind: 'NGO', tier: 'LOCAL', ...input },
});
const relation = (input: (f: Fixture) => Record<string, unknown>) => (f: Fixture) => ({
  ws: f.ws,
  input: { type: 'SUPPORTS', sourceId: f.a, targetId: f.b, ...input(f) },
});
const funds = (input: Record<string, unknown>) =>
  relation((f) => ({ type: 'FUNDS', sourceId: f.c, targetId: f.b, ...input }));

// One case per line reads as a table; prettier would spread each over eight lines.
// prettier-ignore
const ACTOR_CASES: BadInput[] = [
  { name: 'an empty name', query: CREATE_ACTOR, variables: actor({ name: '' }), field: 'input.name', reason: 'is required' },
  { name: 'a blank name', query: CREATE_ACTOR, variables: actor({ name: '   ' }), field: 'input.name', reason: 'is required' },
  { name: 'a 301-character name', query: CREATE_ACTOR, variables: actor({ name: long(301) }), field: 'input.name', reason: 'at most 300' },
  { name: 'a control character in the name', query: CREATE_ACTOR, variables: actor({ name: 'Bad\u0007Name' }), field: 'input.name', reason: 'control characters' },
  { name: '51 aliases', query: CREATE_ACTOR, variables: actor({ aliases: many(51, (i) => `alias ${i}`) }), field: 'input.aliases', reason: 'at most 50 items' },
  { name: 'an empty alias', query: CREATE_ACTOR, variables: actor({ aliases: ['ok', ''] }), field: 'input.aliases.1', reason: 'must not be empty' },
  { name: 'a blank alias', query: CREATE_ACTOR, variables: actor({ aliases: ['  '] }), field: 'input.aliases.0', reason: 'must not be empty' },
  { name: 'a 301-character alias', query: CREATE_ACTOR, variables: actor({ aliases: [long(301)] }), field: 'input.aliases.0', reason: 'at most 300' },
  { name: 'a control character in an alias', query: CREATE_ACTOR, variables: actor({ aliases: ['A\u0000B'] }), field: 'input.aliases.0', reason: 'control characters' },
  { name: 'an unassigned country XX', query: CREATE_ACTOR, variables: actor({ country: 'XX' }), field: 'input.country', reason: 'ISO 3166-1 alpha-2' },
  { name: 'a lower-case country gr', query: CREATE_ACTOR, variables: actor({ country: 'gr' }), field: 'input.country', reason: 'ISO 3166-1 alpha-2' },
  { name: 'an alpha-3 country GRC', query: CREATE_ACTOR, variables: actor({ country: 'GRC' }), field: 'input.country', reason: 'ISO 3166-1 alpha-2' },
  { name: 'an empty country', query: CREATE_ACTOR, variables: actor({ country: '' }), field: 'input.country', reason: 'ISO 3166-1 alpha-2' },
  { name: 'a bad origin country', query: CREATE_ACTOR, variables: actor({ originCountries: ['SN', 'ZZ'] }), field: 'input.originCountries.1', reason: '"ZZ"' },
  { name: '51 origin countries', query: CREATE_ACTOR, variables: actor({ originCountries: many(51, (i) => `C${i}`) }), field: 'input.originCountries', reason: 'at most 50 items' },
  { name: 'an unknown theme', query: CREATE_ACTOR, variables: actor({ themes: ['reception', 'astrology'] }), field: 'input.themes.1', reason: 'is not a theme of this workspace' },
  { name: '31 themes', query: CREATE_ACTOR, variables: actor({ themes: many(31, (i) => `theme-${i}`) }), field: 'input.themes', reason: 'at most 30 items' },
  { name: 'a website without a scheme', query: CREATE_ACTOR, variables: actor({ website: 'www.example.org' }), field: 'input.website', reason: 'absolute http(s) URL' },
  { name: 'an ftp website', query: CREATE_ACTOR, variables: actor({ website: 'ftp://example.org' }), field: 'input.website', reason: 'absolute http(s) URL' },
  { name: 'a website on a dotless host', query: CREATE_ACTOR, variables: actor({ website: 'http://localhost' }), field: 'input.website', reason: 'absolute http(s) URL' },
  { name: 'a javascript: website', query: CREATE_ACTOR, variables: actor({ website: 'javascript:alert(1)' }), field: 'input.website', reason: 'absolute http(s) URL' },
  { name: 'a website over 2000 characters', query: CREATE_ACTOR, variables: actor({ website: `https://example.org/${long(2000)}` }), field: 'input.website', reason: 'at most 2000' },
  { name: 'a two-digit founded year', query: CREATE_ACTOR, variables: actor({ founded: '18' }), field: 'input.founded', reason: 'YYYY, YYYY-MM or YYYY-MM-DD' },
  { name: 'founded in month 13', query: CREATE_ACTOR, variables: actor({ founded: '2018-13' }), field: 'input.founded', reason: '"2018-13"' },
  { name: 'founded on 30 February', query: CREATE_ACTOR, variables: actor({ founded: '2018-02-30' }), field: 'input.founded', reason: '"2018-02-30"' },
  { name: 'founded with a one-digit month', query: CREATE_ACTOR, variables: actor({ founded: '2018-5' }), field: 'input.founded', reason: 'YYYY' },
  { name: 'an externalId with spaces', query: CREATE_ACTOR, variables: actor({ externalId: 'has spaces' }), field: 'input.externalId', reason: 'letters, digits' },
  { name: 'a 201-character externalId', query: CREATE_ACTOR, variables: actor({ externalId: long(201) }), field: 'input.externalId', reason: '1–200 characters' },
  { name: 'an externalId starting with a hyphen', query: CREATE_ACTOR, variables: actor({ externalId: '-x1' }), field: 'input.externalId', reason: 'starting with a letter or digit' },
  { name: 'a 5001-character description', query: CREATE_ACTOR, variables: actor({ description: long(5001) }), field: 'input.description', reason: 'at most 5000' },
  { name: 'an empty city', query: CREATE_ACTOR, variables: actor({ city: '' }), field: 'input.city', reason: 'must not be empty' },
  { name: 'a 201-character city', query: CREATE_ACTOR, variables: actor({ city: long(201) }), field: 'input.city', reason: 'at most 200' },
  { name: 'an unknown workspace', query: CREATE_ACTOR, variables: (f) => ({ ...actor({})(f), ws: 'no-such-workspace' }), code: 'NOT_FOUND', field: 'workspace', reason: 'no-such-workspace' },
  { name: 'an unknown kind (GraphQL coercion)', query: CREATE_ACTOR, variables: actor({ kind: 'SPACESHIP' }) },
  { name: 'an unknown tier (GraphQL coercion)', query: CREATE_ACTOR, variables: actor({ tier: 'PLANETARY' }) },
  { name: 'an unknown visibility (GraphQL coercion)', query: CREATE_ACTOR, variables: actor({ visibility: 'SECRET' }) },
  { name: 'a missing name (GraphQL coercion)', query: CREATE_ACTOR, variables: actor({ name: null }) },
  { name: 'a list where a string is expected (GraphQL coercion)', query: CREATE_ACTOR, variables: actor({ country: ['GR'] }) },
];

// prettier-ignore
const RELATION_CASES: BadInput[] = [
  { name: 'an empty sourceId', query: CREATE_RELATION, variables: relation(() => ({ sourceId: '' })), field: 'input.sourceId', reason: 'is required' },
  { name: 'an unknown sourceId', query: CREATE_RELATION, variables: relation(() => ({ sourceId: 'no-such-actor' })), field: 'input.sourceId', reason: 'no actor with id no-such-actor' },
  { name: 'an unknown targetId', query: CREATE_RELATION, variables: relation(() => ({ targetId: 'no-such-actor' })), field: 'input.targetId', reason: 'no actor with id' },
  { name: 'a target in another workspace', query: CREATE_RELATION, variables: relation((f) => ({ targetId: f.outsider })), field: 'input.targetId', reason: 'same workspace' },
  { name: 'a deleted target', query: CREATE_RELATION, variables: relation((f) => ({ targetId: f.deleted })), field: 'input.targetId', reason: 'is deleted' },
  { name: 'a self-relation', query: CREATE_RELATION, variables: relation((f) => ({ targetId: f.a })), field: 'input.targetId', reason: 'must differ from sourceId' },
  { name: 'since after until (2019 vs 2018-12)', query: CREATE_RELATION, variables: relation(() => ({ since: '2019', until: '2018-12' })), field: 'input.until', reason: 'must not be before since' },
  { name: 'since after until (same month, later day)', query: CREATE_RELATION, variables: relation(() => ({ since: '2019-05-20', until: '2019-05-19' })), field: 'input.until', reason: 'must not be before since' },
  { name: 'a since in month 13', query: CREATE_RELATION, variables: relation(() => ({ since: '2019-13' })), field: 'input.since', reason: 'YYYY, YYYY-MM or YYYY-MM-DD' },
  { name: 'an until on 29 February of a common year', query: CREATE_RELATION, variables: relation(() => ({ until: '2019-02-29' })), field: 'input.until', reason: '"2019-02-29"' },
  { name: 'a since in words', query: CREATE_RELATION, variables: relation(() => ({ since: 'last year' })), field: 'input.since', reason: 'YYYY' },
  { name: 'a confidence of -0.1', query: CREATE_RELATION, variables: relation(() => ({ confidence: -0.1 })), field: 'input.confidence', reason: 'from 0 to 1' },
  { name: 'a confidence of 1.5', query: CREATE_RELATION, variables: relation(() => ({ confidence: 1.5 })), field: 'input.confidence', reason: 'from 0 to 1' },
  { name: 'a strength of 0', query: CREATE_RELATION, variables: relation(() => ({ strength: 0 })), field: 'input.strength', reason: 'whole number from 1 to 5' },
  { name: 'a strength of 6', query: CREATE_RELATION, variables: relation(() => ({ strength: 6 })), field: 'input.strength', reason: 'whole number from 1 to 5' },
  { name: 'a strength of 2.5 (GraphQL coercion)', query: CREATE_RELATION, variables: relation(() => ({ strength: 2.5 })) },
  { name: 'a negative amount', query: CREATE_RELATION, variables: funds({ amount: -1, currency: 'EUR' }), field: 'input.amount', reason: 'from 0' },
  { name: 'an amount on a non-FUNDS type', query: CREATE_RELATION, variables: relation(() => ({ amount: 10, currency: 'EUR' })), field: 'input.amount', reason: 'only FUNDS relations carry an amount' },
  { name: 'a currency without an amount', query: CREATE_RELATION, variables: funds({ currency: 'EUR' }), field: 'input.amount', reason: 'is required when a currency is given' },
  { name: 'an amount without a currency', query: CREATE_RELATION, variables: funds({ amount: 10 }), field: 'input.currency', reason: 'is required when an amount is given' },
  { name: 'a lower-case currency eur', query: CREATE_RELATION, variables: funds({ amount: 10, currency: 'eur' }), field: 'input.currency', reason: 'ISO 4217' },
  { name: 'a made-up currency EURO', query: CREATE_RELATION, variables: funds({ amount: 10, currency: 'EURO' }), field: 'input.currency', reason: 'ISO 4217' },
  { name: '5001-character notes', query: CREATE_RELATION, variables: relation(() => ({ notes: long(5001) })), field: 'input.notes', reason: 'at most 5000' },
  { name: 'an unknown relation theme', query: CREATE_RELATION, variables: relation(() => ({ themes: ['astrology'] })), field: 'input.themes.0', reason: 'is not a theme' },
  { name: 'a bad relation externalId', query: CREATE_RELATION, variables: relation(() => ({ externalId: 'a b' })), field: 'input.externalId', reason: 'letters, digits' },
  { name: 'an identical active relation (overlapping period)', query: CREATE_RELATION, variables: funds({ since: '2019-06' }), field: 'input', reason: 'an identical active FUNDS relation' },
  { name: 'an identical active relation (no period)', query: CREATE_RELATION, variables: funds({}), field: 'input', reason: 'already exists' },
  { name: 'the reverse of an undirected relation', query: CREATE_RELATION, variables: relation((f) => ({ type: 'PARTNERS_WITH', sourceId: f.b, targetId: f.a })), field: 'input', reason: 'an identical active PARTNERS_WITH relation' },
  { name: 'an unknown relation type (GraphQL coercion)', query: CREATE_RELATION, variables: relation(() => ({ type: 'HATES' })) },
  { name: 'an unknown mode (GraphQL coercion)', query: CREATE_RELATION, variables: relation(() => ({ mode: 'COERCION' })) },
  { name: 'a relation in an unknown workspace', query: CREATE_RELATION, variables: (f) => ({ ...relation(() => ({}))(f), ws: 'no-such-workspace' }), code: 'NOT_FOUND', field: 'workspace' },
];

// prettier-ignore
const UPDATE_CASES: BadInput[] = [
  { name: 'clearing the name', query: UPDATE_ACTOR, variables: (f) => ({ id: f.a, input: { name: null } }), field: 'input.name', reason: 'cannot be cleared' },
  { name: 'clearing the kind', query: UPDATE_ACTOR, variables: (f) => ({ id: f.a, input: { kind: null } }), field: 'input.kind', reason: 'cannot be cleared' },
  { name: 'clearing the tier', query: UPDATE_ACTOR, variables: (f) => ({ id: f.a, input: { tier: null } }), field: 'input.tier', reason: 'cannot be cleared' },
  { name: 'clearing the visibility', query: UPDATE_ACTOR, variables: (f) => ({ id: f.a, input: { visibility: null } }), field: 'input.visibility', reason: 'cannot be cleared' },
  { name: 'an empty name in a patch', query: UPDATE_ACTOR, variables: (f) => ({ id: f.a, input: { name: '' } }), field: 'input.name', reason: 'must not be empty' },
  { name: 'a bad country in a patch', query: UPDATE_ACTOR, variables: (f) => ({ id: f.a, input: { city: 'Athens', country: 'XX' } }), field: 'input.country', reason: 'ISO 3166-1' },
  { name: 'an unknown theme in a patch', query: UPDATE_ACTOR, variables: (f) => ({ id: f.a, input: { themes: ['astrology'] } }), field: 'input.themes.0', reason: 'is not a theme' },
  { name: 'a bad website in a patch', query: UPDATE_ACTOR, variables: (f) => ({ id: f.a, input: { website: 'ftp://x.org' } }), field: 'input.website', reason: 'http(s)' },
  { name: 'founded in month 00 in a patch', query: UPDATE_ACTOR, variables: (f) => ({ id: f.a, input: { founded: '2018-00' } }), field: 'input.founded', reason: 'YYYY' },
  { name: 'a patch of an unknown actor', query: UPDATE_ACTOR, variables: () => ({ id: 'no-such-actor', input: { name: 'X' } }), code: 'NOT_FOUND', field: 'id', reason: 'no-such-actor' },
  { name: 'a type change that leaves an amount on a non-FUNDS relation', query: UPDATE_RELATION, variables: (f) => ({ id: f.funds, input: { type: 'SUPPORTS' } }), field: 'input.amount', reason: 'only FUNDS' },
  { name: 'an until before the stored since', query: UPDATE_RELATION, variables: (f) => ({ id: f.funds, input: { until: '2017' } }), field: 'input.until', reason: 'must not be before since' },
  { name: 'a confidence of 2 in a patch', query: UPDATE_RELATION, variables: (f) => ({ id: f.funds, input: { confidence: 2 } }), field: 'input.confidence', reason: 'from 0 to 1' },
  { name: 'clearing a relation type', query: UPDATE_RELATION, variables: (f) => ({ id: f.funds, input: { type: null } }), field: 'input.type', reason: 'cannot be cleared' },
  { name: 'clearing the currency of a stored amount', query: UPDATE_RELATION, variables: (f) => ({ id: f.funds, input: { currency: null } }), field: 'input.currency', reason: 'is required when an amount' },
  { name: 'a patch that makes a relation a duplicate', query: UPDATE_RELATION, variables: (f) => ({ id: f.advocates, input: { type: 'FUNDS' } }), field: 'input', reason: 'identical active FUNDS' },
  { name: 'a patch of an unknown relation', query: UPDATE_RELATION, variables: () => ({ id: 'no-such-relation', input: { notes: 'x' } }), code: 'NOT_FOUND', field: 'id' },
];

// prettier-ignore
const SOURCE_CASES: BadInput[] = [
  { name: 'a source without title, url or document', query: CREATE_SOURCE, variables: (f) => ({ id: f.a, input: { quote: 'Words.' } }), field: 'input.title', reason: 'at least a title, a url or a document' },
  { name: 'a source with a bad url', query: CREATE_SOURCE, variables: (f) => ({ id: f.a, input: { url: 'not a url' } }), field: 'input.url', reason: 'absolute http(s) URL' },
  { name: 'an accessed date in month 13', query: CREATE_SOURCE, variables: (f) => ({ id: f.a, input: { title: 'T', accessed: '2024-13-01' } }), field: 'input.accessed', reason: 'YYYY-MM-DD' },
  { name: 'an accessed year only', query: CREATE_SOURCE, variables: (f) => ({ id: f.a, input: { title: 'T', accessed: '2024' } }), field: 'input.accessed', reason: 'YYYY-MM-DD' },
  { name: 'a 5001-character quote', query: CREATE_SOURCE, variables: (f) => ({ id: f.a, input: { title: 'T', quote: long(5001) } }), field: 'input.quote', reason: 'at most 5000' },
  { name: 'a 501-character title', query: CREATE_SOURCE, variables: (f) => ({ id: f.a, input: { title: long(501) } }), field: 'input.title', reason: 'at most 500' },
  { name: 'a 51-character page', query: CREATE_SOURCE, variables: (f) => ({ id: f.a, input: { title: 'T', page: long(51, '1') } }), field: 'input.page', reason: 'at most 50' },
  { name: 'an unknown subjectId', query: CREATE_SOURCE, variables: () => ({ id: 'no-such-subject', input: { title: 'T' } }), code: 'NOT_FOUND', field: 'subjectId', reason: 'no-such-subject' },
  { name: 'a source patch that leaves no title, url or document', query: UPDATE_SOURCE, variables: (f) => ({ id: f.source, input: { title: null } }), field: 'input.title', reason: 'at least a title' },
  { name: 'a patch of an unknown source', query: UPDATE_SOURCE, variables: () => ({ id: 'no-such-source', input: { title: 'T' } }), code: 'NOT_FOUND', field: 'id' },
];

// prettier-ignore
const WORKSPACE_CASES: BadInput[] = [
  { name: 'a slug with capitals and a space', query: CREATE_WORKSPACE, variables: () => ({ input: { slug: 'Has Caps', title: 'T' } }), field: 'input.slug', reason: 'lower-case letters, digits and hyphens' },
  { name: 'a slug starting with a hyphen', query: CREATE_WORKSPACE, variables: () => ({ input: { slug: '-x', title: 'T' } }), field: 'input.slug', reason: 'not starting or ending with a hyphen' },
  { name: 'a 201-character slug', query: CREATE_WORKSPACE, variables: () => ({ input: { slug: long(201), title: 'T' } }), field: 'input.slug', reason: '1–80' },
  { name: 'an empty slug', query: CREATE_WORKSPACE, variables: () => ({ input: { slug: '', title: 'T' } }), field: 'input.slug', reason: 'is required' },
  { name: 'an empty workspace title', query: CREATE_WORKSPACE, variables: () => ({ input: { slug: 'test-validation-empty-title', title: '' } }), field: 'input.title', reason: 'is required' },
  { name: 'a 201-character workspace title', query: CREATE_WORKSPACE, variables: () => ({ input: { slug: 'test-validation-long-title', title: long(201) } }), field: 'input.title', reason: 'at most 200' },
  { name: 'a bad theme id at creation', query: CREATE_WORKSPACE, variables: () => ({ input: { slug: 'test-validation-theme', title: 'T', themes: [{ id: 'Bad Theme', label: 'B', description: '' }] } }), field: 'input.themes.0.id', reason: 'kebab-case' },
  { name: 'an empty theme label at creation', query: CREATE_WORKSPACE, variables: () => ({ input: { slug: 'test-validation-label', title: 'T', themes: [{ id: 'ok', label: '', description: '' }] } }), field: 'input.themes.0.label', reason: 'must not be empty' },
  { name: 'a bad theme id in addThemes', query: ADD_THEMES, variables: (f) => ({ ws: f.ws, themes: [{ id: 'ok-theme', label: 'Ok', description: '' }, { id: 'under_score', label: 'U', description: '' }] }), field: 'themes.1.id', reason: 'kebab-case' },
];

// prettier-ignore
const QUERY_CASES: BadInput[] = [
  { name: 'first: -1', query: LIST_ACTORS, variables: (f) => ({ ws: f.ws, first: -1 }), field: 'first', reason: 'from 0 to 500 (got -1)' },
  { name: 'first: 501', query: LIST_ACTORS, variables: (f) => ({ ws: f.ws, first: 501 }), field: 'first', reason: 'from 0 to 500 (got 501)' },
  { name: 'first: 501 on relations', query: LIST_RELATIONS, variables: (f) => ({ ws: f.ws, first: 501 }), field: 'first', reason: 'from 0 to 500' },
  { name: 'first: 1001 on history', query: HISTORY, variables: (f) => ({ id: f.a, first: 1001 }), field: 'first', reason: 'from 0 to 1000' },
  { name: 'a search over 200 characters', query: LIST_ACTORS, variables: (f) => ({ ws: f.ws, search: long(201, 'word ') }), field: 'search', reason: 'at most 200' },
  { name: 'a cursor that is not one', query: LIST_ACTORS, variables: (f) => ({ ws: f.ws, after: '%%%' }), field: 'after', reason: 'not a cursor' },
  { name: 'an updatedSince in words', query: LIST_ACTORS, variables: (f) => ({ ws: f.ws, filter: { updatedSince: 'yesterday' } }), field: 'filter.updatedSince', reason: 'ISO 8601' },
  { name: 'asOf "yesterday" on relations', query: LIST_RELATIONS, variables: (f) => ({ ws: f.ws, filter: { asOf: 'yesterday' } }), field: 'filter.asOf', reason: 'YYYY-MM-DD' },
  { name: 'a year-only asOf on relations', query: LIST_RELATIONS, variables: (f) => ({ ws: f.ws, filter: { asOf: '2019' } }), field: 'filter.asOf', reason: 'YYYY-MM-DD' },
  { name: 'minConfidence 2 on relations', query: LIST_RELATIONS, variables: (f) => ({ ws: f.ws, filter: { minConfidence: 2 } }), field: 'filter.minConfidence', reason: 'from 0 to 1' },
  { name: 'asOf "yesterday" on actor.relations', query: ACTOR_RELATIONS, variables: (f) => ({ id: f.a, filter: { asOf: 'yesterday' } }), field: 'relations.filter.asOf', reason: 'YYYY-MM-DD' },
  { name: 'minConfidence -1 on actor.relations', query: ACTOR_RELATIONS, variables: (f) => ({ id: f.a, filter: { minConfidence: -1 } }), field: 'relations.filter.minConfidence', reason: 'from 0 to 1' },
  { name: 'a string for first (GraphQL coercion)', query: LIST_ACTORS, variables: (f) => ({ ws: f.ws, first: 'ten' }) },
  { name: 'first beyond 32 bits (GraphQL coercion)', query: LIST_ACTORS, variables: (f) => ({ ws: f.ws, first: 2 ** 31 }) },
];

const ALL_CASES = [
  ...ACTOR_CASES,
  ...RELATION_CASES,
  ...UPDATE_CASES,
  ...SOURCE_CASES,
  ...WORKSPACE_CASES,
  ...QUERY_CASES,
];

describe('input validation', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  let other: TestWorkspace;
  const fixture = {} as Fixture;
  let totals: () => Promise<{ ws: WorkspaceCounts; other: WorkspaceCounts; workspaces: number }>;

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'validation');
    other = await createTestWorkspace(api, 'validation-other');
    const a: ActorData = await createActor(api, ws.id, { name: 'Actor A' });
    const b = await createActor(api, ws.id, { name: 'Actor B' });
    const c = await createActor(api, ws.id, { name: 'Funder C', kind: 'FOUNDATION' });
    const deleted = await createActor(api, ws.id, { name: 'Deleted D' });
    dataOf(await api.gql('mutation($id: ID!) { deleteActor(id: $id) { id } }', { id: deleted.id }));
    const outsider = await createActor(api, other.id, { name: 'Outsider' });
    const fundsRelation: RelationData = await createRelation(api, ws.id, {
      type: 'FUNDS',
      sourceId: c.id,
      targetId: b.id,
      amount: 100,
      currency: 'EUR',
      since: '2018',
      until: '2019',
    });
    const advocates = await createRelation(api, ws.id, { type: 'ADVOCATES_TO', sourceId: c.id, targetId: b.id });
    await createRelation(api, ws.id, { type: 'PARTNERS_WITH', sourceId: a.id, targetId: b.id });
    const source: SourceData = await createSource(api, a.id, { title: 'Only a title' });
    Object.assign(fixture, {
      ws: ws.id,
      otherWs: other.id,
      a: a.id,
      b: b.id,
      c: c.id,
      deleted: deleted.id,
      outsider: outsider.id,
      funds: fundsRelation.id,
      advocates: advocates.id,
      source: source.id,
    });
    totals = async () => ({
      ws: await workspaceCounts(api.db, ws.id),
      other: await workspaceCounts(api.db, other.id),
      workspaces: dataOf(await api.gql<{ workspaces: unknown[] }>('{ workspaces { id } }')).workspaces.length,
    });
  });
  afterAll(async () => {
    await ws.remove();
    await other.remove();
    await api.close();
  });

  it('covers at least 60 distinct bad inputs', () => {
    expect(new Set(ALL_CASES.map((c) => c.name)).size).toBe(ALL_CASES.length);
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(ALL_CASES)('refuses $name, naming the field, and writes nothing', async (badInput) => {
    const before = await totals();
    const answer = await api.gql(badInput.query, badInput.variables(fixture));
    const error = errorOf(answer);
    expect(error.extensions?.code).toBe(badInput.code ?? 'BAD_USER_INPUT');
    if (badInput.field !== undefined) expect(error.extensions?.field).toBe(badInput.field);
    if (badInput.reason !== undefined) expect(error.message).toContain(badInput.reason);
    if (badInput.code !== 'NOT_FOUND' && badInput.field !== undefined) {
      expect(error.extensions?.fields).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: badInput.field })]),
      );
    }
    expect(JSON.stringify(answer)).not.toMatch(/Neo\.|neo4j|stack|\bat .+:\d+:\d+/i);
    expect(await totals()).toEqual(before);
  });

  describe('what stays allowed', () => {
    it('allows the same ends and type again over a period that does not overlap', async () => {
      const later = await createRelation(api, ws.id, {
        type: 'FUNDS',
        sourceId: fixture.c,
        targetId: fixture.b,
        since: '2020-01',
        until: '2021',
      });
      expect(later.since).toBe('2020-01');
      const earlier = await createRelation(api, ws.id, {
        type: 'FUNDS',
        sourceId: fixture.c,
        targetId: fixture.b,
        until: '2017-12-31',
      });
      expect(earlier.until).toBe('2017-12-31');
    });

    it('allows the reverse of a directed relation', async () => {
      const reverse = await createRelation(api, ws.id, {
        type: 'ADVOCATES_TO',
        sourceId: fixture.b,
        targetId: fixture.c,
      });
      expect(reverse.directed).toBe(true);
    });

    it('lists every problem of an input at once', async () => {
      const answer = await api.gql(CREATE_ACTOR, {
        ws: ws.id,
        input: { name: '', kind: 'NGO', tier: 'LOCAL', country: 'XX', website: 'nope', founded: '18' },
      });
      const error = errorOf(answer);
      expect(error.extensions?.field).toBe('input.name');
      expect((error.extensions?.fields as Array<{ field: string }>).map((problem) => problem.field)).toEqual([
        'input.name',
        'input.country',
        'input.website',
        'input.founded',
      ]);
      expect(error.message).toContain('(and 3 more)');
    });
  });
});
