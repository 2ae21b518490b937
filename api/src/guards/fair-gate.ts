export interface FairGateOptions {
  /** A party whose last task started at least this long ago is light (asks seldom). */
  lightAfterMs?: number;
  /** A party is alone when no other started a task, or waited, within this time. */
  aloneWithinMs?: number;
  /**
   * Places that parties asking constantly may hold together while several parties use the gate
   * (`capacity − 1` unless given; at least one place is always kept for the others).
   */
  heavyPlaces?: number;
  now?: () => number;
}

/**
 * Lets at most `capacity` tasks run at once, and decides whose task starts next when more wait:
 * - the waiting party served least recently goes first (a party never served yet, first of all),
 *   first come first served within a party;
 * - while several parties use the gate, parties that ask constantly (heavy: a task started within
 *   `lightAfterMs`) hold at most `heavyPlaces` places together (all but one unless told): the
 *   rest is kept for parties that ask seldom, so that they never wait behind a crowd's long
 *   tasks. A party alone gets every place.
 * The analytics use it for graph loads and computations: a client that asks for analysis after
 * analysis gets its share, and someone opening a lens now and then gets a thread at once.
 */
export class FairGate {
  private running = 0;
  private heavyRunning = 0;
  /** Waiting starts by party. */
  private readonly queues = new Map<string, Array<(heavy: boolean) => void>>();
  /** When each party last had a task started (time, and order), oldest first (long gone ones are forgotten). */
  private readonly served = new Map<string, { at: number; order: number }>();
  private starts = 0;
  /** The last two parties that started a task, most recent first. */
  private latest: Array<{ party: string; at: number }> = [];
  private readonly lightAfterMs: number;
  private readonly aloneWithinMs: number;
  /** Places heavy parties may hold together while others use the gate. */
  private readonly heavyPlaces: number;
  private readonly now: () => number;

  constructor(
    private readonly capacity: number,
    options: FairGateOptions = {},
  ) {
    this.lightAfterMs = options.lightAfterMs ?? 1000;
    this.aloneWithinMs = options.aloneWithinMs ?? 5000;
    this.heavyPlaces = Math.max(1, Math.min(capacity - 1, options.heavyPlaces ?? capacity - 1));
    this.now = options.now ?? Date.now;
  }

  /** Runs `task` when a place is free and it is `party`'s turn. */
  async run<T>(party: string, task: () => Promise<T>): Promise<T> {
    const leave = await this.enter(party);
    try {
      return await task();
    } finally {
      leave();
    }
  }

  /** Waits for a place and `party`'s turn; the function returned gives the place up (once). */
  async enter(party: string): Promise<() => void> {
    const light = this.isLight(party);
    let heavy: boolean;
    if ((light || this.queues.size === 0) && this.mayStart(party)) {
      heavy = this.start(party);
    } else {
      heavy = await new Promise<boolean>((start) => {
        const queue = this.queues.get(party);
        if (queue) queue.push(start);
        else this.queues.set(party, [start]);
      });
    }
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.running -= 1;
      if (heavy) this.heavyRunning -= 1;
      this.next();
    };
  }

  /** Tasks waiting, over all parties (diagnostics, tests). */
  get waiting(): number {
    let count = 0;
    for (const queue of this.queues.values()) count += queue.length;
    return count;
  }

  /** Starts waiting tasks while places are free: least recently served parties first. */
  private next(): void {
    for (;;) {
      const parties = [...this.queues.keys()].sort(
        (a, b) => (this.served.get(a)?.order ?? -1) - (this.served.get(b)?.order ?? -1),
      );
      const party = parties.find((candidate) => this.mayStart(candidate));
      if (party === undefined) return;
      const queue = this.queues.get(party)!;
      const start = queue.shift()!;
      if (queue.length === 0) this.queues.delete(party);
      start(this.start(party));
    }
  }

  private mayStart(party: string): boolean {
    if (this.running >= this.capacity) return false;
    if (this.capacity < 2 || this.isLight(party) || this.isAlone(party)) return true;
    return this.heavyRunning < this.heavyPlaces;
  }

  /** Takes a place for `party`; whether it counts as heavy. */
  private start(party: string): boolean {
    const heavy = this.capacity >= 2 && !this.isLight(party) && !this.isAlone(party);
    this.running += 1;
    if (heavy) this.heavyRunning += 1;
    const at = this.now();
    this.served.delete(party);
    this.starts += 1;
    this.served.set(party, { at, order: this.starts });
    this.latest = [{ party, at }, ...this.latest.filter((one) => one.party !== party)].slice(0, 2);
    if (this.served.size > 10_000) this.served.delete(this.served.keys().next().value!);
    return heavy;
  }

  private isLight(party: string): boolean {
    const last = this.served.get(party);
    return last === undefined || this.now() - last.at >= this.lightAfterMs;
  }

  /** No other party started a task within `aloneWithinMs`, and none is waiting. */
  private isAlone(party: string): boolean {
    for (const other of this.queues.keys()) if (other !== party) return false;
    const other = this.latest.find((one) => one.party !== party);
    return other === undefined || this.now() - other.at >= this.aloneWithinMs;
  }
}
