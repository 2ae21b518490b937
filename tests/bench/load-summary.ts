/**
 * The figures and verdicts of `npm run bench:load`, computed from the raw samples: per-operation
 * latencies of the well-behaved client alone and under load, the hammering accounts' latencies per
 * class, and every answer counted by code.
 */
import type { HammerResult } from './load-hammer';
import { ACCEPTED_CODES, EDITOR_MIX, type OperationClass, type OperationKind } from './load-operations';
import type { SteadySample } from './load-steady-client';
import { latencyStats, type LatencyStats } from './latency-stats';

/** A request of the well-behaved client may take this many times its operation's unloaded p95. */
export const SLOWDOWN_LIMIT = 4;
/** Fewer unloaded answers of an operation than this give no p95 worth comparing with. */
export const MIN_UNLOADED_ANSWERS = 10;

/** A verdict, or why there is none. */
export type Verdict = 'met' | 'not met' | 'not measured';

export interface SteadyRow {
  kind: OperationKind;
  unloaded: LatencyStats & { max: number };
  loaded: LatencyStats & { max: number };
  /** SLOWDOWN_LIMIT × the unloaded p95. */
  limitMs: number;
  /** Loaded requests slower than limitMs. */
  over: number;
}

export interface LoadSummary {
  steady: SteadyRow[];
  steadyCodes: { unloaded: Record<string, number>; loaded: Record<string, number> };
  hammerClasses: Array<{ cls: OperationClass; stats: LatencyStats & { max: number } }>;
  /** Every hammering answer by code, over all accounts. */
  hammerCodes: Record<string, number>;
  /** Answers that are neither data nor RATE_LIMITED, anywhere in the run. */
  failures: Record<string, number>;
  verdicts: { noOtherErrors: Verdict; steadyWithinLimit: Verdict; steadyNeverLimited: Verdict };
  rateLimitedSeen: number;
  /** A few failed answers, abridged, each with its operation. */
  failureExamples: string[];
}

const withMax = (values: readonly number[], wallMs: number) => ({
  ...latencyStats(values, wallMs),
  max: values.length > 0 ? Math.max(...values) : NaN,
});

const countCodes = (codes: readonly string[]) =>
  codes.reduce<Record<string, number>>((all, code) => ({ ...all, [code]: (all[code] ?? 0) + 1 }), {});

const addCodes = (into: Record<string, number>, from: Readonly<Record<string, number>>) => {
  for (const [code, n] of Object.entries(from)) into[code] = (into[code] ?? 0) + n;
  return into;
};

/** Summarises a run; `unloadedMs` and `loadedMs` are the wall-clock lengths of the two phases. */
export function summariseLoad(
  unloaded: readonly SteadySample[],
  loaded: readonly SteadySample[],
  hammers: readonly HammerResult[],
  unloadedMs: number,
  loadedMs: number,
): LoadSummary {
  // A refused request was not served: its latency says nothing about the service's, so only answers count.
  const served = (samples: readonly SteadySample[], kind: OperationKind) =>
    samples.filter((s) => s.kind === kind && s.code !== 'RATE_LIMITED').map((s) => s.ms);
  const steady = EDITOR_MIX.map((kind) => {
    const before = withMax(served(unloaded, kind), unloadedMs);
    const after = served(loaded, kind);
    const limitMs = SLOWDOWN_LIMIT * before.p95;
    return {
      kind,
      unloaded: before,
      loaded: withMax(after, loadedMs),
      limitMs,
      over: after.filter((ms) => ms > limitMs).length,
    };
  });
  const classes: OperationClass[] = ['read', 'write', 'analytics'];
  const hammerClasses = classes.map((cls) => ({
    cls,
    stats: withMax(
      hammers.flatMap((h) => h.latencies[cls]),
      loadedMs,
    ),
  }));
  const hammerCodes = hammers.reduce<Record<string, number>>((all, h) => addCodes(all, h.codes), {});
  const steadyCodes = {
    unloaded: countCodes(unloaded.map((s) => s.code)),
    loaded: countCodes(loaded.map((s) => s.code)),
  };
  const all = addCodes(addCodes(addCodes({}, hammerCodes), steadyCodes.unloaded), steadyCodes.loaded);
  const failures = Object.fromEntries(Object.entries(all).filter(([code]) => !ACCEPTED_CODES.has(code)));
  const verdict = (ok: boolean): Verdict => (ok ? 'met' : 'not met');
  const measured = steady.every((row) => row.unloaded.count >= MIN_UNLOADED_ANSWERS && row.loaded.count > 0);
  return {
    steady,
    steadyCodes,
    hammerClasses,
    hammerCodes,
    failures,
    verdicts: {
      noOtherErrors: verdict(Object.keys(failures).length === 0),
      steadyWithinLimit: measured ? verdict(steady.every((row) => row.over === 0)) : 'not measured',
      steadyNeverLimited: verdict(!('RATE_LIMITED' in steadyCodes.loaded || 'RATE_LIMITED' in steadyCodes.unloaded)),
    },
    rateLimitedSeen: all.RATE_LIMITED ?? 0,
    failureExamples: [
      ...new Set(
        [...unloaded, ...loaded].flatMap((s) => (s.failure ? [`well-behaved client: ${s.kind}, ${s.failure}`] : [])),
      ),
      ...hammers.flatMap((h) => h.failed.slice(0, 1).map((f) => `${h.label}: ${f}`)),
    ].slice(0, 6),
  };
}
