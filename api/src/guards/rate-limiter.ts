import { HeaderMap } from '@apollo/server';
import type { Viewer } from '../auth/viewer';
import { RATE_COUNT_READ, RATE_COUNTS_ADD, RATE_COUNTS_EXPIRE } from '../db/queries/rate-limit.queries';
import type { Database } from '../db/run-query';
import { ClientError } from '../errors';
import type { Logger } from '../logger';

/**
 * Who is counted: a signed-in account, an API token, an IP address (requests without valid
 * credentials: anonymous visitors and failed sign-ins by token), and sign-in attempts per IP.
 */
export type RateRuleName = 'account' | 'token' | 'ip' | 'signIn' | 'time';

/** At most `limit` units (a request is 1, analytics more) per `windowS` seconds. */
export interface RateRule {
  limit: number;
  windowS: number;
}

export type RateRules = Readonly<Record<RateRuleName, RateRule>>;

interface Counter {
  /** rule:subject@window, the shared counter's id. */
  id: string;
  window: number;
  windowEnd: number;
  /** Every process's total, as last read from the database (includes this process's sent units). */
  shared: number;
  /** Units taken here and not yet sent. */
  pending: number;
  /** Units being sent now. */
  sending: number;
  /** The first read of the shared total, when this process first counts the subject in this window. */
  loaded: Promise<void>;
  /** Whether that read has ended (or a request stopped waiting for it, see SHARED_READ_WAIT_MS). */
  settled: boolean;
}

/**
 * How long a request waits for the first read of a window's shared total. On a busy database that
 * read can take hundreds of milliseconds, and every subject starts a new window every few seconds:
 * a request does not wait longer than this, it is counted locally meanwhile (the total read later
 * is added to what it counted), so other processes' units may be missed for that moment only.
 */
const SHARED_READ_WAIT_MS = 25;

/** Waits for the counter's first shared read, at most `ms`; later requests then no longer wait for it. */
async function waitAtMost(counter: Counter, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([counter.loaded, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
  counter.settled = true;
}

/**
 * Rate limits shared by every API process through the database, without a write per request: each
 * process counts locally in fixed windows and, once a second, adds what it counted to one shared
 * counter per rule, subject and window (RATE_COUNTS_ADD) and reads back every process's total. A
 * subject can therefore overshoot by what other processes admitted during the last second, never
 * more; a process that cannot reach the database keeps counting on its own.
 */
export class RateLimiter {
  private readonly counters = new Map<string, Counter>();
  private timer: NodeJS.Timeout | null = null;
  private syncing: Promise<void> | null = null;
  private lastExpiry = 0;

  constructor(
    private readonly db: Database,
    readonly rules: RateRules,
    private readonly logger: Logger,
    private readonly syncMs = 1000,
  ) {}

  /**
   * Takes `units` of `subject`'s allowance under `rule`; throws RATE_LIMITED (HTTP 429 with
   * Retry-After) when that would go over the limit, taking nothing.
   */
  async take(rule: RateRuleName, subject: string, units = 1, now = Date.now()): Promise<void> {
    const counter = await this.counterFor(rule, subject, now);
    this.refuseOver(rule, counter, units, now);
    counter.pending += units;
  }

  /**
   * Admits a request of `subject` under `rule` while it has allowance left (RATE_LIMITED otherwise),
   * taking nothing: what it costs is known only when it is done (see spend).
   */
  async admit(rule: RateRuleName, subject: string, now = Date.now()): Promise<void> {
    const counter = await this.counterFor(rule, subject, now);
    this.refuseOver(rule, counter, 0, now, true);
  }

  /**
   * Counts `units` that `subject` has spent (e.g. milliseconds a request kept the server busy),
   * at most the time since the current window began: what a request spent in an earlier window
   * does not count twice against this one.
   */
  async spend(rule: RateRuleName, subject: string, units: number, now = Date.now()): Promise<void> {
    const windowMs = this.rules[rule].windowS * 1000;
    const counter = await this.counterFor(rule, subject, now);
    counter.pending += Math.max(0, Math.min(units, now - (counter.windowEnd - windowMs)));
  }

  private async counterFor(rule: RateRuleName, subject: string, now: number): Promise<Counter> {
    const { windowS } = this.rules[rule];
    const windowMs = windowS * 1000;
    const window = Math.floor(now / windowMs);
    const key = `${rule}:${subject}`;
    let counter = this.counters.get(key);
    if (!counter || counter.window !== window) {
      const id = `${key}@${window}`;
      const fresh: Counter = {
        id,
        window,
        windowEnd: (window + 1) * windowMs,
        shared: 0,
        pending: 0,
        sending: 0,
        loaded: Promise.resolve(),
        settled: false,
      };
      // What the other processes counted already (an indexed read, once per subject and window).
      fresh.loaded = this.db
        .read(RATE_COUNT_READ, { id })
        .then(([row]) => void (fresh.shared = Math.max(fresh.shared, row?.count ?? 0)))
        .catch(() => undefined)
        .finally(() => void (fresh.settled = true));
      counter = fresh;
      this.counters.set(key, counter);
    }
    if (!counter.settled) await waitAtMost(counter, SHARED_READ_WAIT_MS);
    return counter;
  }

  private refuseOver(rule: RateRuleName, counter: Counter, units: number, now: number, spentAll = false): void {
    const { limit, windowS } = this.rules[rule];
    const used = counter.shared + counter.sending + counter.pending;
    if (spentAll ? used >= limit : used + units > limit) {
      const retryAfterSeconds = Math.max(1, Math.ceil((counter.windowEnd - now) / 1000));
      throw new ClientError(
        'RATE_LIMITED',
        rule === 'time'
          ? `This client has kept the server busy for ${Math.round(used / 1000)} s in the last ${windowS} s (at most ${limit / 1000} s): send fewer requests at once; try again in ${retryAfterSeconds} s`
          : `Too many requests for this ${RULE_NOUNS[rule]}: at most ${limit} per ${windowS} s; try again in ${retryAfterSeconds} s`,
        {
          retryAfterSeconds,
          limit,
          windowSeconds: windowS,
          rule,
          http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
        },
      );
    }
  }

  /** Starts sharing counts every `syncMs` (the timer does not keep the process alive). */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.sync(), this.syncMs);
    this.timer.unref();
  }

  /** Stops the timer and sends what is still pending. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.sync();
  }

  /** Sends pending units, reads back totals, forgets windows that are over. One at a time. */
  sync(now = Date.now()): Promise<void> {
    this.syncing ??= this.syncOnce(now).finally(() => (this.syncing = null));
    return this.syncing;
  }

  private async syncOnce(now: number): Promise<void> {
    const sent = [...this.counters.values()].filter((counter) => counter.pending > 0 || counter.windowEnd > now);
    for (const counter of sent) {
      counter.sending = counter.pending;
      counter.pending = 0;
    }
    try {
      if (sent.length > 0) {
        const rows = await this.db.write(RATE_COUNTS_ADD, {
          rows: sent.map((counter) => ({ id: counter.id, delta: counter.sending, expiresAt: counter.windowEnd })),
        });
        const totals = new Map(rows.map((row) => [row.id, row.count]));
        for (const counter of sent) {
          counter.shared = Math.max(counter.shared + counter.sending, totals.get(counter.id) ?? 0);
          counter.sending = 0;
        }
      }
      if (now - this.lastExpiry > 60_000) {
        this.lastExpiry = now;
        await this.db.write(RATE_COUNTS_EXPIRE, { now });
      }
    } catch (error) {
      // The database is away: keep counting here, and send these units next time.
      for (const counter of sent) {
        counter.pending += counter.sending;
        counter.sending = 0;
      }
      this.logger.debug({ err: String(error) }, 'rate counts not shared');
    }
    for (const [key, counter] of this.counters) {
      if (counter.windowEnd <= now && counter.pending === 0) this.counters.delete(key);
    }
  }
}

const RULE_NOUNS: Record<RateRuleName, string> = {
  account: 'account',
  token: 'API token',
  ip: 'address',
  signIn: 'address (sign-in attempts)',
  time: 'client (server time)',
};

/** The rule and subject a request is counted under: its token, its account, or its address. */
export function rateSubject(viewer: Viewer, clientIp: string): { rule: RateRuleName; subject: string } | null {
  if (viewer.kind === 'token' && viewer.tokenId) return { rule: 'token', subject: viewer.tokenId };
  if (viewer.kind === 'user') return { rule: 'account', subject: viewer.id };
  if (viewer.kind === 'anonymous') return { rule: 'ip', subject: clientIp };
  return null;
}
