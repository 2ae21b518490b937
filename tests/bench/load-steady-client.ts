/**
 * The well-behaved client of `npm run bench:load`: one editor sending the operation mix one request
 * at a time, at most one every `intervalMs`, waiting out any `Retry-After`. It runs in its own process
 * (spawned by `runSteadyClient`), so the load generator's event loop does not delay its timings, and
 * connects from its own loopback address (127.0.0.2 by default), so a per-IP limit sees it as
 * another client than the hammering ones.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ACCEPTED_CODES,
  answerCode,
  EDITOR_MIX,
  operationBody,
  writtenVersion,
  type LoadTargets,
  type OperationKind,
} from './load-operations';

export interface SteadyClientPlan {
  url: string;
  headers: Record<string, string>;
  targets: LoadTargets;
  /** The actor this client alone updates. */
  actorId: string;
  warmUpMs: number;
  durationMs: number;
  /** Least time between two request starts; 0 sends back to back. */
  intervalMs: number;
  localAddress: string;
}

export interface SteadySample {
  kind: OperationKind;
  ms: number;
  code: string;
  /** Seconds the server asked the client to wait (Retry-After), when it did. */
  retryAfter: number | null;
  /** The answer, abridged, when it was neither data nor RATE_LIMITED. */
  failure?: string;
}

const READY = 'TIERMAP_LOAD_CLIENT_RESULT ';

function post(
  url: URL,
  agent: http.Agent,
  plan: SteadyClientPlan,
  body: string,
): Promise<{ status: number; text: string; retryAfter: string | undefined }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        localAddress: plan.localAddress,
        headers: { ...plan.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            retryAfter: response.headers['retry-after'],
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** Runs the plan in this process: the warm-up's answers are dropped, the rest returned. */
export async function steadyClient(plan: SteadyClientPlan): Promise<SteadySample[]> {
  const url = new URL(plan.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const versionAnswer = await post(
    url,
    agent,
    plan,
    JSON.stringify({ query: 'query($id: ID!) { actor(id: $id) { version } }', variables: { id: plan.actorId } }),
  );
  const own = {
    id: plan.actorId,
    version: (JSON.parse(versionAnswer.text) as { data: { actor: { version: number } } }).data.actor.version,
  };
  const samples: SteadySample[] = [];
  const started = performance.now();
  const measureFrom = started + plan.warmUpMs;
  const end = measureFrom + plan.durationMs;
  for (let n = 0; performance.now() < end; n += 1) {
    const kind = EDITOR_MIX[n % EDITOR_MIX.length]!;
    const sent = performance.now();
    const answer = await post(url, agent, plan, operationBody(kind, plan.targets, n, own));
    const ms = performance.now() - sent;
    const code = answerCode(answer.status, answer.text);
    const written = kind === 'update actor' ? writtenVersion(answer.text) : null;
    if (written !== null) own.version = written;
    const seconds = Number(answer.retryAfter);
    const retryAfter = answer.retryAfter !== undefined && Number.isFinite(seconds) ? seconds : null;
    const failure = ACCEPTED_CODES.has(code)
      ? {}
      : { failure: `HTTP ${answer.status}: ${answer.text.replace(/\s+/g, ' ').slice(0, 240)}` };
    if (sent >= measureFrom) samples.push({ kind, ms, code, retryAfter, ...failure });
    const wait = Math.max(plan.intervalMs - (performance.now() - sent), (retryAfter ?? 0) * 1000);
    if (wait > 0) await sleep(wait);
  }
  agent.destroy();
  return samples;
}

/** Runs the client in a child process (tsx) and returns its samples. */
export function runSteadyClient(plan: SteadyClientPlan): Promise<SteadySample[]> {
  const tsx = path.resolve(__dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const child = spawn(process.execPath, [tsx, __filename], {
    env: { ...process.env, TIERMAP_LOAD_CLIENT_PLAN: JSON.stringify(plan) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = output.split('\n').find((l) => l.startsWith(READY));
      if (code !== 0 || !line) reject(new Error(`the well-behaved client exited with code ${code}`));
      else resolve(JSON.parse(line.slice(READY.length)) as SteadySample[]);
    });
  });
}

if (require.main === module) {
  const plan = JSON.parse(process.env.TIERMAP_LOAD_CLIENT_PLAN ?? 'null') as SteadyClientPlan | null;
  if (!plan) throw new Error('TIERMAP_LOAD_CLIENT_PLAN is not set');
  steadyClient(plan).then(
    (samples) => console.log(`${READY}${JSON.stringify(samples)}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
