/**
 * Fuzz mutations: writes with input the API must refuse, and writes an anonymous visitor must be
 * refused whatever their input.
 */
import fc from 'fast-check';
import { badDates, badIds, text, type FuzzTargets } from './fuzz-request';

/** Mutations whose input is wrong in at least one way the API must refuse (nothing is written). */
export function badMutations(t: FuzzTargets): fc.Arbitrary<{ query: string; variables: Record<string, unknown> }> {
  const actorBase = { name: 'Fuzz actor', kind: 'NGO', tier: 'LOCAL' };
  const badActorField = fc.oneof(
    fc.constantFrom<Record<string, unknown>>(
      { name: '' },
      { name: 'x'.repeat(301) },
      { name: 'a\u0000b' },
      { name: null },
      { kind: 'ALIEN' },
      { tier: 'local' },
      { country: 'ZZ' },
      { country: 'GRC' },
      { website: 'javascript:alert(1)' },
      { website: 'not a url' },
      { founded: '2024-13' },
      { founded: '2024-02-30' },
      { themes: ['no-such-theme-xyz'] },
      { aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) },
      { aliases: [''] },
      { externalId: '-bad id' },
      { description: 'd'.repeat(5001) },
      { visibility: 'SECRET' },
      { readers: [''] },
      { foo: 1 },
      { originCountries: ['XX'] },
      { city: '' },
    ),
    badDates
      .filter((d) => !/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(d))
      .map((founded) => ({ founded: founded || 'x' })),
  );
  const badRelationField = fc.constantFrom<Record<string, unknown>>(
    { targetId: t.actorIds[0] },
    { sourceId: 'no-such-actor' },
    { type: 'LOVES' },
    { since: '2024-99' },
    { since: '2020', until: '2019' },
    { type: 'FUNDS', amount: -1, currency: 'EUR' },
    { type: 'FUNDS', amount: 10, currency: 'EURO' },
    { currency: 'EUR' },
    { strength: 6 },
    { strength: 0 },
    { strength: 2.5 },
    { confidence: 1.5 },
    { confidence: -0.1 },
    { notes: 'n'.repeat(5001) },
    { themes: ['no-such'] },
    { mode: 'WAR' },
  );
  const relationBase = { type: 'PARTNERS_WITH', sourceId: t.actorIds[0], targetId: t.actorIds[1] };
  const ws = t.workspaceId;
  return fc.oneof(
    fc.tuple(badActorField, fc.constantFrom(ws, t.slug, 'no-such-workspace')).map(([bad, w]) => ({
      query: 'mutation($ws: ID!, $input: ActorInput!) { createActor(workspace: $ws, input: $input) { id } }',
      variables: { ws: w, input: { ...actorBase, ...bad } },
    })),
    fc.tuple(badActorField, fc.constantFrom(t.actorVersion, 999, -1)).map(([bad, version]) => ({
      query:
        'mutation($id: ID!, $v: Int!, $input: ActorPatch!) { updateActor(id: $id, expectedVersion: $v, input: $input) { id } }',
      variables: { id: t.actorIds[0], v: version, input: bad },
    })),
    fc
      .tuple(fc.constantFrom<Record<string, unknown>>({}, { name: 'Renamed' }), fc.constantFrom(999, -1, 0))
      .map(([patch, version]) => ({
        query:
          'mutation($id: ID!, $v: Int!, $input: ActorPatch!) { updateActor(id: $id, expectedVersion: $v, input: $input) { id } }',
        variables: { id: t.actorIds[0], v: version, input: patch },
      })),
    badIds.map((id) => ({
      query: 'mutation($id: ID!) { deleteActor(id: $id) { id } restoreActor(id: $id) { id } }',
      variables: { id },
    })),
    fc.constantFrom(999, -1).map((v) => ({
      query: 'mutation($id: ID!, $v: Int) { deleteActor(id: $id, expectedVersion: $v) { id } }',
      variables: { id: t.actorIds[0], v },
    })),
    badRelationField.map((bad) => ({
      query: 'mutation($ws: ID!, $input: RelationInput!) { createRelation(workspace: $ws, input: $input) { id } }',
      variables: { ws, input: { ...relationBase, ...bad } },
    })),
    badRelationField
      .filter((bad) => !('sourceId' in bad) && !('targetId' in bad))
      .map((bad) => ({
        query:
          'mutation($id: ID!, $input: RelationPatch!) { updateRelation(id: $id, expectedVersion: 1, input: $input) { id } }',
        variables: { id: t.relationId, input: bad },
      })),
    fc
      .constantFrom<Record<string, unknown>>(
        {},
        { url: 'javascript:x' },
        { title: 'T', accessed: '2024-13-01' },
        { title: 'T', visibility: 'X' },
        { quote: 'only a quote' },
      )
      .map((input) => ({
        query: 'mutation($id: ID!, $input: SourceInput!) { createSource(subjectId: $id, input: $input) { id } }',
        variables: { id: t.actorIds[0], input },
      })),
    fc
      .constantFrom<Record<string, unknown>>(
        { actors: [{ name: 'No external id', kind: 'NGO', tier: 'LOCAL' }], relations: [] },
        {
          actors: [{ externalId: 'ok-1', name: 'A', kind: 'NGO', tier: 'LOCAL' }],
          relations: [{ type: 'FUNDS', source: 'ok-1', target: 'missing', externalId: 'r1' }],
        },
        { actors: [{ externalId: 'ok-2', name: '', kind: 'NGO', tier: 'LOCAL' }], relations: [] },
        {
          actors: [
            { externalId: 'dup', name: 'A', kind: 'NGO', tier: 'LOCAL' },
            { externalId: 'dup', name: 'B', kind: 'NGO', tier: 'LOCAL', country: 'ZZ' },
          ],
          relations: [],
        },
        { themes: [{ id: 'Not Kebab', label: 'x', description: 'y' }], actors: [], relations: [] },
      )
      .chain((input) =>
        fc.constantFrom(undefined, 0, 5001, -1).map((batchSize) => ({
          query:
            'mutation($ws: ID!, $input: ImportGraphInput!, $b: Int) { importGraph(workspace: $ws, input: $input, batchSize: $b) { batches } }',
          variables: { ws, input, b: batchSize },
        })),
      ),
    fc
      .constantFrom<Record<string, unknown>>(
        { slug: 'Bad Slug', title: 'T' },
        { slug: '-x', title: 'T' },
        { slug: '', title: 'T' },
        { slug: 'x'.repeat(81), title: 'T' },
        { slug: 'ok-slug-but', title: '' },
        { slug: 'ok-slug-long', title: 't'.repeat(201) },
      )
      .map((input) => ({
        query: 'mutation($input: WorkspaceInput!) { createWorkspace(input: $input) { id } }',
        variables: { input },
      })),
    fc
      .constantFrom<[Record<string, unknown>, number | undefined]>(
        [{ title: '' }, undefined],
        [{ title: 't'.repeat(201) }, undefined],
        [{ title: 'Renamed' }, 999],
        [{ visibility: 'NOPE' }, undefined],
      )
      .map(([input, v]) => ({
        query:
          'mutation($ws: ID!, $input: WorkspacePatch!, $v: Int) { updateWorkspace(workspace: $ws, input: $input, expectedVersion: $v) { id } }',
        variables: { ws, input, v },
      })),
    fc.constantFrom(ws, 'no-such-workspace').map((w) => ({
      query: 'mutation($ws: ID!) { deleteWorkspace(workspace: $ws, expectedVersion: 999) { id } }',
      variables: { ws: w },
    })),
    fc
      .constantFrom(
        [{ id: 'Not Kebab', label: 'x', description: 'y' }],
        [{ id: 'ok-theme', label: '', description: 'y' }],
        [{ id: '', label: 'x', description: 'y' }],
      )
      .map((themes) => ({
        query: 'mutation($ws: String!, $themes: [ThemeInput!]!) { addThemes(workspace: $ws, themes: $themes) { id } }',
        variables: { ws, themes },
      })),
    fc
      .tuple(fc.constantFrom('not-an-email', '', 'a@', '@b', 'x'.repeat(400)), fc.constantFrom('OWNER', 'GOD'))
      .map(([email, role]) => ({
        query:
          'mutation($ws: ID!, $email: String!, $role: Role!) { inviteMember(workspace: $ws, email: $email, role: $role) { token } }',
        variables: { ws, email, role },
      })),
    badIds.map((userId) => ({
      query: 'mutation($ws: ID!, $u: ID!) { setMemberRole(workspace: $ws, userId: $u, role: VIEWER) { role } }',
      variables: { ws, u: userId },
    })),
    fc
      .constantFrom<[string, number | undefined]>(
        ['', undefined],
        ['x'.repeat(1000), undefined],
        ['ok', 0],
        ['ok', 3651],
        ['ok', -5],
      )
      .map(([name, days]) => ({
        query:
          'mutation($ws: ID!, $name: String!, $d: Int) { createApiToken(workspace: $ws, name: $name, role: VIEWER, expiresInDays: $d) { secret } }',
        variables: { ws, name, d: days },
      })),
    badIds.map((id) => ({
      query:
        'mutation($id: ID!) { revokeApiToken(id: $id) { id } revertChange(id: $id) { id } resetPassword(userId: $id) }',
      variables: { id },
    })),
    text(80).map((token) => ({
      query: 'mutation($t: String!) { acceptInvitation(token: $t) { id } }',
      variables: { t: token },
    })),
    fc.tuple(text(), text()).map(([email, password]) => ({
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }',
      variables: { e: `${email}@fuzz.invalid`, p: password },
    })),
    fc.constantFrom('not-an-email', '', 'a b@c').map((email) => ({
      query: 'mutation($e: String!) { signUp(email: $e, password: "short", name: "") { accessToken } }',
      variables: { e: email },
    })),
    fc.constant({
      query:
        'mutation { changePassword(currentPassword: "wrong-password-for-fuzz", newPassword: "x") { accessToken } }',
      variables: {},
    }),
  );
}

/** Writes that would succeed for an editor: an anonymous visitor must be refused every one. */
export function validMutations(t: FuzzTargets): fc.Arbitrary<{ query: string; variables: Record<string, unknown> }> {
  return fc.constantFrom(
    {
      query:
        'mutation($ws: ID!) { createActor(workspace: $ws, input: { name: "Anon", kind: NGO, tier: LOCAL }) { id } }',
      variables: { ws: t.workspaceId },
    },
    {
      query:
        'mutation($id: ID!, $v: Int!) { updateActor(id: $id, expectedVersion: $v, input: { name: "Anon" }) { id } }',
      variables: { id: t.actorIds[0], v: t.actorVersion },
    },
    { query: 'mutation($id: ID!) { deleteActor(id: $id) { id } }', variables: { id: t.actorIds[1] } },
    { query: 'mutation($id: ID!) { deleteRelation(id: $id) { id } }', variables: { id: t.relationId } },
    {
      query: 'mutation($id: ID!) { createSource(subjectId: $id, input: { title: "Anon" }) { id } }',
      variables: { id: t.actorIds[0] },
    },
    {
      query: 'mutation($ws: ID!) { updateWorkspace(workspace: $ws, input: { title: "Anon" }) { id } }',
      variables: { ws: t.workspaceId },
    },
    { query: 'mutation($ws: ID!) { deleteWorkspace(workspace: $ws) { id } }', variables: { ws: t.workspaceId } },
    {
      query:
        'mutation($ws: String!) { addThemes(workspace: $ws, themes: [{ id: "anon", label: "A", description: "A" }]) { id } }',
      variables: { ws: t.workspaceId },
    },
    {
      query: 'mutation($ws: ID!) { createApiToken(workspace: $ws, name: "anon", role: OWNER) { secret } }',
      variables: { ws: t.workspaceId },
    },
    {
      query: 'mutation($ws: ID!) { inviteMember(workspace: $ws, email: "anon@fuzz.invalid", role: OWNER) { token } }',
      variables: { ws: t.workspaceId },
    },
    {
      query:
        'mutation($ws: ID!) { importGraph(workspace: $ws, input: { actors: [{ externalId: "anon", name: "Anon", kind: NGO, tier: LOCAL }], relations: [] }) { batches } }',
      variables: { ws: t.workspaceId },
    },
    { query: 'mutation { revertChange(id: "x") { id } }', variables: {} },
  );
}
