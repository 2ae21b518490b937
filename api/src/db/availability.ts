import type { Logger } from '../logger';

export interface AvailabilityOptions {
  /** Time between probes while the database is down. */
  probeIntervalMs: number;
  /** How long one probe may take before it counts as failed. */
  probeTimeoutMs: number;
}

/**
 * Whether this process can reach the database: a circuit breaker with a background probe.
 *
 * A connection failure alone does not say whether the database is gone or one connection broke (a
 * cluster member restarting, a leader switch, an idle socket a proxy dropped), so one probe
 * decides, shared by every request that failed at the same time. When the probe fails the breaker
 * opens: queries fail at once instead of each waiting on connection attempts and retries (before
 * this, an outage answered after 14 s), and a probe runs every `probeIntervalMs` until the database
 * answers again, which closes it. Nothing is cached beyond that: the next probe always re-asks.
 */
export class Availability {
  private up = true;
  private pending: Promise<boolean> | null = null;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly probe: () => Promise<void>,
    private readonly logger: Logger,
    private readonly options: AvailabilityOptions,
  ) {}

  /** False from a failed probe until the next successful one. */
  isUp(): boolean {
    return this.up;
  }

  /** Probes now (one probe for all concurrent callers); resolves with whether the database answered. */
  recheck(): Promise<boolean> {
    this.pending ??= this.runProbe().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** Stops probing (the driver is closing). */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async runProbe(): Promise<boolean> {
    const answered = await withTimeout(this.probe(), this.options.probeTimeoutMs).then(
      () => true,
      () => false,
    );
    if (answered && !this.up) this.logger.info('database reachable again');
    if (!answered && this.up) {
      this.logger.warn('database unreachable: answering SERVICE_UNAVAILABLE until a probe succeeds');
    }
    this.up = answered;
    if (!answered) this.scheduleProbe();
    return answered;
  }

  private scheduleProbe(): void {
    if (this.closed || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.recheck();
    }, this.options.probeIntervalMs);
    this.timer.unref();
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
