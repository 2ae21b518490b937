import { AccountMenu } from '../features/account/components/AccountMenu';
import type { AccountFormMode } from '../features/account/components/SignInForm';
import { SearchBox } from '../features/explore/components/SearchBox';
import { WorkspacePicker } from '../features/explore/components/WorkspacePicker';
import { LensSwitcher } from '../features/lenses/components/LensSwitcher';
import { DEFAULT_FUNDING, EMPTY_FILTERS, VIEWS, type UpdateView, type View, type ViewState } from '../lib/view-state';

const VIEW_LABELS: Record<View, string> = {
  map: 'Map',
  table: 'Table',
  relations: 'Relations',
  matrix: 'Matrix',
  // Not "Funding": that is the lens drawing money on the map; this view is the funders' and recipients' tables.
  funding: 'Funding table',
  duplicates: 'Duplicates',
};

export interface AppHeaderProps {
  view: ViewState;
  update: UpdateView;
  onSelectActor: (id: string) => void;
  onSignIn: (mode: AccountFormMode) => void;
}

/**
 * The header: workspace, search, lens and view on the map page (the date is the time strip's, over the map) (a way back to it on the workspace
 * page), and the account menu, which leads to the workspace page.
 */
export function AppHeader({ view, update, onSelectActor, onSignIn }: AppHeaderProps) {
  const onMap = view.page === 'map' && !view.invitation;
  return (
    <header className="app__header">
      <h1 className="brand">
        <a
          href="?"
          onClick={(event) => {
            event.preventDefault();
            update({ page: 'map', invitation: null });
          }}
        >
          Tiermap
        </a>
      </h1>
      {!onMap && (
        <button type="button" onClick={() => update({ page: 'map', invitation: null })} data-testid="back-to-map">
          ← Back to the map
        </button>
      )}
      {onMap && (
        <>
          <WorkspacePicker
            value={view.workspace}
            onChange={(workspace) =>
              update({
                workspace,
                actor: null,
                relation: null,
                filters: EMPTY_FILTERS,
                section: null,
                tab: null,
                viewport: null,
                tableText: '',
                tableType: null,
                funding: DEFAULT_FUNDING,
              })
            }
          />
          <SearchBox workspace={view.workspace} asOf={view.asOf} onPick={(actor) => onSelectActor(actor.id)} />
          <LensSwitcher value={view.lens} onChange={(lens) => update({ lens })} />
          <div className="view-toggle" role="group" aria-label="View">
            {VIEWS.map((name) => (
              <button
                key={name}
                type="button"
                aria-pressed={view.view === name}
                onClick={() => update({ view: name })}
                data-testid={`view-${name}`}
              >
                {VIEW_LABELS[name]}
              </button>
            ))}
          </div>
        </>
      )}
      <AccountMenu onSignIn={onSignIn} onOpenWorkspaces={() => update({ page: 'workspaces' })} />
    </header>
  );
}
