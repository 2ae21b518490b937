import { monthLabel, type AsOfMonth } from '../../lib/as-of-month';
import { humanize } from '../../lib/domain';
import type { Filters } from '../../lib/view-state';

export interface ExportTitleInput {
  /** The workspace's title (its slug while the title loads). */
  workspace: string;
  /** The lens's name as the lens bar writes it. */
  lens: string;
  filters: Filters;
  asOf: AsOfMonth | null;
  /** On the gaps lens, the theme's label. */
  gapTheme: string | null;
  themeLabel: (id: string) => string;
  /** The day of the export (YYYY-MM-DD). */
  exportedOn: string;
}

const FACET_NAMES: Record<keyof Filters, string> = {
  tiers: 'Tier',
  kinds: 'Kind',
  sectors: 'Sector',
  themes: 'Theme',
  countries: 'Country',
  types: 'Relation type',
  modes: 'Mode',
  engagements: 'Engagement',
};

/**
 * The title of an exported picture and the lines under it, so that a picture pasted into a report says
 * what it shows: the workspace and lens, the gap theme, every filter in words, the date of the data and
 * of the export.
 */
export function exportTitle(input: ExportTitleInput): { title: string; details: string[] } {
  const facets = (Object.keys(FACET_NAMES) as (keyof Filters)[])
    .filter((key) => input.filters[key].length > 0)
    .map((key) => {
      const values = input.filters[key].map((value) =>
        key === 'themes' ? input.themeLabel(value) : key === 'countries' ? value : humanize(value),
      );
      return `${FACET_NAMES[key]}: ${values.join(', ')}`;
    });
  return {
    title: `${input.workspace} — ${input.lens} lens`,
    details: [
      ...(input.gapTheme ? [`Gaps on ${input.themeLabel(input.gapTheme)}`] : []),
      facets.length ? `Filters: ${facets.join('; ')}` : 'No filters: every actor and relation',
      `${input.asOf === null ? 'All dates' : `As of ${monthLabel(input.asOf)}`} · exported from Tiermap on ${input.exportedOn}`,
    ],
  };
}
