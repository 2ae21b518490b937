import { FairGate } from '../../../api/src/guards/fair-gate';

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

  describe('with several parties, one place kept for those who ask seldom', () => {
    let clock = 0;
    const now = () => clock;

    it('lets a party alone use every place', async () => {
      const gate = new FairGate(2, { lightAfterMs: 1000, aloneWithinMs: 5000, now });
      const started: string[] = [];
      const jobs = ['a', 'b', 'c'].map((name) => task(started, name));
      const runs = jobs.map((one) => gate.run('solo', one.run));
      await tick();
      expect(started).toEqual(['a', 'b']);
      for (const one of jobs) one.release();
      await Promise.all(runs);
    });

    it('keeps a place from parties that ask constantly, and gives it to one that asks seldom at once', async () => {
      clock = 10_000;
      const gate = new FairGate(2, { lightAfterMs: 1000, aloneWithinMs: 5000, now });
      const started: string[] = [];
      // Two crowds, each asking again and again.
      const crowd = ['x1', 'y1', 'x2', 'y2', 'x3'].map((name) => ({ name, ...task(started, name) }));
      const runs = crowd.map((one) => gate.run(one.name[0]!, one.run));
      await tick();
      // x1 starts (x is light: never served); y1 too (light). Both places are taken.
      expect(started).toEqual(['x1', 'y1']);
      crowd[0]!.release();
      await tick();
      // x is heavy now (served just now, and not alone): x2 takes the free place, as the only heavy task.
      expect(started).toEqual(['x1', 'y1', 'x2']);
      crowd[1]!.release();
      await tick();
      // y is heavy too, and heavy tasks may hold one place of two: the other stays free.
      expect(started).toEqual(['x1', 'y1', 'x2']);
      expect(gate.waiting).toBe(2);
      // Someone who asks seldom arrives and starts at once, in the kept place.
      const lens = task(started, 'lens');
      const lensRun = gate.run('seldom', lens.run);
      await tick();
      expect(started).toEqual(['x1', 'y1', 'x2', 'lens']);
      // When the heavy one finishes, the next heavy task takes its place: y, served less recently.
      crowd[2]!.release();
      await tick();
      expect(started).toEqual(['x1', 'y1', 'x2', 'lens', 'y2']);
      lens.release();
      await tick();
      expect(started).toHaveLength(5);
      // A second later the crowd counts as asking seldom again, and may use the free place too.
      clock += 1000;
      crowd[3]!.release();
      await tick();
      expect(started).toEqual(['x1', 'y1', 'x2', 'lens', 'y2', 'x3']);
      crowd[4]!.release();
      await Promise.all([...runs, lensRun]);
    });

    it('lets those who ask constantly hold as many places as told, and a party alone use all of them', async () => {
      clock = 50_000;
      const gate = new FairGate(4, { lightAfterMs: 1000, aloneWithinMs: 5000, heavyPlaces: 2, now });
      const started: string[] = [];
      // Alone, one party gets all four places.
      const solo = ['s1', 's2', 's3', 's4', 's5'].map((name) => task(started, name));
      const soloRuns = solo.map((one) => gate.run('solo', one.run));
      await tick();
      expect(started).toEqual(['s1', 's2', 's3', 's4']);
      for (const one of solo) one.release();
      await Promise.all(soloRuns);
      // Five seconds later two crowds ask constantly: once both are heavy, they hold two places together.
      clock += 5000;
      started.length = 0;
      const crowd = ['x1', 'y1', 'x2', 'y2', 'x3', 'y3'].map((name) => ({ name, ...task(started, name) }));
      const runs = crowd.map((one) => gate.run(one.name[0]!, one.run));
      await tick();
      // x1 and y1 start light (never served); x2 then starts as the first heavy task, y2 as the second.
      expect(started).toEqual(['x1', 'y1', 'x2', 'y2']);
      crowd[0]!.release();
      crowd[1]!.release();
      await tick();
      // Two heavy tasks run: the two places left stay free for others.
      expect(started).toEqual(['x1', 'y1', 'x2', 'y2']);
      expect(gate.waiting).toBe(2);
      const lenses = ['lens1', 'lens2'].map((name) => task(started, name));
      const lensRuns = lenses.map((one, i) => gate.run(`seldom${i}`, one.run));
      await tick();
      expect(started).toEqual(['x1', 'y1', 'x2', 'y2', 'lens1', 'lens2']);
      for (const one of [...crowd.slice(2), ...lenses]) one.release();
      await tick();
      for (const one of crowd) one.release();
      await Promise.all([...runs, ...lensRuns]);
    });
  });

  it('frees its place when a task fails', async () => {
    const gate = new FairGate(1);
    await expect(gate.run('p', () => Promise.reject(new Error('failed')))).rejects.toThrow('failed');
    expect(await gate.run('p', async () => 'next')).toBe('next');
  });
});
