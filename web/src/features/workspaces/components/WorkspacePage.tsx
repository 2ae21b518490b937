import { useState } from 'react';
import { DEFAULT_WORKSPACE } from '../../../config/defaults';
import { sessionRightsChanged } from '../../../lib/session/session';
import { useSession } from '../../../lib/session/use-session';
import { EMPTY_FILTERS, type ViewState, type WorkspaceSection } from '../../../lib/view-state';
import { AcceptInvitation } from './AcceptInvitation';
import { ApiTokensSection } from './ApiTokensSection';
import { AuditLogSection } from './AuditLogSection';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { DeletedWorkspaces } from './DeletedWorkspaces';
import { DeleteWorkspaceSection } from './DeleteWorkspaceSection';
import { MembersSection } from './MembersSection';
import { SettingsSection } from './SettingsSection';
import { ThemesSection } from './ThemesSection';
import { WorkspaceList } from './WorkspaceList';
import { WorkspaceManager } from './WorkspaceManager';
import '../workspaces.css';

export interface WorkspacePageProps {
  workspace: string;
  section: WorkspaceSection | null;
  invitation: string | null;
  /** Changes the URL state (the app's useViewState). */
  onNavigate: (patch: Partial<ViewState>) => void;
  onSignIn: (mode: 'sign-in' | 'sign-up') => void;
}

/** Opening another workspace starts its map afresh: no selection, no filters. */
const OTHER_WORKSPACE = { actor: null, relation: null, filters: EMPTY_FILTERS, section: null } as const;

/**
 * The workspace page: the viewer's workspaces (with its role in each), a new workspace, deleted ones to
 * restore; for the current workspace the sections its role allows; and an invitation being accepted.
 * What changes the viewer's rights (a workspace created, joined, deleted, restored) reloads the app's data
 * through the session (sessionRightsChanged) once the URL names where to go.
 */
export function WorkspacePage({ workspace, section, invitation, onNavigate, onSignIn }: WorkspacePageProps) {
  const session = useSession();
  const [version, setVersion] = useState(0);
  const signedIn = session.status === 'signed-in';
  const go = (patch: Partial<ViewState>, rightsChanged: boolean) => {
    onNavigate(patch);
    if (rightsChanged) sessionRightsChanged();
  };
  const renderSection = (open: WorkspaceSection, current: Parameters<typeof SettingsSection>[0]['workspace']) => {
    switch (open) {
      case 'settings':
        return <SettingsSection key={current.id} workspace={current} onSaved={() => setVersion(version + 1)} />;
      case 'themes':
        return <ThemesSection workspace={current.slug} />;
      case 'members':
        return (
          <MembersSection
            workspace={current.slug}
            myId={signedIn ? session.user.id : ''}
            onOwnRightsChanged={sessionRightsChanged}
          />
        );
      case 'tokens':
        return (
          <ApiTokensSection workspaceId={current.id} workspaceSlug={current.slug} myRole={current.myRole ?? 'VIEWER'} />
        );
      case 'audit':
        return <AuditLogSection workspace={current.slug} />;
      case 'delete':
        return (
          <DeleteWorkspaceSection
            workspace={current}
            onDeleted={() => go({ ...OTHER_WORKSPACE, workspace: DEFAULT_WORKSPACE }, true)}
          />
        );
    }
  };
  return (
    <div className="workspace-page" data-testid="workspace-page">
      <aside className="workspace-page__side">
        <WorkspaceList
          current={workspace}
          version={version}
          signedIn={signedIn}
          onManage={(slug) => go({ ...OTHER_WORKSPACE, workspace: slug }, false)}
        />
        {signedIn && <CreateWorkspaceForm onCreated={(slug) => go({ ...OTHER_WORKSPACE, workspace: slug }, true)} />}
        {signedIn && (
          <DeletedWorkspaces
            version={version}
            onRestored={(slug) => go({ ...OTHER_WORKSPACE, workspace: slug }, true)}
          />
        )}
      </aside>
      <main className="workspace-page__main">
        {invitation && (
          <AcceptInvitation
            token={invitation}
            session={session}
            onSignIn={onSignIn}
            onJoined={(slug) => go({ ...OTHER_WORKSPACE, workspace: slug, invitation: null, page: 'map' }, true)}
            onDismiss={() => onNavigate({ invitation: null })}
          />
        )}
        {!signedIn && !invitation && (
          <p className="notice">
            <button type="button" className="link-button" onClick={() => onSignIn('sign-in')}>
              Sign in
            </button>{' '}
            to create workspaces and manage the ones you belong to.
          </p>
        )}
        {!invitation && (
          <WorkspaceManager
            slug={workspace}
            section={section}
            version={version}
            onSection={(next) => onNavigate({ section: next })}
            onOpenMap={() => onNavigate({ page: 'map' })}
            renderSection={renderSection}
          />
        )}
      </main>
    </div>
  );
}
