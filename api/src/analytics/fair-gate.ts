/**
 * Lets at most `capacity` tasks run at once and, when more wait, starts next the task of the party
 * served least recently (a party never served yet goes first); first come first served within a
 * party. The analytics use it so that a client asking for computation after computation cannot
 * make another wait behind its queue: whoever asks seldom is next when a thread frees up.
 */
export class FairGate {
  private running = 0;
  /** Waiting starts by party. */
  private readonly queues = new Map<string, Array<() => void>>();
  /** When each party last had a task started (parties not seen for a while are forgotten). */
  private readonly served = new Map<string, number>();
  private starts = 0;

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
      this.markServed(party);
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

  /** Hands the place just freed to the waiting party served least recently. */
  private next(): void {
    let chosen: string | null = null;
    for (const party of this.queues.keys()) {
      if (chosen === null || (this.served.get(party) ?? -1) < (this.served.get(chosen) ?? -1)) chosen = party;
    }
    if (chosen === null) {
      this.running -= 1;
      return;
    }
    const queue = this.queues.get(chosen)!;
    const start = queue.shift()!;
    if (queue.length === 0) this.queues.delete(chosen);
    this.markServed(chosen);
    start();
  }

  private markServed(party: string): void {
    this.starts += 1;
    this.served.delete(party);
    this.served.set(party, this.starts);
    // Oldest first in the map: forget parties beyond the 10,000 most recent (they count as new).
    if (this.served.size > 10_000) this.served.delete(this.served.keys().next().value!);
  }
}
