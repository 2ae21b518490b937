/** A one-line progress bar on stderr for long command-line work (plain lines when not a terminal). */
export function progressBar(label: string, width = 30) {
  let lastPercent = -1;
  return {
    update: (done: number, total: number) => {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (percent === lastPercent) return;
      lastPercent = percent;
      const filled = Math.round((percent / 100) * width);
      const line = `${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${percent}% ${done}/${total}`;
      if (process.stderr.isTTY) process.stderr.write(`\r${line}`);
      else if (percent % 25 === 0) process.stderr.write(`${line}\n`);
    },
    done: () => {
      if (process.stderr.isTTY) process.stderr.write('\n');
    },
  };
}
