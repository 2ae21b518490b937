import { VISIBILITIES, type Visibility } from '../domain/vocabulary';
import { ClientError } from '../errors';

/** A member's role in one workspace (PRODUCT.md section 8). */
export const ROLES = ['OWNER', 'EDITOR', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

/** How strong each role is: a token's role never lifts its user's. */
const ROLE_RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, OWNER: 3 };

export function weakerRole(a: Role, b: Role): Role {
  return ROLE_RANK[a] <= ROLE_RANK[b] ? a : b;
}

export function roleAtLeast(role: Role | null | undefined, needed: Role): boolean {
  return role !== null && role !== undefined && ROLE_RANK[role] >= ROLE_RANK[needed];
}

/**
 * Who is asking, and what they may see and do. A request's viewer knows its roles by workspace
 * (`roles`, by id and by slug); a viewer *in* a workspace (`viewerIn`) has the visibilities and the
 * edit right of its role there, and is what the data layer filters with. Outside the workspaces
 * where it has a role, a viewer sees what an anonymous visitor sees.
 *
 * Visibility classes, never individual users, decide what is seen (so that analytics can be
 * computed and cached per class): PUBLIC for everyone, WORKSPACE for members, RESTRICTED for
 * editors and owners.
 */
export interface Viewer {
  /** The author written into changes: a user id, or `anonymous` / `system`. */
  readonly id: string;
  readonly kind: 'system' | 'anonymous' | 'user' | 'token';
  /** Visibilities whose records this viewer may see (in its workspace, once scoped). */
  readonly visibilities: readonly Visibility[];
  readonly canEdit: boolean;
  /** The role in the workspace this viewer is scoped to (null outside its workspaces). */
  readonly role: Role | null;
  /** Roles by workspace id and slug (request viewers; empty once scoped). */
  readonly roles: ReadonlyMap<string, Role>;
  /** Sees and edits every workspace: the instance's administrators and in-process scripts. */
  readonly admin: boolean;
  /**
   * The user id under which the viewer may see RESTRICTED actors that name it among their readers:
   * set for a member who may not see RESTRICTED records as such (a VIEWER), null otherwise.
   */
  readonly readerId: string | null;
  /** For API tokens: the token's id (its uses are audited). */
  readonly tokenId?: string;
  /** For signed-in users: the session the access token belongs to. */
  readonly sessionId?: string;
  readonly email?: string;
}

/** In-process callers (seed loader, CLI, tests): see and edit everything; never reachable over HTTP. */
export const SYSTEM: Viewer = {
  id: 'system',
  kind: 'system',
  visibilities: VISIBILITIES,
  canEdit: true,
  role: 'OWNER',
  roles: new Map(),
  admin: true,
  readerId: null,
};
/** The former name of SYSTEM, kept for scripts. */
export const LOCAL_EDITOR = SYSTEM;

export const ANONYMOUS: Viewer = {
  id: 'anonymous',
  kind: 'anonymous',
  visibilities: ['PUBLIC'],
  canEdit: false,
  role: null,
  roles: new Map(),
  admin: false,
  readerId: null,
};

/** The visibilities a role may see. */
export function visibilitiesOf(role: Role | null): readonly Visibility[] {
  if (role === 'OWNER' || role === 'EDITOR') return VISIBILITIES;
  if (role === 'VIEWER') return ['PUBLIC', 'WORKSPACE'];
  return ['PUBLIC'];
}

/** A signed-in user (or one of its API tokens) with its roles. */
export function userViewer(user: {
  id: string;
  email?: string;
  admin: boolean;
  roles: ReadonlyMap<string, Role>;
  tokenId?: string;
  sessionId?: string;
}): Viewer {
  return {
    id: user.id,
    kind: user.tokenId ? 'token' : 'user',
    visibilities: user.admin ? VISIBILITIES : ['PUBLIC'],
    canEdit: user.admin,
    role: user.admin ? 'OWNER' : null,
    roles: user.roles,
    admin: user.admin,
    readerId: null,
    ...(user.tokenId ? { tokenId: user.tokenId } : {}),
    ...(user.sessionId ? { sessionId: user.sessionId } : {}),
    ...(user.email ? { email: user.email } : {}),
  };
}

/**
 * The viewer as it is in one workspace (named by id or slug): its role there decides what it sees
 * and whether it may edit. Scoping a scoped viewer again to another workspace gives what a
 * non-member sees.
 */
export function viewerIn(viewer: Viewer, workspaceKey: string): Viewer {
  if (viewer.admin) return { ...viewer, role: 'OWNER', visibilities: VISIBILITIES, canEdit: true };
  const role = viewer.roles.get(workspaceKey) ?? null;
  if (role === null && viewer.roles.size === 0) return viewer;
  return {
    ...viewer,
    role,
    visibilities: visibilitiesOf(role),
    canEdit: roleAtLeast(role, 'EDITOR'),
    roles: new Map(),
    readerId: role === 'VIEWER' ? viewer.id : null,
  };
}

/**
 * For reads by id, before the workspace is known: the widest visibilities the viewer has anywhere
 * (each record is then checked with `viewerIn` its own workspace), the workspace visibilities it
 * may read as a non-member, and the ids of the workspaces it belongs to.
 */
export function byIdScope(viewer: Viewer): {
  visibilities: Visibility[];
  workspaceVisibilities: Visibility[];
  memberOf: string[];
  reader: string | null;
} {
  if (viewer.admin) {
    return { visibilities: [...VISIBILITIES], workspaceVisibilities: [...VISIBILITIES], memberOf: [], reader: null };
  }
  const widest = new Set<Visibility>(viewer.visibilities);
  for (const role of viewer.roles.values()) for (const visibility of visibilitiesOf(role)) widest.add(visibility);
  return {
    visibilities: [...widest],
    workspaceVisibilities: viewer.role ? [...VISIBILITIES] : ['PUBLIC'],
    memberOf: [...viewer.roles.keys()],
    reader: viewer.kind === 'user' || viewer.kind === 'token' ? viewer.id : null,
  };
}

/** What decides whether a record may be seen: its visibility and, for actors, the users it names. */
export interface Seeable {
  visibility: Visibility;
  readers?: readonly string[] | null;
}

/**
 * Whether records of workspace `workspaceId` (a record and what it reveals, e.g. a relation's ends)
 * may all be seen (the workspace itself already checked).
 */
export function maySee(viewer: Viewer, workspaceId: string, ...records: Array<Visibility | Seeable>): boolean {
  const scoped = viewerIn(viewer, workspaceId);
  return records.every((record) => {
    const { visibility, readers } = typeof record === 'string' ? { visibility: record, readers: null } : record;
    return (
      scoped.visibilities.includes(visibility) ||
      (scoped.readerId !== null && (readers ?? []).includes(scoped.readerId))
    );
  });
}

/**
 * Whether the viewer may see records of every visibility, so that a visibility condition in a query
 * cannot drop anything (and can be left out).
 */
export function seesEverything(viewer: Viewer): boolean {
  return VISIBILITIES.every((visibility) => viewer.visibilities.includes(visibility));
}

/**
 * Refuses writes by viewers who may not edit: UNAUTHENTICATED for anonymous visitors (signing in
 * may help), FORBIDDEN for signed-in viewers without the role.
 */
export function assertCanEdit(viewer: Viewer): void {
  if (viewer.canEdit) return;
  if (viewer.kind === 'anonymous') throw new ClientError('UNAUTHENTICATED', 'Sign in to change this workspace');
  throw new ClientError('FORBIDDEN', 'You may read this workspace but not change it');
}

/** Refuses what needs a role (e.g. OWNER) in the viewer's workspace. */
export function assertRole(viewer: Viewer, needed: Role, what: string): void {
  if (viewer.admin || roleAtLeast(viewer.role, needed)) return;
  if (viewer.kind === 'anonymous') throw new ClientError('UNAUTHENTICATED', `Sign in to ${what}`);
  throw new ClientError('FORBIDDEN', `Only a workspace ${needed.toLowerCase()} may ${what}`);
}

/** Refuses what needs a signed-in user (not an API token, not anonymous). */
export function assertSignedIn(viewer: Viewer): void {
  if (viewer.kind === 'anonymous') throw new ClientError('UNAUTHENTICATED', 'Sign in first');
}
