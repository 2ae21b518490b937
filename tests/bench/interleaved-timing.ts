/**
 * Times requests to Tiermap and to its peer interleaved: each client loop alternates one request to
 * each server (which goes first alternates too), so both see the same machine load over the run.
 */
import { latencyStats, type LatencyStats } from './latency-stats';

/** Sends one request as client `client` (0-based), its `iteration`-th; resolves when answered. */
export type Send = (client: number, iteration: number) => Promise<unknown>;

export interface TimingPlan {
  clients: number;
  /** Measured requests per server, spread over the clients. */
  requests: number;
  /** Uncounted requests per server before the measured ones. */
  warmUp: number;
  /** Measuring stops once this has passed (after at least one round per client). */
  budgetMs: number;
}

export interface TimedSeries {
  tiermap: LatencyStats;
  peer: LatencyStats | null;
  /** True when the time budget stopped the series before `requests`. */
  cutShort: boolean;
}

/**
 * Requests per second a server sustained: answered requests over the client time spent waiting on
 * it, times the clients (so clients ÷ mean latency); interleaving gives each server half of the
 * wall-clock time, which this does not count against it.
 */
function withRate(durations: number[], clients: number): LatencyStats {
  const stats = latencyStats(durations, 1);
  const busy = durations.reduce((sum, ms) => sum + ms, 0);
  return { ...stats, rps: busy > 0 ? (durations.length * clients * 1000) / busy : NaN };
}

async function timed(send: Send, client: number, iteration: number, into: number[] | null): Promise<void> {
  const started = performance.now();
  await send(client, iteration);
  into?.push(performance.now() - started);
}

/** Runs `plan` against `tiermap` and, when given, `peer`. */
export async function timeInterleaved(sends: { tiermap: Send; peer?: Send }, plan: TimingPlan): Promise<TimedSeries> {
  const durations = { tiermap: [] as number[], peer: [] as number[] };
  let cutShort = false;
  const perClient = (total: number) => Math.max(1, Math.ceil(total / plan.clients));
  const round = async (client: number, iteration: number, measured: boolean) => {
    const pair: Array<[Send, number[]]> = [[sends.tiermap, durations.tiermap]];
    if (sends.peer) pair.push([sends.peer, durations.peer]);
    if ((client + iteration) % 2 === 1) pair.reverse();
    for (const [send, into] of pair) await timed(send, client, iteration, measured ? into : null);
  };
  const loop = async (client: number) => {
    const warmUp = plan.warmUp > 0 ? perClient(plan.warmUp) : 0;
    for (let i = 0; i < warmUp; i += 1) await round(client, i, false);
    const deadline = performance.now() + plan.budgetMs;
    const quota = perClient(plan.requests);
    for (let i = 0; i < quota; i += 1) {
      if (i > 0 && performance.now() > deadline) {
        cutShort = true;
        break;
      }
      await round(client, warmUp + i, true);
    }
  };
  await Promise.all(Array.from({ length: plan.clients }, (_, client) => loop(client)));
  return {
    tiermap: withRate(durations.tiermap, plan.clients),
    peer: sends.peer ? withRate(durations.peer, plan.clients) : null,
    cutShort,
  };
}
