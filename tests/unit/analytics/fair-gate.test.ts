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

  it('starts next the waiting party served least recently, not the first to arrive', async () => {
    const gate = new FairGate(1);
    const started: string[] = [];
    const hog = ['h1', 'h2', 'h3', 'h4'].map((name) => task(started, name));
    const hogRuns = hog.map((one) => gate.run('hammer', one.run));
    const other = ['o1', 'o2'].map((name) => task(started, name));
    const otherRuns = other.map((one) => gate.run('other', one.run));
    // A third party asks once, after the first two queued six tasks.
    const polite = task(started, 'p1');
    const politeRun = gate.run('polite', polite.run);
    await tick();
    expect(started).toEqual(['h1']);
    // Each time a place frees, the party served least recently goes: never-served ones first.
    const order = [hog[0]!, other[0]!, polite, hog[1]!, other[1]!, hog[2]!];
    for (const one of order) {
      one.release();
      await tick();
    }
    expect(started).toEqual(['h1', 'o1', 'p1', 'h2', 'o2', 'h3', 'h4']);
    hog[3]!.release();
    expect(await Promise.all([...hogRuns, ...otherRuns, politeRun])).toEqual([
      'h1',
      'h2',
      'h3',
      'h4',
      'o1',
      'o2',
      'p1',
    ]);
  });

  it('frees its place when a task fails', async () => {
    const gate = new FairGate(1);
    await expect(gate.run('p', () => Promise.reject(new Error('failed')))).rejects.toThrow('failed');
    expect(await gate.run('p', async () => 'next')).toBe('next');
  });
});
