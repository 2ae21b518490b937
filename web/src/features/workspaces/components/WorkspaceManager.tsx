import type { ReactNode } from 'react';
import { useTabList } from '../../../components/tabs/use-tab-list';
import { RetryNotice } from '../../../components/notice/RetryNotice';
import { VisibilityBadge } from '../../../components/visibility-badge/VisibilityBadge';
import type { Role } from '../../../lib/domain';
import type { WorkspaceSection } from '../../../lib/view-state';
import type { WorkspaceAccess } from '../api/get-workspace-access';
import { useWorkspaceAccess } from '../hooks/use-workspace-access';
import { useLastData } from '../../../lib/use-async';
import { roleName } from '../role-label';

const LABELS: Record<WorkspaceSection, string> = {
  settings: 'Settings',
  themes: 'Themes',
  members: 'Members',
  tokens: 'API tokens',
  audit: 'Audit log',
  delete: 'Delete',
};

/** The sections a role may open: owners everything, editors themes and tokens, viewers their tokens. */
export function sectionsFor(role: Role | null, canEdit: boolean): WorkspaceSection[] {
  const owner = role === 'OWNER';
  const allowed: [WorkspaceSection, boolean][] = [
    ['settings', owner],
    ['themes', canEdit],
    ['members', owner],
    ['tokens', role !== null],
    ['audit', owner],
    ['delete', owner],
  ];
  return allowed.filter(([, yes]) => yes).map(([section]) => section);
}

export interface WorkspaceManagerProps {
  slug: string;
  section: WorkspaceSection | null;
  version: number;
  onSection: (section: WorkspaceSection) => void;
  onOpenMap: () => void;
  /** Renders the open section for the workspace (the page wires each to its callbacks). */
  renderSection: (section: WorkspaceSection, workspace: WorkspaceAccess) => ReactNode;
}

/** One workspace: its title, visibility and the viewer's role, then the sections that role may use. */
export function WorkspaceManager({
  slug,
  section,
  version,
  onSection,
  onOpenMap,
  renderSection,
}: WorkspaceManagerProps) {
  const [state, reload] = useWorkspaceAccess(slug, version);
  // Kept while a change reloads it, so that the open section keeps its state; another slug starts afresh.
  const last = useLastData(state);
  const workspace = state.status === 'ready' ? state.data : last?.slug === slug ? last : undefined;
  if (state.status === 'error') return <RetryNotice onRetry={reload}>{state.error.message}</RetryNotice>;
  if (workspace === undefined) return <p className="muted">Loading the workspace…</p>;
  if (workspace === null)
    return (
      <p className="muted">The workspace “{slug}” does not exist, or you may not see it. Pick one from the list.</p>
    );
  const sections = sectionsFor(workspace.myRole, workspace.canEdit);
  const open = section && sections.includes(section) ? section : (sections[0] ?? null);
  return (
    <section className="workspace-manager" aria-labelledby="workspace-title" data-testid="workspace-manager">
      <header className="workspace-manager__head">
        <div>
          <h2 id="workspace-title">{workspace.title}</h2>
          <p className="muted small">
            {workspace.slug} · <VisibilityBadge visibility={workspace.visibility} /> · your role:{' '}
            <strong data-testid="my-role">{roleName(workspace.myRole)}</strong>
          </p>
          {workspace.description && <p className="workspace-manager__description">{workspace.description}</p>}
        </div>
        <button type="button" onClick={onOpenMap} data-testid="open-map">
          Open the map
        </button>
      </header>
      {sections.length === 0 ? (
        <p className="muted workspace-manager__body">
          You may browse this workspace's public records; its settings are for its members.
        </p>
      ) : (
        <SectionTabs sections={sections} open={open} onSection={onSection}>
          {open && renderSection(open, workspace)}
        </SectionTabs>
      )}
    </section>
  );
}

/** The sections the viewer may open, as tabs (the ARIA tabs pattern), over the open one. */
function SectionTabs({
  sections,
  open,
  onSection,
  children,
}: {
  sections: WorkspaceSection[];
  open: WorkspaceSection | null;
  onSection: (section: WorkspaceSection) => void;
  children: ReactNode;
}) {
  const tabs = useTabList({ tabs: sections, selected: open, onSelect: onSection, label: 'Workspace sections' });
  return (
    <>
      <div className="tabs" {...tabs.listProps}>
        {sections.map((name) => (
          <button
            key={name}
            type="button"
            {...tabs.tabProps(name)}
            className={open === name ? 'tab tab--active' : 'tab'}
            data-testid={`section-${name}`}
          >
            {LABELS[name]}
          </button>
        ))}
      </div>
      <div className="workspace-manager__body" {...tabs.panelProps}>
        {children}
      </div>
    </>
  );
}
