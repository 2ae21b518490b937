import { useState } from 'react';
import { RetryNotice } from '../../../components/notice/RetryNotice';
import { useAsync } from '../../../lib/use-async';
import { addThemes } from '../api/add-themes';
import { getWorkspaceThemes, type WorkspaceTheme } from '../api/get-workspace-themes';
import { ThemeForm } from './ThemeForm';

/** The workspace's vocabulary of themes: the built-in ones, its own (relabel them), and a form to add one. */
export function ThemesSection({ workspace }: { workspace: string }) {
  const [state, reload] = useAsync(workspace, (signal) => getWorkspaceThemes(workspace, signal));
  const [themes, setThemes] = useState<WorkspaceTheme[] | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  if (state.status === 'error') return <RetryNotice onRetry={reload}>{state.error.message}</RetryNotice>;
  if (state.status !== 'ready') return <p className="muted">Loading the themes…</p>;
  const list = themes ?? state.data;
  const save = async (theme: { id: string; label: string; description: string }) => {
    setThemes(await addThemes(workspace, [theme]));
    setEditing(null);
  };
  const own = list.filter((theme) => !theme.builtIn);
  return (
    <div className="themes-section" data-testid="themes-section">
      <h3 className="section-first">This workspace's themes</h3>
      {own.length === 0 && <p className="muted small">None yet: actors and relations use the built-in themes below.</p>}
      <ul className="theme-list">
        {own.map((theme) =>
          editing === theme.id ? (
            <li key={theme.id}>
              <ThemeForm theme={theme} onSave={save} onCancel={() => setEditing(null)} />
            </li>
          ) : (
            <li key={theme.id} className="theme-row" data-testid="own-theme">
              <div>
                <strong>{theme.label}</strong> <code className="muted small">{theme.id}</code>
                <p className="muted small">{theme.description}</p>
              </div>
              <button type="button" onClick={() => setEditing(theme.id)}>
                Relabel
              </button>
            </li>
          ),
        )}
      </ul>
      {editing === '' ? (
        <ThemeForm onSave={save} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" className="primary" onClick={() => setEditing('')} data-testid="add-theme">
          Add a theme
        </button>
      )}
      <details className="theme-builtins">
        <summary>Built-in themes ({list.length - own.length})</summary>
        <ul className="theme-list theme-list--compact">
          {list
            .filter((theme) => theme.builtIn)
            .map((theme) => (
              <li key={theme.id}>
                <strong>{theme.label}</strong> <span className="muted small">{theme.description}</span>
              </li>
            ))}
        </ul>
      </details>
    </div>
  );
}
