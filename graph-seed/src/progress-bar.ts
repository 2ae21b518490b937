/**
 * A one-line progress bar on stderr for long command-line work (plain lines when not a terminal):
 * done/total, the rate per second and the time left at that rate.
 */
export function progressBar(label: string, width = 30, now: () => number = Date.now) {
  let lastPercent = -1;
  const started = now();
  return {
    update: (done: number, total: number) => {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (percent === lastPercent) return;
      lastPercent = percent;
      const line = progressLine(label, done, total, (now() - started) / 1000, width);
      if (process.stderr.isTTY) process.stderr.write(`\r${line}`);
      else if (percent % 25 === 0) process.stderr.write(`${line}\n`);
    },
    done: () => {
      if (process.stderr.isTTY) process.stderr.write('\n');
    },
  };
}

/** `label [#####     ] 50% 500/1000 · 250/s · 2 s left` after `seconds` of work. */
export function progressLine(label: string, done: number, total: number, seconds: number, width = 30): string {
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  const filled = Math.round((percent / 100) * width);
  const rate = seconds > 0 ? done / seconds : 0;
  const left = rate > 0 && done < total ? ` · ${formatSeconds((total - done) / rate)} left` : '';
  const speed = rate > 0 ? ` · ${Math.round(rate)}/s` : '';
  return `${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${percent}% ${done}/${total}${speed}${left}`;
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.ceil(seconds % 60)} s`;
}
