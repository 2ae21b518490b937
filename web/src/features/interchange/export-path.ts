/** The formats GET /export writes, in the order the menu offers them, with their labels. */
export const EXPORT_CHOICES = [
  ['CSV_ACTORS', 'Actors (CSV)'],
  ['CSV_RELATIONS', 'Relations (CSV)'],
  ['CSV_SOURCES', 'Sources (CSV)'],
  ['XLSX', 'Workbook (XLSX)'],
  ['JSON', 'JSON'],
  ['GRAPHML', 'GraphML (Gephi, yEd)'],
  ['GEXF', 'GEXF (Gephi)'],
] as const;
export type ExportFormat = (typeof EXPORT_CHOICES)[number][0];

/** The map's facets that GET /export takes as query parameters of the same names. */
export const EXPORT_FACETS = [
  'tiers',
  'kinds',
  'sectors',
  'countries',
  'themes',
  'types',
  'modes',
  'engagements',
] as const;
export type ExportFacets = Readonly<Record<(typeof EXPORT_FACETS)[number], readonly string[]>>;

/** The view an export can be narrowed to: the map's facets and its as-of month (null: every record). */
export interface ExportView {
  filters: ExportFacets;
  asOf: string | null;
}

/** Whether the view narrows the workspace (a facet chosen or a date set); else it is the whole workspace. */
export function isNarrowed(view: ExportView): boolean {
  return view.asOf !== null || EXPORT_FACETS.some((facet) => view.filters[facet].length > 0);
}

/**
 * The path of an export of a workspace in a format, of the whole of it or (with a view) of the view: its
 * facets (countries scope it as on the map) and its as-of date.
 */
export function exportPath(workspace: string, format: ExportFormat, view: ExportView | null): string {
  const params = new URLSearchParams({ workspace, format });
  for (const facet of EXPORT_FACETS) if (view?.filters[facet].length) params.set(facet, view.filters[facet].join(','));
  if (view?.asOf) params.set('asOf', view.asOf);
  return `/export?${params.toString()}`;
}

/** The choices in the order a view puts first what it shows: the Relations view its relations. */
export function exportChoices(view: string): ReadonlyArray<(typeof EXPORT_CHOICES)[number]> {
  if (view !== 'relations') return EXPORT_CHOICES;
  return [EXPORT_CHOICES[1], EXPORT_CHOICES[0], ...EXPORT_CHOICES.slice(2)];
}
