/**
 * Accounts, sessions, API tokens and memberships over HTTP: what signing in gives and takes away,
 * and every way a credential stops working (expiry, tampering, revocation, sign-out, a new
 * password, removal from a workspace).
 */
import { serverKeys, ServerKeys } from '../../../api/src/auth/secrets';
import { AccountService } from '../../../api/src/services/account.service';
import { closeAnalyticsService } from '../../../api/src/analytics/analytics-service';
import { purgeWorkspace } from '../../../api/src/repositories/workspace.repository';
import { errorOf, startMigratedTestApi } from '../../helpers/domain-fixture';
import type { GraphQLAnswer, TestApi, TestUser } from '../../helpers/test-api';
import { dataOf } from '../../helpers/workspace-fixture';
import { joinWith, tokenHeaders } from './authorization-fixture';

const SIGN_IN =
  'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken user { id email } } }';
const ME = '{ me { id email } }';

describe('accounts and credentials', () => {
  let api: TestApi;
  let owner: TestUser;
  let workspace: { id: string; slug: string };
  const workspaces: string[] = [];

  /** A raw POST, to see cookies and status codes. */
  const post = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await fetch(`${api.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { response, body: (await response.json()) as GraphQLAnswer<Record<string, never>> };
  };
  const as =
    (headers: Record<string, string>) =>
    <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) =>
      api.gql<T>(query, variables, { headers });
  const createWorkspace = async (headers: Record<string, string>, visibility = 'WORKSPACE') => {
    const slug = `test-accounts-${Math.random().toString(36).slice(2, 10)}`;
    const { createWorkspace: created } = dataOf(
      await as(headers)<{ createWorkspace: { id: string } }>(
        'mutation($input: WorkspaceInput!) { createWorkspace(input: $input) { id } }',
        { input: { slug, title: 'Accounts', visibility } },
      ),
    );
    workspaces.push(created.id);
    return { id: created.id, slug };
  };

  beforeAll(async () => {
    api = await startMigratedTestApi();
    owner = await api.signUpUser('account-owner');
    workspace = await createWorkspace(owner.headers);
  });
  afterAll(async () => {
    for (const id of workspaces) await purgeWorkspace(api.db, id);
    await closeAnalyticsService(api.db);
    await api.close();
  });

  describe('sign-up and sign-in', () => {
    it('signs up, answers me, and refuses a second account for the same address in any case', async () => {
      const email = `New.Person-${Date.now()}@Example.org`;
      const { signUp } = dataOf(
        await post(
          'mutation($e: String!) { signUp(email: $e, password: "long enough pw", name: "New Person") { accessToken user { email } } }',
          { e: email },
        ).then((r) => r.body),
      ) as unknown as { signUp: { accessToken: string; user: { email: string } } };
      expect(signUp.user.email).toBe(email);
      const me = dataOf(await as({ authorization: `Bearer ${signUp.accessToken}` })(ME)) as { me: { email: string } };
      expect(me.me.email).toBe(email);
      const again = await post(
        'mutation($e: String!) { signUp(email: $e, password: "long enough pw", name: "X") { accessToken } }',
        { e: email.toLowerCase() },
      );
      expect(errorOf(again.body).extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
    });

    it('reports every bad field of a sign-up at once', async () => {
      const { body } = await post(
        'mutation { signUp(email: "not-an-address", password: "short", name: "") { accessToken } }',
        {},
      );
      expect(errorOf(body).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email', problemCount: 3 });
    });

    it('signs an invited address up with its invitation, even where sign-up is switched off', async () => {
      const email = `invited-${Date.now()}@example.org`;
      const { inviteMember } = dataOf(
        await as(owner.headers)<{ inviteMember: { token: string } }>(
          'mutation($ws: ID!, $e: String!) { inviteMember(workspace: $ws, email: $e, role: EDITOR) { token } }',
          { ws: workspace.id, e: email },
        ),
      );
      const preview = dataOf(
        await as({ authorization: '' })<{ invitation: { workspaceTitle: string; role: string; email: string } }>(
          'query($t: String!) { invitation(token: $t) { workspaceTitle role email } }',
          { t: inviteMember.token },
        ),
      );
      expect(preview.invitation).toEqual({ workspaceTitle: 'Accounts', role: 'EDITOR', email });
      const signUp =
        'mutation($e: String!, $t: String) { signUp(email: $e, password: "long enough pw", name: "Invited", invitation: $t) { accessToken } }';
      const wrong = await post(signUp, { e: `someone-else-${Date.now()}@example.org`, t: inviteMember.token });
      expect(errorOf(wrong.body).extensions?.code).toBe('FORBIDDEN');
      const { body } = await post(signUp, { e: email, t: inviteMember.token });
      const token = (body.data as unknown as { signUp: { accessToken: string } }).signUp.accessToken;
      const joined = await as({ authorization: `Bearer ${token}` })<{ workspace: { myRole: string } }>(
        'query($ws: String!) { workspace(slug: $ws) { myRole } }',
        { ws: workspace.slug },
      );
      expect(dataOf(joined).workspace.myRole).toBe('EDITOR');
      expect(
        dataOf(
          await as({ authorization: '' })('query($t: String!) { invitation(token: $t) { email } }', {
            t: inviteMember.token,
          }),
        ),
      ).toEqual({ invitation: null });
      const closed = new AccountService(api.db, serverKeys(), { signUp: false, sessionTtlDays: 1 });
      const second = `invited-closed-${Date.now()}@example.org`;
      await expect(
        closed.signUp({ email: second, password: 'long enough pw', name: 'X' }, second.toUpperCase()),
      ).resolves.toMatchObject({ user: { email: second } });
    });

    it('refuses sign-up where it is switched off', async () => {
      const closed = new AccountService(api.db, serverKeys(), { signUp: false, sessionTtlDays: 1 });
      await expect(
        closed.signUp({ email: 'closed@example.org', password: 'long enough pw', name: 'X' }),
      ).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
    });

    it('answers a wrong password and an unknown address alike, then slows the account down', async () => {
      const user = await api.signUpUser('slowed');
      const wrong = await post(SIGN_IN, { e: user.email, p: 'wrong password' });
      const unknown = await post(SIGN_IN, { e: `nobody-${Date.now()}@example.org`, p: 'wrong password' });
      expect(errorOf(wrong.body)).toEqual(errorOf(unknown.body));
      expect(errorOf(wrong.body).extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' });
      for (let attempt = 2; attempt <= 4; attempt++) await post(SIGN_IN, { e: user.email, p: 'wrong password' });
      const fifth = await post(SIGN_IN, { e: user.email, p: 'wrong password' });
      expect(errorOf(fifth.body).extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 1 });
      // Locked: even the right password is refused until the delay has passed.
      const locked = await post(SIGN_IN, { e: user.email, p: user.password });
      expect(errorOf(locked.body).extensions?.code).toBe('RATE_LIMITED');
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const sixth = await post(SIGN_IN, { e: user.email, p: 'wrong password' });
      expect(errorOf(sixth.body).extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 2 });
      await new Promise((resolve) => setTimeout(resolve, 2100));
      const right = await post(SIGN_IN, { e: user.email, p: user.password });
      expect(right.body.errors).toBeUndefined();
    });
  });

  describe('access tokens', () => {
    it('refuses an expired token, saying so', async () => {
      const claims = JSON.parse(Buffer.from(owner.headers.authorization!.split('.')[1]!, 'base64url').toString()) as {
        sub: string;
        sid: string;
      };
      const expired = await serverKeys().signAccess({ userId: claims.sub, sessionId: claims.sid }, -5);
      const { response, body } = await post(ME, {}, { authorization: `Bearer ${expired}` });
      expect(errorOf(body).extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
      expect(response.status).toBe(401);
    });

    it('refuses a tampered token, one signed with another key, and a malformed header', async () => {
      const [header, payload, signature] = owner.headers.authorization!.slice('Bearer '.length).split('.');
      const forged = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
      forged.sub = 'someone-else';
      const tampered = `${header}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`;
      const foreign = await new ServerKeys('another secret of at least thirty-two characters').signAccess({
        userId: 'x',
        sessionId: 'y',
      });
      for (const authorization of [`Bearer ${tampered}`, `Bearer ${foreign}`, 'Basic dXNlcjpwYXNz', 'Bearer']) {
        const { body } = await post(ME, {}, { authorization });
        expect({ authorization, code: errorOf(body).extensions?.code }).toEqual({
          authorization,
          code: 'UNAUTHENTICATED',
        });
        expect(body.data ?? null).toBeNull();
      }
    });
  });

  describe('sessions', () => {
    const cookieOf = (response: Response) =>
      /tiermap_refresh=([^;]*)/.exec(response.headers.get('set-cookie') ?? '')?.[1];

    it('keeps the refresh secret in an httpOnly, same-site cookie and rotates it on every refresh', async () => {
      const user = await api.signUpUser('refresher');
      const signIn = await post(SIGN_IN, { e: user.email, p: user.password });
      const cookieHeader = signIn.response.headers.get('set-cookie')!;
      expect(cookieHeader).toMatch(/HttpOnly/);
      expect(cookieHeader).toMatch(/SameSite=Strict/);
      expect(cookieHeader).toMatch(/Path=\/graphql/);
      expect(JSON.stringify(signIn.body)).not.toContain(cookieOf(signIn.response)!);
      const first = cookieOf(signIn.response)!;
      const refreshed = await post(
        'mutation { refreshSession { accessToken } }',
        {},
        { cookie: `tiermap_refresh=${first}` },
      );
      expect(refreshed.body.errors).toBeUndefined();
      const second = cookieOf(refreshed.response)!;
      expect(second).not.toBe(first);
      const replayed = await post(
        'mutation { refreshSession { accessToken } }',
        {},
        { cookie: `tiermap_refresh=${first}` },
      );
      expect(errorOf(replayed.body).extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    });

    it('signs out: the access token and the refresh cookie stop working at once', async () => {
      const user = await api.signUpUser('leaver');
      const signIn = await post(SIGN_IN, { e: user.email, p: user.password });
      const token = (signIn.body.data as unknown as { signIn: { accessToken: string } }).signIn.accessToken;
      const cookie = `tiermap_refresh=${cookieOf(signIn.response)}`;
      const out = await post('mutation { signOut }', {}, { authorization: `Bearer ${token}`, cookie });
      expect(out.response.headers.get('set-cookie')).toMatch(/Max-Age=0/);
      expect(errorOf((await post(ME, {}, { authorization: `Bearer ${token}` })).body).extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'SESSION_ENDED',
      });
      expect(
        errorOf((await post('mutation { refreshSession { accessToken } }', {}, { cookie })).body).extensions?.code,
      ).toBe('UNAUTHENTICATED');
    });

    it('changes a password: the old one and the other sessions stop working', async () => {
      const user = await api.signUpUser('changer');
      const other = await api.signUpUser('unused');
      void other;
      const change = await as(user.headers)<{ changePassword: { accessToken: string } }>(
        'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken } }',
        { c: user.password, n: 'a brand new password' },
      );
      const fresh = dataOf(change).changePassword.accessToken;
      expect(errorOf(await as(user.headers)(ME)).extensions?.code).toBe('UNAUTHENTICATED');
      expect(dataOf(await as({ authorization: `Bearer ${fresh}` })<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
      expect(errorOf((await post(SIGN_IN, { e: user.email, p: user.password })).body).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      const wrongCurrent = await as({ authorization: `Bearer ${fresh}` })(
        'mutation { changePassword(currentPassword: "not it at all", newPassword: "another new password") { accessToken } }',
      );
      expect(errorOf(wrongCurrent).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    });

    it('lets only an administrator reset a password, which ends the user’s sessions', async () => {
      const user = await api.signUpUser('forgetful');
      const byUser = await as(owner.headers)('mutation($id: ID!) { resetPassword(userId: $id) }', { id: user.id });
      expect(errorOf(byUser).extensions?.code).toBe('FORBIDDEN');
      const admin = api.admin!;
      const { resetPassword } = dataOf(
        await as(admin.headers)<{ resetPassword: string }>('mutation($id: ID!) { resetPassword(userId: $id) }', {
          id: user.id,
        }),
      );
      expect(errorOf(await as(user.headers)(ME)).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await post(SIGN_IN, { e: user.email, p: resetPassword })).body.errors).toBeUndefined();
    });
  });

  describe('API tokens', () => {
    it('acts within its workspace and role, is recorded when used, and stops at once when revoked', async () => {
      const headers = await tokenHeaders(api, owner, workspace.id, 'EDITOR');
      const created = await as(headers)<{ createActor: { id: string; createdBy: string } }>(
        'mutation($ws: ID!) { createActor(workspace: $ws, input: { name: "By token", kind: NGO, tier: LOCAL }) { id createdBy } }',
        { ws: workspace.id },
      );
      expect(dataOf(created).createActor.createdBy).toBe(owner.id);
      // An owner's EDITOR token may not do what only owners may.
      expect(
        errorOf(
          await as(headers)('mutation($ws: ID!) { updateWorkspace(workspace: $ws, input: { title: "No" }) { id } }', {
            ws: workspace.id,
          }),
        ).extensions?.code,
      ).toBe('FORBIDDEN');
      // Nor may any token make tokens.
      expect(
        errorOf(
          await as(headers)(
            'mutation($ws: ID!) { createApiToken(workspace: $ws, name: "n", role: VIEWER) { secret } }',
            { ws: workspace.id },
          ),
        ).extensions?.code,
      ).toBe('FORBIDDEN');
      const { apiTokens } = dataOf(
        await as(owner.headers)<{ apiTokens: Array<{ id: string; lastUsedAt: string | null; prefix: string }> }>(
          '{ apiTokens { id lastUsedAt prefix } }',
        ),
      );
      const token = apiTokens.find((candidate) => headers.authorization!.includes(candidate.prefix))!;
      expect(token.lastUsedAt).not.toBeNull();
      const { workspace: audited } = dataOf(
        await as(owner.headers)<{
          workspace: { auditLog: { events: Array<{ action: string; subjectId: string; actorEmail: string }> } };
        }>(
          'query($ws: String!) { workspace(slug: $ws) { auditLog(first: 50) { events { action subjectId actorEmail } } } }',
          { ws: workspace.slug },
        ),
      );
      const actions = audited.auditLog.events.map((event) => event.action);
      expect(actions).toEqual(
        expect.arrayContaining(['TOKEN_CREATED', 'TOKEN_USED', 'ACTOR_CREATE', 'WORKSPACE_CREATE']),
      );
      expect(audited.auditLog.events.find((event) => event.action === 'ACTOR_CREATE')!.actorEmail).toBe(owner.email);
      dataOf(await as(owner.headers)('mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', { id: token.id }));
      expect(errorOf(await as(headers)(ME)).extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'TOKEN_INVALID',
      });
    });

    it('never lets a token do more than its user may now do', async () => {
      const member = await joinWith(api, owner, workspace.id, 'token-member', 'EDITOR');
      const tooStrong = await as(member.headers)(
        'mutation($ws: ID!) { createApiToken(workspace: $ws, name: "n", role: OWNER) { secret } }',
        { ws: workspace.id },
      );
      expect(errorOf(tooStrong).extensions?.code).toBe('FORBIDDEN');
      const headers = await tokenHeaders(api, member, workspace.id, 'EDITOR');
      const write = (name: string) =>
        as(headers)(
          'mutation($ws: ID!, $n: String!) { createActor(workspace: $ws, input: { name: $n, kind: NGO, tier: LOCAL }) { id } }',
          { ws: workspace.id, n: name },
        );
      expect((await write('Before demotion')).errors).toBeUndefined();
      dataOf(
        await as(owner.headers)(
          'mutation($ws: ID!, $u: ID!) { setMemberRole(workspace: $ws, userId: $u, role: VIEWER) { role } }',
          { ws: workspace.id, u: member.id },
        ),
      );
      expect(errorOf(await write('After demotion')).extensions?.code).toBe('FORBIDDEN');
      dataOf(
        await as(owner.headers)('mutation($ws: ID!, $u: ID!) { removeMember(workspace: $ws, userId: $u) }', {
          ws: workspace.id,
          u: member.id,
        }),
      );
      // Removed from a members-only workspace: the token, like its user, no longer finds it.
      expect(errorOf(await write('After removal')).extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('members', () => {
    it('takes a removed member’s access away on the next request', async () => {
      const member = await joinWith(api, owner, workspace.id, 'removed', 'EDITOR');
      const read = () =>
        as(member.headers)('query($ws: ID!) { actors(workspace: $ws) { totalCount } }', { ws: workspace.id });
      expect((await read()).errors).toBeUndefined();
      dataOf(
        await as(owner.headers)('mutation($ws: ID!, $u: ID!) { removeMember(workspace: $ws, userId: $u) }', {
          ws: workspace.id,
          u: member.id,
        }),
      );
      expect(errorOf(await read()).extensions?.code).toBe('NOT_FOUND');
    });

    it('keeps at least one owner', async () => {
      const demote = await as(owner.headers)(
        'mutation($ws: ID!, $u: ID!) { setMemberRole(workspace: $ws, userId: $u, role: EDITOR) { role } }',
        { ws: workspace.id, u: owner.id },
      );
      expect(errorOf(demote).extensions).toMatchObject({ code: 'CONFLICT', field: 'role' });
      const leave = await as(owner.headers)(
        'mutation($ws: ID!, $u: ID!) { removeMember(workspace: $ws, userId: $u) }',
        { ws: workspace.id, u: owner.id },
      );
      expect(errorOf(leave).extensions?.code).toBe('CONFLICT');
    });

    it('accepts an invitation only once, only for its address, and not after it was withdrawn', async () => {
      const invite = async () =>
        dataOf(
          await as(owner.headers)<{ inviteMember: { token: string; acceptPath: string; invitation: { id: string } } }>(
            'mutation($ws: ID!) { inviteMember(workspace: $ws, email: "invited@example.org", role: VIEWER) { token acceptPath invitation { id } } }',
            { ws: workspace.id },
          ),
        ).inviteMember;
      const first = await invite();
      expect(first.acceptPath).toBe(`/?invitation=${first.token}`);
      const wrongPerson = await api.signUpUser('wrong-person');
      const accept = (user: TestUser, token: string) =>
        as(user.headers)('mutation($t: String!) { acceptInvitation(token: $t) { id } }', { t: token });
      expect(errorOf(await accept(wrongPerson, first.token)).extensions?.code).toBe('FORBIDDEN');
      dataOf(
        await as(owner.headers)('mutation($ws: ID!, $id: ID!) { revokeInvitation(workspace: $ws, id: $id) }', {
          ws: workspace.id,
          id: first.invitation.id,
        }),
      );
      expect(errorOf(await accept(wrongPerson, first.token)).extensions?.code).toBe('NOT_FOUND');
      const { invitations } = dataOf(
        await as(owner.headers)<{ workspace: { invitations: unknown[] } }>(
          'query($ws: String!) { workspace(slug: $ws) { invitations { id } } }',
          { ws: workspace.slug },
        ),
      ).workspace as unknown as { invitations: Array<{ id: string }> };
      expect(invitations.map((invitation) => invitation.id)).not.toContain(first.invitation.id);
      expect(errorOf(await accept(wrongPerson, 'tmi_not-a-real-token')).extensions?.code).toBe('NOT_FOUND');
      expect(
        errorOf(await as({ authorization: '' })('mutation { acceptInvitation(token: "x") { id } }')).extensions?.code,
      ).toBe('UNAUTHENTICATED');
    });
  });

  describe('deleting a workspace', () => {
    it('hides it at once, lets its owner restore it, and purges it after the grace period', async () => {
      const doomed = await createWorkspace(owner.headers, 'PUBLIC');
      const find = (headers: Record<string, string>) =>
        as(headers)<{ workspace: { id: string } | null }>('query($ws: String!) { workspace(slug: $ws) { id } }', {
          ws: doomed.slug,
        });
      const editor = await joinWith(api, owner, doomed.id, 'doomed-editor', 'EDITOR');
      expect(
        errorOf(
          await as(editor.headers)('mutation($ws: ID!) { deleteWorkspace(workspace: $ws) { id } }', { ws: doomed.id }),
        ).extensions?.code,
      ).toBe('FORBIDDEN');
      dataOf(
        await as(owner.headers)('mutation($ws: ID!) { deleteWorkspace(workspace: $ws) { id } }', { ws: doomed.id }),
      );
      for (const headers of [owner.headers, editor.headers, { authorization: '' }])
        expect(dataOf(await find(headers)).workspace).toBeNull();
      const { deletedWorkspaces } = dataOf(
        await as(owner.headers)<{ deletedWorkspaces: Array<{ id: string; purgeAt: string }> }>(
          '{ deletedWorkspaces { id purgeAt } }',
        ),
      );
      expect(deletedWorkspaces.map((workspace) => workspace.id)).toContain(doomed.id);
      expect(
        dataOf(await as(editor.headers)<{ deletedWorkspaces: unknown[] }>('{ deletedWorkspaces { id } }'))
          .deletedWorkspaces,
      ).toEqual([]);
      dataOf(await as(owner.headers)('mutation($id: ID!) { restoreWorkspace(id: $id) { id } }', { id: doomed.id }));
      expect(dataOf(await find(editor.headers)).workspace).toEqual({ id: doomed.id });
      dataOf(
        await as(owner.headers)('mutation($ws: ID!) { deleteWorkspace(workspace: $ws) { id } }', { ws: doomed.id }),
      );
      // Not yet past the grace period: kept; past it: gone for good.
      await api.server.workspaces.purgeExpired(new Date());
      expect(
        dataOf(
          await as(owner.headers)<{ deletedWorkspaces: Array<{ id: string }> }>('{ deletedWorkspaces { id } }'),
        ).deletedWorkspaces.map((w) => w.id),
      ).toContain(doomed.id);
      await api.server.workspaces.purgeExpired(new Date(Date.now() + 31 * 86_400_000));
      expect(
        dataOf(
          await as(owner.headers)<{ deletedWorkspaces: Array<{ id: string }> }>('{ deletedWorkspaces { id } }'),
        ).deletedWorkspaces.map((w) => w.id),
      ).not.toContain(doomed.id);
      expect(
        errorOf(await as(owner.headers)('mutation($id: ID!) { restoreWorkspace(id: $id) { id } }', { id: doomed.id }))
          .extensions?.code,
      ).toBe('NOT_FOUND');
    });

    it('versions a workspace’s settings: a stale expectedVersion is a CONFLICT, and each change is in the audit log', async () => {
      const settings = await createWorkspace(owner.headers, 'PUBLIC');
      const update = (title: string, expectedVersion: number) =>
        as(owner.headers)<{ updateWorkspace: { title: string; version: number } }>(
          'mutation($ws: ID!, $t: String!, $v: Int) { updateWorkspace(workspace: $ws, input: { title: $t }, expectedVersion: $v) { title version } }',
          { ws: settings.id, t: title, v: expectedVersion },
        );
      expect(dataOf(await update('Renamed', 1)).updateWorkspace).toEqual({ title: 'Renamed', version: 2 });
      expect(errorOf(await update('Lost update', 1)).extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'expectedVersion',
        currentVersion: 2,
      });
      const { workspace: read } = dataOf(
        await as(owner.headers)<{
          workspace: { title: string; auditLog: { events: Array<{ action: string; actorEmail: string }> } };
        }>('query($ws: String!) { workspace(slug: $ws) { title auditLog { events { action actorEmail } } } }', {
          ws: settings.slug,
        }),
      );
      expect(read.title).toBe('Renamed');
      expect(read.auditLog.events.map((event) => event.action)).toEqual(['WORKSPACE_UPDATE', 'WORKSPACE_CREATE']);
      expect(read.auditLog.events.every((event) => event.actorEmail === owner.email)).toBe(true);
    });

    it('refuses a RESTRICTED workspace: workspaces are public or members-only', async () => {
      const answer = await as(owner.headers)(
        'mutation { createWorkspace(input: { slug: "test-restricted-ws", title: "R", visibility: RESTRICTED }) { id } }',
      );
      expect(errorOf(answer).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.visibility' });
    });
  });
});
