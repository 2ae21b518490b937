import { FairGate } from '../../../api/src/analytics/fair-gate';

/** A task that runs until released, recording when it started. */
function task(started: string[], name: string) {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return {
    release,
    run: async () => {
      started.push(name);
      await done;
      return name;
    },
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('FairGate', () => {
  it('runs at most its capacity at once', async () => {
    const gate = new FairGate(2);
    const started: string[] = [];
    const tasks = ['a', 'b', 'c'].map((name) => task(started, name));
    const results = tasks.map((one) => gate.run('p', one.run));
    await tick();
    expect(started).toEqual(['a', 'b']);
    expect(gate.waiting).toBe(1);
    tasks[0]!.release();
    await tick();
    expect(started).toEqual(['a', 'b', 'c']);
    tasks[1]!.release();
    tasks[2]!.release();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c']);
  });

  it('starts waiting tasks by turns over parties, not in arrival order', async () => {
    const gate = new FairGate(1);
    const started: string[] = [];
    const hog = ['h1', 'h2', 'h3', 'h4'].map((name) => task(started, name));
    const hogRuns = hog.map((one) => gate.run('hammer', one.run));
    // A second party arrives after the first queued four.
    const polite = task(started, 'p1');
    const politeRun = gate.run('polite', polite.run);
    await tick();
    expect(started).toEqual(['h1']);
    hog[0]!.release();
    await tick();
    // Turns alternate: the hammer (queued first) starts h2, then the polite party, ahead of h3 and
    // h4, which queued before it.
    expect(started).toEqual(['h1', 'h2']);
    hog[1]!.release();
    await tick();
    expect(started).toEqual(['h1', 'h2', 'p1']);
    polite.release();
    for (const one of hog.slice(2)) {
      await tick();
      one.release();
    }
    expect(await Promise.all([...hogRuns, politeRun])).toEqual(['h1', 'h2', 'h3', 'h4', 'p1']);
  });

  it('frees its place when a task fails', async () => {
    const gate = new FairGate(1);
    await expect(gate.run('p', () => Promise.reject(new Error('failed')))).rejects.toThrow('failed');
    expect(await gate.run('p', async () => 'next')).toBe('next');
  });
});
