import { useCallback } from 'react';
import type { AsOfMonth } from '../../../lib/as-of-month';
import type { PeriodAnswer } from '../api/get-periods';
import { usePlay } from '../hooks/use-play';
import type { TimeRange } from '../play-steps';
import { PlayControl } from './PlayControl';
import { TimeBar } from './TimeBar';
import '../time.css';

export interface TimeStripProps {
  asOf: AsOfMonth | null;
  range: TimeRange;
  periods: readonly PeriodAnswer[];
  /** `playing`: a step of play, which replaces the URL's entry rather than adding one per step. */
  onChange: (month: AsOfMonth | null, playing: boolean) => void;
  changesOpen: boolean;
  onToggleChanges: () => void;
}

/** The strip over the map: play control, the time bar with its periods, and the changes view's toggle. */
export function TimeStrip({ asOf, range, periods, onChange, changesOpen, onToggleChanges }: TimeStripProps) {
  const onStep = useCallback((month: AsOfMonth) => onChange(month, true), [onChange]);
  const play = usePlay(asOf, range, onStep);
  return (
    <div className="time-strip" data-testid="time-strip" data-playing={play.playing}>
      <span className="time-strip__label" aria-hidden="true">
        As of
      </span>
      <PlayControl play={play} />
      <TimeBar value={asOf} range={range} periods={periods} onChange={(month) => onChange(month, false)} />
      <button type="button" aria-pressed={changesOpen} onClick={onToggleChanges} data-testid="toggle-changes">
        Changes…
      </button>
    </div>
  );
}
