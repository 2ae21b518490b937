import type { PlayState } from '../hooks/use-play';
import { PLAY_SPEEDS, type PlayStep } from '../play-steps';

/** Play and pause through time, with the size of a step and the speed. */
export function PlayControl({ play }: { play: PlayState }) {
  return (
    <div className="play-control" role="group" aria-label="Play through time">
      <button
        type="button"
        className="primary"
        aria-pressed={play.playing}
        onClick={play.toggle}
        data-testid="play-toggle"
        title={play.playing ? 'Pause' : 'Play through time'}
      >
        {play.playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      <select
        value={play.step}
        onChange={(event) => play.setStep(event.target.value as PlayStep)}
        data-testid="play-step"
        aria-label="Step"
      >
        <option value="month">By month</option>
        <option value="year">By year</option>
      </select>
      <select
        value={play.speedMs}
        onChange={(event) => play.setSpeedMs(Number(event.target.value))}
        data-testid="play-speed"
        aria-label="Speed"
      >
        {PLAY_SPEEDS.map((speed) => (
          <option key={speed.ms} value={speed.ms}>
            {speed.label}
          </option>
        ))}
      </select>
    </div>
  );
}
