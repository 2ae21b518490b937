import { useEffect, useState } from 'react';
import type { AsOfMonth } from '../../../lib/as-of-month';
import { nextPlayStep, playStart, type PlayStep, type TimeRange } from '../play-steps';

export interface PlayState {
  playing: boolean;
  step: PlayStep;
  speedMs: number;
  toggle: () => void;
  setStep: (step: PlayStep) => void;
  setSpeedMs: (ms: number) => void;
}

/**
 * Plays the as-of month through the time bar's range: each step waits `speedMs` after the month before
 * was shown, and play stops at the end of the range (or when paused). The map keeps its layout, which
 * does not depend on the date, so actors only appear and leave.
 */
export function usePlay(asOf: AsOfMonth | null, range: TimeRange, onStep: (month: AsOfMonth) => void): PlayState {
  const [playing, setPlaying] = useState(false);
  const [step, setStep] = useState<PlayStep>('year');
  const [speedMs, setSpeedMs] = useState(1000);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      const next = asOf === null ? range.first : nextPlayStep(asOf, step, range);
      if (next === null) setPlaying(false);
      else onStep(next);
    }, speedMs);
    return () => window.clearTimeout(timer);
  }, [playing, asOf, step, speedMs, range, onStep]);
  const toggle = () => {
    if (!playing) {
      const start = playStart(asOf, range);
      if (start !== asOf) onStep(start);
    }
    setPlaying(!playing);
  };
  return { playing, step, speedMs, toggle, setStep, setSpeedMs };
}
