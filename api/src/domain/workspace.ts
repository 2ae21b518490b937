import type { ThemeDefinition, Visibility } from './vocabulary';
import type { InputChecker } from './validation';

export interface WorkspaceRecord {
  id: string;
  slug: string;
  title: string;
  description: string | null;
  visibility: Visibility;
  createdAt: string;
  updatedAt: string;
  /** Set while a deleted workspace waits to be purged. */
  deletedAt: string | null;
  /** Increases with every change of its settings (1 for workspaces made before versions). */
  version: number;
}

export interface WorkspaceFields {
  slug?: string;
  title?: string;
  description?: string | null;
  visibility?: Visibility;
  themes?: ThemeDefinition[];
}

export function checkWorkspaceFields(
  check: InputChecker,
  fields: WorkspaceFields,
  prefix: readonly (string | number)[],
): void {
  const at = (name: string) => [...prefix, name];
  check.required(at('slug'), fields.slug);
  check.required(at('title'), fields.title);
  if (fields.slug !== undefined && !/^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/.test(fields.slug)) {
    check.add(at('slug'), 'must be 1–80 lower-case letters, digits and hyphens, not starting or ending with a hyphen');
  }
  check.text(at('title'), fields.title, { min: 1, max: 200 });
  check.text(at('description'), fields.description, { max: 5000 });
  check.list(at('themes'), fields.themes, 200, (path, theme) => checkTheme(check, theme, path));
}

export function checkTheme(check: InputChecker, theme: ThemeDefinition, path: readonly (string | number)[]): void {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(theme.id) || theme.id.length > 80) {
    check.add([...path, 'id'], 'must be kebab-case (lower-case letters, digits, hyphens), at most 80 characters');
  }
  check.text([...path, 'label'], theme.label, { min: 1, max: 120 });
  check.text([...path, 'description'], theme.description, { max: 2000 });
}
