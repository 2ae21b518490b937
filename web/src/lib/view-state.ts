import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_WORKSPACE } from '../config/defaults';
import { parseAsOfMonth, type AsOfMonth } from './as-of-month';
import { formatTimePoint, parseTimePoint, type TimePoint } from './time-point';
import { ENGAGEMENTS, KINDS, MODES, RELATION_TYPES, SECTORS, TIERS } from './domain';
import {
  readChoice,
  readInteger,
  readList,
  readNumber,
  readPoint,
  readSort,
  writeNumber,
  writeSort,
  type SortParam,
} from './url-values';
import { readAnalysisOptions, writeAnalysisOptions, type AnalysisOptions } from './analysis-options';

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

/** The pages of the client: the map of a workspace, the workspaces (settings, members, …), and importing files. */
export const PAGES = ['map', 'workspaces', 'import'] as const;
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
  /** A month ("YYYY-MM"), or null for all time. */
  asOf: AsOfMonth | null;
  actor: string | null;
  gapTheme: string | null;
  view: View;
  /** The open relation (relation panel), if any. */
  relation: string | null;
  /** Whether the changes view is open, and the two points in time it compares. */
  changes: boolean;
  changesFrom: TimePoint | null;
  changesTo: TimePoint | null;
  /** The changes view's section whose changes colour the map; null: every section's. */
  changesColour: string | null;
  /** Whether the path finder is open, and its two ends. */
  paths: boolean;
  pathFrom: string | null;
  pathTo: string | null;
  /** Aggregate the map above this many visible actors; null: the default (DEFAULT_AGGREGATE_ABOVE). */
  aggregateAbove: number | null;
  /** The open tab of the actor panel; null: the first (facts). */
  tab: ActorTab | null;
  /** The map's zoom and the model point at the centre of the canvas; null: fitted to the actors. */
  viewport: MapViewport | null;
  /** The text filter of the actor and relation tables. */
  tableText: string;
  /** The relation table's type filter; null: all types. */
  tableType: string | null;
  /** The funding view's own settings. */
  funding: FundingSettings;
  /** Event layer, cross-border reading, weighted ties and the brokers' measure (issue 20). */
  analysis: AnalysisOptions;
}

/**
 * The funding view's tables and breakdown as the user left them: sorts (null: the table's default;
 * a column the table does not have reads as its default), the dependent-only filter, the breakdown's
 * dimension and funder.
 */
export interface FundingSettings {
  funderSort: SortParam | null;
  recipientSort: SortParam | null;
  onlyDependent: boolean;
  breakdownBy: 'theme' | 'tier';
  breakdownFunder: string | null;
}

export const DEFAULT_FUNDING: FundingSettings = {
  funderSort: null,
  recipientSort: null,
  onlyDependent: false,
  breakdownBy: 'theme',
  breakdownFunder: null,
};

/** The tabs of the actor panel, in their order. */
export const ACTOR_TABS = ['facts', 'evidence', 'relations', 'metrics', 'partners', 'lineage', 'history'] as const;
export type ActorTab = (typeof ACTOR_TABS)[number];

/** What the map shows: its zoom and the model point at the centre of its canvas. */
export interface MapViewport {
  zoom: number;
  center: { x: number; y: number };
}

/** The zoom range of the map (GraphCanvas's MIN_ZOOM and MAX_ZOOM). */
export const ZOOM_RANGE = { min: 0.05, max: 4 } as const;
/** Model coordinates farther than this from the origin are garbage, not a map. */
const COORDINATE_LIMIT = 1e6;
const MAX_TABLE_TEXT = 200;
/**
 * The shape of a changes-view section id (features/time's sections): the view reads an id it does not
 * know as every section.
 */
const SECTION_ID = /^[a-z]+(?:-[a-z]+){0,4}$/;

export const VIEWS = ['map', 'table', 'relations', 'matrix', 'funding', 'duplicates'] as const;
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

const inList = (values: readonly string[]) => (value: string) => values.includes(value);

/** What each facet accepts: closed vocabularies their values, themes their id shape, countries ISO codes. */
const FILTER_VALUES: Record<keyof Filters, (value: string) => boolean> = {
  tiers: inList(TIERS),
  kinds: inList(KINDS),
  sectors: inList(SECTORS),
  themes: (value) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 80,
  countries: (value) => /^[A-Z]{2}$/.test(value),
  types: inList(RELATION_TYPES),
  modes: inList(MODES),
  engagements: inList(ENGAGEMENTS),
};

/** Reads a view from a query string; unknown, malformed or out-of-range values fall back to defaults. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const filters = { ...EMPTY_FILTERS };
  for (const key of FILTER_KEYS) filters[key] = readList(params.get(key), FILTER_VALUES[key]);
  const zoom = readNumber(params.get('zoom'), ZOOM_RANGE.min, ZOOM_RANGE.max);
  const center = readPoint(params.get('center'), COORDINATE_LIMIT);
  return {
    page: readChoice(params.get('page'), PAGES) ?? 'map',
    section: readChoice(params.get('section'), WORKSPACE_SECTIONS),
    invitation: params.get('invitation') || null,
    workspace: params.get('workspace') || DEFAULT_WORKSPACE,
    lens: readChoice(params.get('lens'), LENSES) ?? 'ecosystem',
    filters,
    asOf: parseAsOfMonth(params.get('asOf')),
    actor: params.get('actor') || null,
    gapTheme: params.get('gapTheme') || null,
    view: readChoice(params.get('view'), VIEWS) ?? 'map',
    relation: params.get('relation') || null,
    changes: params.get('changes') === '1',
    changesFrom: parseTimePoint(params.get('changesFrom')),
    changesTo: parseTimePoint(params.get('changesTo')),
    changesColour: SECTION_ID.test(params.get('changesColour') ?? '') ? params.get('changesColour') : null,
    paths: params.get('paths') === '1',
    pathFrom: params.get('pathFrom') || null,
    pathTo: params.get('pathTo') || null,
    aggregateAbove: readInteger(params.get('aggregateAbove'), 0, Number.MAX_SAFE_INTEGER),
    tab: readChoice(params.get('tab'), ACTOR_TABS),
    viewport: zoom !== null && center !== null ? { zoom, center } : null,
    tableText: (params.get('q') ?? '').slice(0, MAX_TABLE_TEXT),
    tableType: readChoice(params.get('tableType'), RELATION_TYPES),
    funding: {
      funderSort: readSort(params.get('funderSort')),
      recipientSort: readSort(params.get('recipientSort')),
      onlyDependent: params.get('dependent') === '1',
      breakdownBy: readChoice(params.get('breakdown'), ['theme', 'tier'] as const) ?? 'theme',
      breakdownFunder: params.get('breakdownFunder') || null,
    },
    analysis: readAnalysisOptions(params),
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
  if (state.asOf !== null) params.set('asOf', state.asOf);
  if (state.actor) params.set('actor', state.actor);
  if (state.actor && state.tab && state.tab !== 'facts') params.set('tab', state.tab);
  if (state.gapTheme) params.set('gapTheme', state.gapTheme);
  if (state.view !== 'map') params.set('view', state.view);
  if (state.tableText) params.set('q', state.tableText);
  if (state.tableType) params.set('tableType', state.tableType);
  if (state.relation) params.set('relation', state.relation);
  if (state.view === 'funding') writeFunding(params, state.funding);
  if (state.changes) params.set('changes', '1');
  if (state.changes && state.changesFrom) params.set('changesFrom', formatTimePoint(state.changesFrom));
  if (state.changes && state.changesTo) params.set('changesTo', formatTimePoint(state.changesTo));
  if (state.changes && state.changesColour) params.set('changesColour', state.changesColour);
  if (state.paths) params.set('paths', '1');
  if (state.paths && state.pathFrom) params.set('pathFrom', state.pathFrom);
  if (state.paths && state.pathTo) params.set('pathTo', state.pathTo);
  if (state.aggregateAbove !== null) params.set('aggregateAbove', String(state.aggregateAbove));
  writeAnalysisOptions(state.analysis, params);
  if (state.viewport) {
    params.set('zoom', writeNumber(state.viewport.zoom, 4));
    params.set('center', `${writeNumber(state.viewport.center.x, 1)},${writeNumber(state.viewport.center.y, 1)}`);
  }
  return `?${params.toString()}`;
}

function writeFunding(params: URLSearchParams, funding: FundingSettings): void {
  if (funding.funderSort) params.set('funderSort', writeSort(funding.funderSort));
  if (funding.recipientSort) params.set('recipientSort', writeSort(funding.recipientSort));
  if (funding.onlyDependent) params.set('dependent', '1');
  if (funding.breakdownBy !== 'theme') params.set('breakdown', funding.breakdownBy);
  if (funding.breakdownFunder) params.set('breakdownFunder', funding.breakdownFunder);
}

/**
 * Changes the view and its URL: a new history entry, or with `replace` the current one changed (for
 * changes as frequent as panning, which Back should not step through).
 */
export type UpdateView = (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;

/**
 * The view state, kept in the URL (pushState) and restored on back/forward. The URL is written at once,
 * not in a state updater: a change followed by a session change (which mounts the app afresh, reading
 * the URL) must find it there.
 */
export function useViewState(): [ViewState, UpdateView] {
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
  const update = useCallback<UpdateView>((patch, options) => {
    const next = { ...current.current, ...patch };
    current.current = next;
    const search = formatViewState(next);
    if (search !== window.location.search) {
      if (options?.replace) window.history.replaceState(null, '', search);
      else window.history.pushState(null, '', search);
    }
    setState(next);
  }, []);
  return [state, update];
}

/** Number of facets with a value. */
export function activeFilterCount(filters: Filters): number {
  return FILTER_KEYS.filter((key) => filters[key].length > 0).length;
}
