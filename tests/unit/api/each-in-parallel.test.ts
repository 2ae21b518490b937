import { eachInParallel } from '../../../api/src/services/import.service';

/** A promise settled from outside. */
function deferred() {
  let settle!: { resolve: () => void; reject: (error: Error) => void };
  const promise = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('eachInParallel (batches of an import written at once, ADR 0034)', () => {
  it('runs at most `limit` items at once, starting them in order', async () => {
    const pending = new Map<number, ReturnType<typeof deferred>>();
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const all = eachInParallel([1, 2, 3, 4, 5], 2, async (item) => {
      started.push(item);
      running += 1;
      most = Math.max(most, running);
      const gate = deferred();
      pending.set(item, gate);
      await gate.promise;
      running -= 1;
    });
    await tick();
    expect(started).toEqual([1, 2]);
    pending.get(2)!.resolve();
    await tick();
    expect(started).toEqual([1, 2, 3]);
    for (const item of [1, 3, 4, 5]) {
      await tick();
      pending.get(item)!.resolve();
    }
    await all;
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });

  it('starts nothing after a failure and throws it once the item beside it has settled', async () => {
    const pending = new Map<number, ReturnType<typeof deferred>>();
    const started: number[] = [];
    const all = eachInParallel([1, 2, 3, 4], 2, async (item) => {
      started.push(item);
      const gate = deferred();
      pending.set(item, gate);
      await gate.promise;
    });
    let settled = false;
    const outcome = all.then(
      () => (settled = true),
      (error: Error) => ((settled = true), error),
    );
    await tick();
    pending.get(1)!.reject(new Error('batch 1 failed'));
    await tick();
    // Item 2 still runs: the failure waits for it, and no item starts meanwhile.
    expect(settled).toBe(false);
    expect(started).toEqual([1, 2]);
    pending.get(2)!.resolve();
    await expect(outcome).resolves.toEqual(new Error('batch 1 failed'));
    expect(started).toEqual([1, 2]);
  });
});
