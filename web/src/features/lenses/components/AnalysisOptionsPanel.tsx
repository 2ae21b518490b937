import { useState } from 'react';
import { CountrySelect } from '../../../components/country-select/CountrySelect';
import type { BrokerMeasure, EventLayer } from '../../../gql/graphql';
import type { AnalysisOptions, CrossBorderChoice } from '../../../lib/analysis-options';
import { BROKER_MEASURES, EVENT_LAYERS } from '../../../lib/analysis-options';
import type { Lens } from '../../../lib/view-state';
import './analysis-options.css';

const EVENT_LAYER_LABELS: Record<EventLayer, string> = {
  EXCLUDED: 'Left out: organisation ties only',
  PROJECTED: 'Projected: co-participants tied',
  INCLUDED: 'Included: events as actors',
};

const MEASURE_LABELS: Record<BrokerMeasure, string> = {
  BETWEENNESS: 'Betweenness',
  DEGREE: 'Degree (partners)',
  PAGE_RANK: 'PageRank',
  CORE_NUMBER: 'Core number',
};

const CROSS_BORDER_LABELS: Record<CrossBorderChoice['kind'], string> = {
  NATIONAL: 'Within each country',
  CORRIDOR: 'Along a corridor',
  EVERY_COUNTRY: 'Every country as one',
};

export interface AnalysisOptionsPanelProps {
  lens: Lens;
  value: AnalysisOptions;
  onChange: (value: AnalysisOptions) => void;
}

/**
 * A corridor's two ends, origin first. The reading changes only once both ends are chosen (and they
 * differ); transit countries from a shared URL are kept.
 */
function CorridorEnds({
  countries,
  onChange,
}: {
  countries: readonly string[];
  onChange: (countries: string[]) => void;
}) {
  const [ends, setEnds] = useState<[string, string]>([countries[0] ?? '', countries.at(-1) ?? '']);
  const transit = countries.slice(1, -1);
  const choose = (next: [string, string]) => {
    setEnds(next);
    if (next[0] && next[1] && next[0] !== next[1]) onChange([next[0], ...transit, next[1]]);
  };
  return (
    <div className="analysis-options__corridor" data-testid="corridor">
      <label>
        From
        <CountrySelect value={ends[0]} noneLabel="Origin…" onChange={(code) => choose([code, ends[1]])} />
      </label>
      <label>
        to
        <CountrySelect value={ends[1]} noneLabel="Destination…" onChange={(code) => choose([ends[0], code])} />
      </label>
    </div>
  );
}

/**
 * How the lenses read the map (issue 20): whether events and programmes enter, whether tiers are
 * read per country or across borders, whether strong, certain ties weigh more, and what the Brokers
 * lens ranks by. Kept in the URL like the other view settings.
 */
export function AnalysisOptionsPanel({ lens, value, onChange }: AnalysisOptionsPanelProps) {
  const set = (patch: Partial<AnalysisOptions>) => onChange({ ...value, ...patch });
  const crossBorder = value.crossBorder;
  // "Along a corridor" chosen but its ends not yet: the reading in force (and in the URL) stays as it was.
  const [choosingCorridor, setChoosingCorridor] = useState(false);
  const shownKind = choosingCorridor ? 'CORRIDOR' : crossBorder.kind;
  return (
    <details className="analysis-options" data-testid="analysis-options" open>
      <summary>Analysis options</summary>
      <label className="analysis-options__row">
        Events and statements
        <select
          title="Academies, summits, consultations and statements: left out (default), projected as weighted co-participation ties (Newman's 1/(n−1)), or included as actors"

          data-testid="event-layer"
          value={value.eventLayer}
          onChange={(e) => set({ eventLayer: e.target.value as EventLayer })}
        >
          {EVENT_LAYERS.map((mode) => (
            <option key={mode} value={mode}>
              {EVENT_LAYER_LABELS[mode]}
            </option>
          ))}
        </select>
      </label>
      <label className="analysis-options__row">
        Tiers read
        <select
          data-testid="cross-border"
          value={shownKind}
          onChange={(e) => {
            const kind = e.target.value as CrossBorderChoice['kind'];
            setChoosingCorridor(kind === 'CORRIDOR');
            if (kind !== 'CORRIDOR') set({ crossBorder: { kind } });
          }}
        >
          {(Object.keys(CROSS_BORDER_LABELS) as CrossBorderChoice['kind'][]).map((kind) => (
            <option key={kind} value={kind}>
              {CROSS_BORDER_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      {shownKind === 'CORRIDOR' && (
        <CorridorEnds
          countries={crossBorder.kind === 'CORRIDOR' ? crossBorder.countries : []}
          onChange={(countries) => {
            setChoosingCorridor(false);
            set({ crossBorder: { kind: 'CORRIDOR', countries } });
          }}
        />
      )}
      <label className="analysis-options__check">
        <input
          type="checkbox"
          data-testid="weighted-ties"
          checked={value.weighted}
          onChange={(e) => set({ weighted: e.target.checked })}
        />
        Weigh ties by strength and confidence
      </label>
      {lens === 'brokers' && (
        <label className="analysis-options__row">
          Rank brokers by
          <select
            data-testid="rank-by"
            value={value.rankBy}
            onChange={(e) => set({ rankBy: e.target.value as BrokerMeasure })}
          >
            {BROKER_MEASURES.map((measure) => (
              <option key={measure} value={measure}>
                {MEASURE_LABELS[measure]}
              </option>
            ))}
          </select>
        </label>
      )}
    </details>
  );
}
