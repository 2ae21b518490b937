import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_WORKSPACE } from '../config/defaults';

export const LENSES = ['ecosystem', 'silos', 'gaps', 'brokers', 'funding'] as const;
export type Lens = (typeof LENSES)[number];

/** Facets of the map filter; every list matches any of its values, an empty list matches all. */
export interface Filters {
  tiers: string[];
  kinds: string[];
  sectors: string[];
  themes: string[];
  countries: string[];
  types: string[];
  modes: string[];
  engagements: string[];
}

/** The two pages of the client: the map of a workspace, and the workspaces (settings, members, …). */
export const PAGES = ['map', 'workspaces'] as const;
export type Page = (typeof PAGES)[number];

/** The sections of the workspace page, one shown at a time. */
export const WORKSPACE_SECTIONS = ['settings', 'themes', 'members', 'tokens', 'audit', 'delete'] as const;
export type WorkspaceSection = (typeof WORKSPACE_SECTIONS)[number];

/** Everything the URL holds: restoring the URL restores the view. */
export interface ViewState {
  page: Page;
  /** On the workspace page: the section open for the current workspace (null: the first one allowed). */
  section: WorkspaceSection | null;
  /** The secret of an invitation link (`?invitation=…`) being accepted. */
  invitation: string | null;
  workspace: string;
  lens: Lens;
  filters: Filters;
  /** A year, or null for all time. */
  asOf: number | null;
  actor: string | null;
  gapTheme: string | null;
  view: View;
  /** The open relation (relation panel), if any. */
  relation: string | null;
  /** Whether the path finder is open, and its two ends. */
  paths: boolean;
  pathFrom: string | null;
  pathTo: string | null;
  /** Aggregate the map above this many visible actors; null: the default (DEFAULT_AGGREGATE_ABOVE). */
  aggregateAbove: number | null;
}

export const VIEWS = ['map', 'table', 'relations', 'matrix', 'funding'] as const;
export type View = (typeof VIEWS)[number];

export const EMPTY_FILTERS: Filters = {
  tiers: [],
  kinds: [],
  sectors: [],
  themes: [],
  countries: [],
  types: [],
  modes: [],
  engagements: [],
};

const FILTER_KEYS = Object.keys(EMPTY_FILTERS) as (keyof Filters)[];

/** Reads a view from a query string; unknown or malformed values fall back to defaults. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  const lens = params.get('lens');
  const asOf = Number(params.get('asOf'));
  const aggregateAbove = Number(params.get('aggregateAbove') ?? NaN);
  const filters = { ...EMPTY_FILTERS };
  for (const key of FILTER_KEYS) filters[key] = list(key);
  const page = params.get('page');
  const section = params.get('section');
  return {
    page: (PAGES as readonly string[]).includes(page ?? '') ? (page as Page) : 'map',
    section: (WORKSPACE_SECTIONS as readonly string[]).includes(section ?? '') ? (section as WorkspaceSection) : null,
    invitation: params.get('invitation') || null,
    workspace: params.get('workspace') || DEFAULT_WORKSPACE,
    lens: (LENSES as readonly string[]).includes(lens ?? '') ? (lens as Lens) : 'ecosystem',
    filters,
    asOf: Number.isInteger(asOf) && asOf >= 1900 && asOf <= 2100 ? asOf : null,
    actor: params.get('actor'),
    gapTheme: params.get('gapTheme'),
    view: (VIEWS as readonly string[]).includes(params.get('view') ?? '') ? (params.get('view') as View) : 'map',
    relation: params.get('relation'),
    paths: params.get('paths') === '1',
    pathFrom: params.get('pathFrom'),
    pathTo: params.get('pathTo'),
    aggregateAbove: Number.isInteger(aggregateAbove) && aggregateAbove >= 0 ? aggregateAbove : null,
  };
}

/** Writes a view as a query string, leaving defaults out so that URLs stay short. */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.page !== 'map') params.set('page', state.page);
  if (state.page === 'workspaces' && state.section) params.set('section', state.section);
  if (state.invitation) params.set('invitation', state.invitation);
  params.set('workspace', state.workspace);
  if (state.lens !== 'ecosystem') params.set('lens', state.lens);
  for (const key of FILTER_KEYS) if (state.filters[key].length) params.set(key, state.filters[key].join(','));
  if (state.asOf !== null) params.set('asOf', String(state.asOf));
  if (state.actor) params.set('actor', state.actor);
  if (state.gapTheme) params.set('gapTheme', state.gapTheme);
  if (state.view !== 'map') params.set('view', state.view);
  if (state.relation) params.set('relation', state.relation);
  if (state.paths) params.set('paths', '1');
  if (state.paths && state.pathFrom) params.set('pathFrom', state.pathFrom);
  if (state.paths && state.pathTo) params.set('pathTo', state.pathTo);
  if (state.aggregateAbove !== null) params.set('aggregateAbove', String(state.aggregateAbove));
  return `?${params.toString()}`;
}

/**
 * The view state, kept in the URL (pushState) and restored on back/forward. The URL is written at once,
 * not in a state updater: a change followed by a session change (which mounts the app afresh, reading
 * the URL) must find it there.
 */
export function useViewState(): [ViewState, (patch: Partial<ViewState>) => void] {
  const [state, setState] = useState(() => parseViewState(window.location.search));
  const current = useRef(state);
  useEffect(() => {
    const onPop = () => {
      current.current = parseViewState(window.location.search);
      setState(current.current);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback((patch: Partial<ViewState>) => {
    const next = { ...current.current, ...patch };
    current.current = next;
    const search = formatViewState(next);
    if (search !== window.location.search) window.history.pushState(null, '', search);
    setState(next);
  }, []);
  return [state, update];
}

/** Number of facets with a value. */
export function activeFilterCount(filters: Filters): number {
  return FILTER_KEYS.filter((key) => filters[key].length > 0).length;
}
