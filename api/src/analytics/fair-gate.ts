/**
 * Lets at most `capacity` tasks run at once and, when more wait, starts them by turns over the
 * parties that asked (round robin), first come first served within a party. The analytics use it so
 * that a client asking for computation after computation cannot make another wait behind all of
 * its queue: whoever else asks is next when a thread frees up.
 */
export class FairGate {
  private running = 0;
  /** Waiting starts by party, in the order parties first queued. */
  private readonly queues = new Map<string, Array<() => void>>();

  constructor(private readonly capacity: number) {}

  /** Runs `task` when a place is free and it is `party`'s turn. */
  async run<T>(party: string, task: () => Promise<T>): Promise<T> {
    if (this.running >= this.capacity || this.queues.size > 0) {
      await new Promise<void>((start) => {
        const queue = this.queues.get(party);
        if (queue) queue.push(start);
        else this.queues.set(party, [start]);
      });
    } else {
      this.running += 1;
    }
    try {
      return await task();
    } finally {
      this.next();
    }
  }

  /** Tasks waiting, over all parties (diagnostics, tests). */
  get waiting(): number {
    let count = 0;
    for (const queue of this.queues.values()) count += queue.length;
    return count;
  }

  /** Hands the place just freed to the party whose turn it is (it goes to the back of the turns). */
  private next(): void {
    const first = this.queues.entries().next();
    if (first.done) {
      this.running -= 1;
      return;
    }
    const [party, queue] = first.value;
    const start = queue.shift()!;
    this.queues.delete(party);
    if (queue.length > 0) this.queues.set(party, queue);
    start();
  }
}
