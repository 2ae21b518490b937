/**
 * Paces the refusals of a requester that ignores Retry-After. The first RATE_LIMITED answer of a
 * stretch goes out at once (a client that honours Retry-After learns it straight away); every
 * further refusal before the Retry-After it was given has passed is held for up to `maxDelayMs`
 * before it is written. A client that keeps asking regardless then waits on its own connections
 * instead of making the server spend its CPU on refusals at the rate of its loop, which is what
 * slowed everyone else under load (BENCHMARKS.md, load run). At most `maxHeld` answers are held at
 * once (a timer each); beyond that refusals go out at once again.
 */
export class RefusalPacer {
  /** Requester → the time its latest refusal told it to wait until (ms since the epoch). */
  private readonly refusedUntil = new Map<string, number>();
  private held = 0;

  constructor(
    private readonly maxDelayMs = 1000,
    private readonly maxHeld = 10_000,
  ) {}

  /** How long to hold this refusal of `requester`, told to retry after `retryAfterMs`. */
  delayFor(requester: string, retryAfterMs: number, now = Date.now()): number {
    const until = this.refusedUntil.get(requester);
    this.refusedUntil.set(requester, now + retryAfterMs);
    if (this.refusedUntil.size > this.maxHeld) this.forgetPast(now);
    if (until === undefined || until <= now || this.held >= this.maxHeld) return 0;
    return Math.min(this.maxDelayMs, until - now);
  }

  /**
   * Runs `answer` after `delayMs` (at once when 0), unless the client has gone away by then.
   * `onClose` registers a callback for the connection's close.
   */
  hold(delayMs: number, answer: () => void, onClose: (callback: () => void) => void): void {
    if (delayMs <= 0) {
      answer();
      return;
    }
    this.held += 1;
    let done = false;
    const release = () => {
      if (done) return;
      done = true;
      this.held -= 1;
      clearTimeout(timer);
    };
    const timer = setTimeout(() => {
      release();
      answer();
    }, delayMs);
    timer.unref();
    onClose(release);
  }

  /** Answers held now (for tests and metrics). */
  get holding(): number {
    return this.held;
  }

  private forgetPast(now: number): void {
    for (const [requester, until] of this.refusedUntil) if (until <= now) this.refusedUntil.delete(requester);
  }
}
