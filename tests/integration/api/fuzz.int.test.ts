/**
 * The API as a hostile client sees it (issue 17): over a thousand generated malformed requests,
 * sent over real sockets, each of which must be answered — in JSON with a code, without a 5xx, a
 * stack, a server path or a database message, with the security headers — while the process stays
 * up and the data stays as it was. Seeded: FUZZ_SEED=<n> replays another run.
 */
import fc from 'fast-check';
import { BODY_IDLE_MS, HTTP_SERVER_OPTIONS } from '../../../api/src/http-limits';
import {
  createActor,
  createRelation,
  createSource,
  startMigratedTestApi,
  workspaceCounts,
} from '../../helpers/domain-fixture';
import { sendRaw, type RawAnswer, type RawRequest } from '../../helpers/raw-http';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';
import { fuzzClasses } from './fuzz-requests';
import type { FuzzRequest, FuzzTargets } from './fuzz-request';

const SEED = Number(process.env.FUZZ_SEED ?? 20_170_417);

/** A stack frame, a server path or a stack field: what no answer may contain. */
const INTERNALS = /\n\s+at \S|\bat \S+ \(.*:\d+:\d+\)|\/work\/|\/tmp\/|node_modules|"stack(trace)?"/;
/** The database's own words, which no error may repeat. */
const DRIVER_TEXT = /Neo4j|Cypher|MATCH \(|Neo\.(Client|Database|Transient)Error/;
const SECURITY_HEADERS = [
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
  'content-security-policy',
  'cross-origin-resource-policy',
];

interface Outcome {
  cls: string;
  request: FuzzRequest;
  answer: RawAnswer | null;
}

describe('the API under generated malformed requests', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  let targets: FuzzTargets;
  let port: number;

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'fuzz', [{ id: 'fuzz-theme', label: 'Fuzz', description: 'Fuzz theme' }]);
    const a = await createActor(api, ws.id, { name: 'Fuzz A', externalId: 'fuzz-a' });
    const b = await createActor(api, ws.id, { name: 'Fuzz B', externalId: 'fuzz-b' });
    const relation = await createRelation(api, ws.id, { type: 'FUNDS', sourceId: a.id, targetId: b.id });
    await createSource(api, a.id, { title: 'Fuzz source', url: 'https://example.org/fuzz' });
    const page = dataOf(
      await api.gql<{ actors: { pageInfo: { endCursor: string } } }>(
        'query($ws: ID!) { actors(workspace: $ws, first: 1) { pageInfo { endCursor } } }',
        { ws: ws.id },
      ),
    );
    targets = {
      workspaceId: ws.id,
      slug: ws.slug,
      actorIds: [a.id, b.id],
      actorVersion: a.version,
      relationId: relation.id,
      cursor: page.actors.pageInfo.endCursor,
      admin: api.admin!.headers,
    };
    port = Number(new URL(api.origin).port);
  });
  afterAll(async () => {
    await ws?.remove();
    await api?.close();
  });

  /** What a reader sees of the workspace: every record with its version, and the raw counts. */
  const snapshot = async () => {
    const read = dataOf(
      await api.gql<{ workspace: unknown; actors: unknown; relations: unknown }>(
        `query($ws: ID!, $slug: String!) {
          workspace(slug: $slug) { id title description visibility }
          actors(workspace: $ws, first: 500, filter: { includeDeleted: true }) {
            edges { node { id name version deletedAt sources { id version } } }
          }
          relations(workspace: $ws, first: 500, filter: { includeDeleted: true }) { edges { node { id version deletedAt } } }
        }`,
        { ws: ws.id, slug: ws.slug },
      ),
    );
    return { read, counts: await workspaceCounts(api.db, ws.id) };
  };

  it('answers every one in JSON with a code, no 5xx and nothing internal, and changes nothing', async () => {
    const started = Date.now();
    const before = await snapshot();
    const classes = fuzzClasses(targets);
    const requests = classes.flatMap((cls, index) =>
      fc
        .sample(cls.arbitrary, { seed: SEED + index, numRuns: cls.runs })
        .map((request) => ({ cls: cls.name, request })),
    );
    console.log(`fuzz: seed ${SEED}, ${requests.length} requests in ${classes.length} classes`);
    expect(requests.length).toBeGreaterThanOrEqual(1000);

    const slow = requests.filter(({ request }) => request.status === 408);
    const fast = requests.filter(({ request }) => request.status !== 408);
    const [stalledOutcomes, otherOutcomes] = await Promise.all([
      runAll(slow, port, slow.length),
      runAll(fast, port, 12),
    ]);
    const outcomes = [...stalledOutcomes, ...otherOutcomes];

    if (process.env.FUZZ_SLOWEST) {
      const slowest = [...outcomes].sort((x, y) => (y.answer?.ms ?? 1e9) - (x.answer?.ms ?? 1e9)).slice(0, 30);
      console.log(
        slowest
          .map((o) => `${o.answer?.ms ?? 'none'} ms [${o.cls}] ${describeRequest(o.request).slice(0, 300)}`)
          .join('\n'),
      );
    }
    const failures = outcomes.flatMap((outcome) =>
      problemsOf(outcome).map(
        (problem) =>
          `[${outcome.cls}] ${problem}\n    ${describeRequest(outcome.request)}\n    → ${describeAnswer(outcome.answer)}`,
      ),
    );
    const health = await fetch(`${api.origin}/healthz`);
    expect({ status: health.status, body: await health.json() }).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await snapshot()).toEqual(before);
    console.log(`fuzz: ${outcomes.length} answers checked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(failures.slice(0, 25)).toEqual([]);
  });
});

/** Sends the requests with at most `concurrency` in flight. */
async function runAll(
  requests: ReadonlyArray<{ cls: string; request: FuzzRequest }>,
  port: number,
  concurrency: number,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const { cls, request } = requests[next++]!;
      outcomes.push({ cls, request, answer: await sendRaw(port, toRaw(request)) });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return outcomes;
}

function toRaw(request: FuzzRequest): RawRequest {
  const names = new Set(request.headers.map(([name]) => name.toLowerCase()));
  const lines: Buffer[] = [Buffer.from(`${request.method} ${request.path} HTTP/1.1`)];
  if (!names.has('host')) lines.push(Buffer.from('host: 127.0.0.1'));
  if (!names.has('connection')) lines.push(Buffer.from('connection: close'));
  for (const [name, value] of request.headers)
    lines.push(Buffer.concat([Buffer.from(`${name}: `), Buffer.from(value)]));
  if (request.body && !request.noLength && !names.has('content-length')) {
    lines.push(Buffer.from(`content-length: ${request.body.length}`));
  }
  const head = Buffer.concat(lines.flatMap((line, i) => (i ? [Buffer.from('\r\n'), line] : [line])));
  return {
    head,
    ...(request.body ? { body: request.body } : {}),
    ...(request.sendBodyBytes === undefined ? {} : { sendBodyBytes: request.sendBodyBytes }),
    ...(request.stallHeaders ? { stallHeaders: true } : {}),
  };
}

/** Everything wrong with one answer; empty when it is as every answer must be. */
function problemsOf({ request, answer }: Outcome): string[] {
  if (!answer) return ['no answer (held open or closed without a response)'];
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`status ${answer.status}`);
  if (request.status !== undefined && answer.status !== request.status) {
    problems.push(`status ${answer.status}, expected ${request.status}`);
  }
  if (request.status === 408) {
    const limit = (request.stallHeaders ? Number(HTTP_SERVER_OPTIONS.headersTimeout) : BODY_IDLE_MS) + 3_000;
    if (answer.ms > limit) problems.push(`408 after ${answer.ms} ms (limit ${limit} ms)`);
  }
  const missing = SECURITY_HEADERS.filter((name) => answer.headers[name] === undefined);
  if (missing.length) problems.push(`missing headers: ${missing.join(', ')}`);
  if (INTERNALS.test(answer.body)) problems.push('internals in the body');
  const bodiless = request.method === 'HEAD' || answer.status === 204 || answer.status === 304;
  if (bodiless) return answer.body === '' ? problems : [...problems, 'a body where none belongs'];
  if (!/application\/(graphql-response\+)?json/.test(answer.headers['content-type'] ?? '')) {
    return [...problems, `content-type ${answer.headers['content-type'] ?? '(none)'}`];
  }
  let json: unknown;
  try {
    json = JSON.parse(answer.body);
  } catch {
    return [...problems, 'body is not JSON'];
  }
  const { errors, data, status } = (json ?? {}) as { errors?: unknown; data?: unknown; status?: unknown };
  if (errors !== undefined) {
    const list = Array.isArray(errors)
      ? (errors as Array<{ message?: unknown; extensions?: { code?: unknown; field?: unknown } }>)
      : [];
    if (!list.length) problems.push('errors is not a non-empty list');
    if (list.some((e) => typeof e.message !== 'string' || typeof e.extensions?.code !== 'string')) {
      problems.push('an error without a message or extensions.code');
    }
    if (list.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) problems.push('a masked internal error');
    // A value refused by a resolver names the argument or input field it was in.
    const unnamed = list.filter(
      (e) =>
        ['BAD_USER_INPUT', 'NOT_FOUND'].includes(String(e.extensions?.code)) &&
        answer.status === 200 &&
        !e.extensions?.field,
    );
    if (unnamed.length) problems.push('a BAD_USER_INPUT or NOT_FOUND without extensions.field');
    if (DRIVER_TEXT.test(JSON.stringify(errors))) problems.push('database text in an error');
  }
  if (answer.status >= 400 && errors === undefined) problems.push('a 4xx without errors');
  if (answer.status < 400 && errors === undefined && data === undefined && status === undefined) {
    problems.push('a 2xx that is neither a GraphQL result nor a health answer');
  }
  return problems;
}

function describeRequest(request: FuzzRequest): string {
  const body = request.body ? request.body.subarray(0, 160).toString('utf8') : '';
  const headers = request.headers.map(([name, value]) => `${name}: ${String(value).slice(0, 40)}`).join('; ');
  return `${request.method} ${request.path.slice(0, 80)} {${headers}} ${body}${(request.body?.length ?? 0) > 160 ? `… (${request.body!.length} bytes)` : ''}`;
}

function describeAnswer(answer: RawAnswer | null): string {
  if (!answer) return 'none';
  return `${answer.status} ${answer.headers['content-type'] ?? ''} ${answer.body.slice(0, 300)}`;
}
