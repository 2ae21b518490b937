import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../../context';
import type { SignedIn } from '../../services/account.service';
import { userViewer } from '../../auth/viewer';
import { AuthPayload, InvitationPreview, User } from './account.type';

/** The session part of a sign-in; the refresh secret goes into the httpOnly cookie only. */
function session(context: ApiContext, signedIn: SignedIn): AuthPayload {
  context.http.setRefreshCookie(signedIn.refreshSecret, signedIn.refreshExpiresAt);
  return {
    user: signedIn.user,
    accessToken: signedIn.accessToken,
    accessTokenExpiresAt: signedIn.accessTokenExpiresAt,
  };
}

@Resolver()
export class AccountResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user (null for anonymous visitors).' })
  me(@Ctx() { accounts, viewer }: ApiContext): Promise<User | null> {
    return accounts.me(viewer);
  }

  @Mutation(() => AuthPayload, {
    description: 'Creates an account and signs in (FORBIDDEN when sign-up is switched off).',
  })
  async signUp(
    @Ctx() context: ApiContext,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String, { description: '10–200 characters.' }) password: string,
    @Arg('name', () => String) name: string,
    @Arg('invitation', () => String, {
      nullable: true,
      description:
        'An invitation for this address: lets it sign up where sign-up is switched off, and joins its workspace.',
    })
    invitation?: string | null,
  ): Promise<AuthPayload> {
    if (!invitation) return session(context, await context.accounts.signUp({ email, password, name }));
    const invited = await context.workspaces.liveInvitation(invitation);
    const signedIn = await context.accounts.signUp({ email, password, name }, invited.email);
    await context.workspaces.acceptInvitation(userViewer({ ...signedIn.user, roles: new Map() }), invitation);
    return session(context, signedIn);
  }

  @Query(() => InvitationPreview, {
    nullable: true,
    description: 'What an invitation link offers, for whoever holds it; null when it is not live.',
  })
  invitation(
    @Ctx() { workspaces }: ApiContext,
    @Arg('token', () => String) token: string,
  ): Promise<InvitationPreview | null> {
    return workspaces.invitationPreview(token);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Signs in. Wrong credentials: UNAUTHENTICATED; after 5 failures in a row, RATE_LIMITED for a growing delay.',
  })
  async signIn(
    @Ctx() context: ApiContext,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
  ): Promise<AuthPayload> {
    return session(context, await context.accounts.signIn(email, password));
  }

  @Mutation(() => AuthPayload, {
    description: 'A new access token for the session in the refresh cookie (the cookie is renewed).',
  })
  async refreshSession(@Ctx() context: ApiContext): Promise<AuthPayload> {
    return session(context, await context.accounts.refresh(context.http.refreshCookie));
  }

  @Mutation(() => Boolean, { description: 'Ends the session (its access and refresh tokens stop working).' })
  async signOut(@Ctx() context: ApiContext): Promise<boolean> {
    await context.accounts.signOut(context.viewer, context.http.refreshCookie);
    context.http.setRefreshCookie(null);
    return true;
  }

  @Mutation(() => AuthPayload, { description: 'Changes your password; your other sessions end.' })
  async changePassword(
    @Ctx() context: ApiContext,
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<AuthPayload> {
    return session(context, await context.accounts.changePassword(context.viewer, currentPassword, newPassword));
  }

  @Mutation(() => String, {
    description: 'Administrators: gives a user a new generated password (returned once) and ends their sessions.',
  })
  resetPassword(@Ctx() { accounts, viewer }: ApiContext, @Arg('userId', () => ID) userId: string): Promise<string> {
    return accounts.resetPassword(viewer, userId);
  }
}
