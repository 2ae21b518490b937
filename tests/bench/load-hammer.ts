/**
 * One hammering account of `npm run bench:load`: an autocannon instance whose connections each cycle
 * through the account's operation mix as fast as answers come back, ignoring `Retry-After`. Every
 * answer is classified by its body (`answerCode`) and timed: autocannon calls a request's
 * `onResponse` and then, synchronously, emits `response` with the latency, so the two meet in `last`.
 */
import autocannon from 'autocannon';
import {
  ACCEPTED_CODES,
  answerCode,
  OPERATION_CLASS,
  operationBody,
  writtenVersion,
  type LoadTargets,
  type OperationClass,
  type OperationKind,
  type OwnActor,
} from './load-operations';

export interface HammerPlan {
  label: string;
  headers: Record<string, string>;
  connections: number;
  mix: readonly OperationKind[];
  /** One actor per connection, which that connection alone updates (when the mix writes). */
  actors: OwnActor[];
  durationS: number;
}

export interface HammerResult {
  label: string;
  connections: number;
  /** Latencies (ms) of the answers of each class. */
  latencies: Record<OperationClass, number[]>;
  /** Answers by code (OK, RATE_LIMITED, …), plus connection errors and timeouts. */
  codes: Record<string, number>;
  requests: number;
  /** The first few answers that were neither data nor RATE_LIMITED, abridged, to say what failed. */
  failed: string[];
}

interface ConnectionState {
  own?: OwnActor;
  n?: number;
}

/** Hammers `url` with `plan` for its duration and resolves with every answer's class, code and latency. */
export function hammer(url: string, targets: LoadTargets, plan: HammerPlan): Promise<HammerResult> {
  const result: HammerResult = {
    label: plan.label,
    connections: plan.connections,
    latencies: { read: [], write: [], analytics: [] },
    codes: {},
    requests: 0,
    failed: [],
  };
  const count = (code: string, by = 1) => (result.codes[code] = (result.codes[code] ?? 0) + by);
  let last: { kind: OperationKind; code: string } | null = null;
  let connectionsSeen = 0;
  const requests = plan.mix.map((kind) => ({
    method: 'POST' as const,
    setupRequest: (request: autocannon.Request, context: object) => {
      const state = context as ConnectionState;
      if (kind === 'update actor' && !state.own) {
        state.own = plan.actors[connectionsSeen++ % plan.actors.length];
      }
      state.n = (state.n ?? 0) + 1;
      return { ...request, body: operationBody(kind, targets, state.n, state.own) };
    },
    onResponse: (status: number, body: string, context: object) => {
      const state = context as ConnectionState;
      const code = answerCode(status, body);
      if (kind === 'update actor' && state.own && code === 'OK') state.own.version = writtenVersion(body) ?? 0;
      last = { kind, code };
      if (!ACCEPTED_CODES.has(code) && result.failed.length < 3) {
        result.failed.push(`${kind}, HTTP ${status}: ${body.replace(/\s+/g, ' ').slice(0, 240)}`);
      }
    },
  }));
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { ...plan.headers, 'content-type': 'application/json' },
        connections: plan.connections,
        duration: plan.durationS,
        timeout: 30,
        requests,
      },
      (error: unknown, summary: autocannon.Result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        if (summary.errors - summary.timeouts > 0) count('connection error', summary.errors - summary.timeouts);
        if (summary.timeouts > 0) count('timeout (30 s)', summary.timeouts);
        resolve(result);
      },
    );
    instance.on('response', (_client, _status, _bytes, ms) => {
      if (!last) return;
      result.requests += 1;
      result.latencies[OPERATION_CLASS[last.kind]].push(ms);
      count(last.code);
      last = null;
    });
  });
}
