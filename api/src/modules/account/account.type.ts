import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ROLES, type Role } from '../../auth/viewer';
import { DateTimeScalar } from '../common/scalars';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as Record<Role, Role>;
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'A member’s role in a workspace.',
  valuesConfig: {
    OWNER: {
      description: 'Manages members, settings and tokens; may delete the workspace; edits and sees everything.',
    },
    EDITOR: { description: 'Edits actors, relations and sources; sees RESTRICTED records.' },
    VIEWER: { description: 'Reads PUBLIC and WORKSPACE (members-only) records.' },
  },
});

@ObjectType({ description: 'A person with an account.' })
export class User {
  @Field(() => ID, { description: 'Stable server-made id.' })
  id!: string;

  @Field(() => String, { description: 'Sign-in address (unique, any case).' })
  email!: string;

  @Field(() => String, { description: 'How the person is shown.' })
  name!: string;

  @Field(() => Boolean, { description: 'An administrator of this Tiermap: an owner of every workspace.' })
  admin!: boolean;

  @Field(() => DateTimeScalar, { description: 'When the account was made.' })
  createdAt!: string;
}

@ObjectType({
  description:
    'A signed-in session. Send accessToken as "Authorization: Bearer …"; the web client also gets an httpOnly refresh cookie, which refreshSession exchanges for a new access token.',
})
export class AuthPayload {
  @Field(() => User, { description: 'Who signed in.' })
  user!: User;

  @Field(() => String, { description: 'Short-lived signed access token.' })
  accessToken!: string;

  @Field(() => DateTimeScalar, { description: 'When the access token stops working.' })
  accessTokenExpiresAt!: string;
}

@ObjectType({ description: 'A member of a workspace.' })
export class Member {
  @Field(() => ID, { description: 'The member’s user id.' })
  userId!: string;

  @Field(() => String, { description: 'The member’s address.' })
  email!: string;

  @Field(() => String, { description: 'The member’s name.' })
  name!: string;

  @Field(() => RoleEnum, { description: 'What the member may do here.' })
  role!: Role;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the member joined.' })
  since!: string | null;
}

@ObjectType({ description: 'An invitation to join a workspace, made by an owner for one e-mail address.' })
export class Invitation {
  @Field(() => ID, { description: 'Stable id (to revoke it).' })
  id!: string;

  @Field(() => String, { description: 'The address it is for: only that account may accept it.' })
  email!: string;

  @Field(() => RoleEnum, { description: 'The role it gives.' })
  role!: Role;

  @Field(() => DateTimeScalar, { description: 'When it was made.' })
  createdAt!: string;

  @Field(() => DateTimeScalar, { description: 'When it stops working.' })
  expiresAt!: string;
}

@ObjectType({
  description: 'A new invitation with its secret (shown once: no mail is sent, the owner passes the link on).',
})
export class CreatedInvitation {
  @Field(() => Invitation, { description: 'The invitation as stored.' })
  invitation!: Invitation;

  @Field(() => String, { description: 'The invitation secret; acceptInvitation(token:) takes it.' })
  token!: string;

  @Field(() => String, { description: 'Path of the web client page that accepts it, e.g. /?invitation=…' })
  acceptPath!: string;
}

@ObjectType({ description: 'A personal API token for scripts: one workspace, one role, revocable.' })
export class ApiToken {
  @Field(() => ID, { description: 'Stable id (to revoke it).' })
  id!: string;

  @Field(() => String, { description: 'What the token is for, as its user named it.' })
  name!: string;

  @Field(() => ID, { description: 'The one workspace it acts in.' })
  workspaceId!: string;

  @Field(() => RoleEnum, { description: 'The most the token may do (never more than its user’s role).' })
  role!: Role;

  @Field(() => String, { description: 'The first characters of the secret, to recognise it.' })
  prefix!: string;

  @Field(() => DateTimeScalar, { description: 'When it was made.' })
  createdAt!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it stops working (null: never).' })
  expiresAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Recorded at most once a minute.' })
  lastUsedAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was revoked (null: live).' })
  revokedAt!: string | null;
}

@ObjectType({ description: 'A new API token with its secret, shown once.' })
export class CreatedApiToken {
  @Field(() => ApiToken, { description: 'The token as stored (without its secret).' })
  token!: ApiToken;

  @Field(() => String, { description: 'Send as "Authorization: Bearer …". Not stored: copy it now.' })
  secret!: string;
}

@ObjectType({
  description: 'One entry of a workspace’s audit log: a data write, a membership or token change, a token use.',
})
export class AuditEvent {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When it happened.' })
  at!: string;

  @Field(() => ID, { description: 'Who: a user id (or system for scripts).' })
  actorId!: string;

  @Field(() => String, { nullable: true, description: 'The author’s address, when the author is a user.' })
  actorEmail!: string | null;

  @Field(() => String, { description: 'What, e.g. ACTOR_UPDATE, ROLE_CHANGED, TOKEN_USED.' })
  action!: string;

  @Field(() => ID, { nullable: true, description: 'The record, member, invitation or token concerned.' })
  subjectId!: string | null;

  @Field(() => String, { nullable: true, description: 'Details as JSON text.' })
  detail!: string | null;
}

@ObjectType({ description: 'What an invitation link offers.' })
export class InvitationPreview {
  @Field(() => String, { description: 'The title of the workspace it joins.' })
  workspaceTitle!: string;

  @Field(() => String, { description: 'The address it is for.' })
  email!: string;

  @Field(() => RoleEnum, { description: 'The role it gives.' })
  role!: Role;

  @Field(() => DateTimeScalar, { description: 'When it stops working.' })
  expiresAt!: string;
}
