/** The bench:load section of BENCHMARKS.md. */
import { sectionMarkers } from './benchmarks-file';
import type { HammerResult } from './load-hammer';
import { MIN_UNLOADED_ANSWERS, SLOWDOWN_LIMIT, type LoadSummary, type Verdict } from './load-summary';

export interface LoadRunContext {
  machine: string;
  neo4j: string;
  date: string;
  command: string;
  totalSeconds: number;
  /** Where the start-up time went, and the load average around the phases. */
  timeline: string;
  actors: number;
  relations: number;
  slug: string;
  loaded: string;
  accounts: string;
  unloadedSeconds: number;
  loadedSeconds: number;
  steadyIntervalMs: number;
  hammers: readonly HammerResult[];
  /** What the API process printed during the run (warnings and errors), abridged. */
  apiLog: { lines: number; first: string[] };
}

const ms = (value: number) => (Number.isNaN(value) ? '—' : value >= 100 ? value.toFixed(0) : value.toFixed(1));
const verdict = (value: Verdict) => (value === 'met' ? 'met' : `**${value}**`);
const codes = (all: Readonly<Record<string, number>>) =>
  Object.entries(all)
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${code} ${n.toLocaleString('en')}`)
    .join(', ') || 'none';

/** The section, between its markers, for `summary` of a run described by `context`. */
export function loadBenchMarkdown(summary: LoadSummary, context: LoadRunContext): string {
  const { begin, end } = sectionMarkers('load');
  const steadyRows = summary.steady.map(
    (r) =>
      `| ${r.kind} | ${r.unloaded.count} | ${ms(r.unloaded.p50)} | ${ms(r.unloaded.p95)} | ${r.loaded.count} | ${ms(r.loaded.p50)} | ${ms(r.loaded.p95)} | ${ms(r.loaded.max)} | ${ms(r.limitMs)} | ${r.over} |`,
  );
  const classRows = summary.hammerClasses.map(
    ({ cls, stats: s }) =>
      `| ${cls} | ${s.count.toLocaleString('en')} | ${s.rps.toFixed(1)} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} |`,
  );
  const accountRows = context.hammers.map(
    (h) =>
      `| ${h.label} | ${h.connections} | ${h.requests.toLocaleString('en')} | ${(h.requests / context.loadedSeconds).toFixed(1)} | ${codes(h.codes)} |`,
  );
  const worst = [...summary.steady].sort((a, b) => b.loaded.max / b.limitMs - a.loaded.max / a.limitMs)[0];
  const totalRequests = context.hammers.reduce((sum, h) => sum + h.requests, 0);
  return `${begin}
## Load run: mixed reads, writes and analytics by several accounts (tests/bench/load.bench.ts)

Machine: ${context.machine}. Neo4j: ${context.neo4j}. Date: ${context.date}.
Command: \`${context.command}\` (${context.totalSeconds.toFixed(0)} s in all, start-up included: ${context.timeline}).

The built API (api/dist, NODE_ENV=production, LOG_LEVEL=warn) in its own process over loopback, on the generated map
\`${context.slug}\`: ${context.actors.toLocaleString('en')} actors, ${context.relations.toLocaleString('en')} relations (${context.loaded}).
Accounts: ${context.accounts}. Editors are invited by the run's administrator and sign up with the invitation; the
API-token editors then make a personal EDITOR token and use only it. The operation mix (tests/bench/load-operations.ts):
actor search (20 by relevance), a page of 50 actors of one tier with totalCount, a 2-hop neighbourhood (up to 500
actors), \`analytics { brokers(top: 10) }\` and \`updateActor\` with \`expectedVersion\` on an actor only that client
writes (anonymous readers skip the write), every other one moving it to another tier and the rest editing its
description. A tier change moves the map's graph revision, so an analytics request after it recomputes (or waits
for) betweenness; a description edit does not (since issue 17, analyses are kept across writes that no analysis
reads; before, every write made them cold).

1. **Unloaded**: the well-behaved client (one more editor, signed in, from 127.0.0.2 so a per-IP limit sees another
   client) alone, one request at a time and at most one every ${context.steadyIntervalMs} ms (as under load: only the
   load differs; back to back, it went over its account's rate limit once answers came from the cache),
   ${context.unloadedSeconds} s after a warm-up; p95 per operation.
2. **Loaded**, ${context.loadedSeconds} s: autocannon (one instance per account, every connection cycling through the
   mix as fast as answers come, ignoring \`Retry-After\`) and, meanwhile, the same well-behaved client at most one
   request every ${context.steadyIntervalMs} ms, honouring \`Retry-After\`, in its own process.
   The API holds each refusal of a requester that asks again before its \`Retry-After\` for up to 1 s
   (api/src/guards/refusal-pacer.ts): a hammering connection then gets about one refusal a second, so the
   answer rates below are what the server let them have, not what their loops would send.

Every answer is classified by HTTP status and \`errors[0].extensions.code\`. Latencies count answered requests
(a RATE_LIMITED refusal is counted, not timed).

### Verdicts

- No errors other than RATE_LIMITED: ${verdict(summary.verdicts.noOtherErrors)} (${codes(summary.failures)}).
- No request of the well-behaved client slower than ${SLOWDOWN_LIMIT}× its operation's unloaded p95: ${verdict(summary.verdicts.steadyWithinLimit)}${
    summary.verdicts.steadyWithinLimit === 'not measured'
      ? ` (an operation had fewer than ${MIN_UNLOADED_ANSWERS} unloaded answers or none under load)`
      : worst
        ? ` (worst: ${worst.kind}, ${ms(worst.loaded.max)} ms against a limit of ${ms(worst.limitMs)} ms)`
        : ''
  }.
- The well-behaved client stayed under the rate limits (no RATE_LIMITED): ${verdict(summary.verdicts.steadyNeverLimited)}.
- RATE_LIMITED answers in the run: ${summary.rateLimitedSeen.toLocaleString('en')}${
    summary.rateLimitedSeen === 0
      ? ' — the API refused nothing: no account or address reached its limit, so the hammering accounts were served as fast as the machine allowed'
      : ''
  }.

${
  summary.failureExamples.length > 0
    ? `Failed answers (first few, abridged):\n\n${summary.failureExamples.map((f) => `- \`${f.replace(/`/g, "'")}\``).join('\n')}\n\n`
    : ''
}The API process logged ${context.apiLog.lines} warning or error lines during the run${
    context.apiLog.first.length > 0
      ? `; the first:\n\n${context.apiLog.first.map((l) => `- \`${l.replace(/`/g, "'")}\``).join('\n')}`
      : '.'
  }

### The well-behaved client

| operation | unloaded n | p50 | p95 | loaded n | p50 | p95 | max | limit (${SLOWDOWN_LIMIT}× unloaded p95) | over the limit |
|---|---|---|---|---|---|---|---|---|---|
${steadyRows.join('\n')}

Answers: unloaded ${codes(summary.steadyCodes.unloaded)}; loaded ${codes(summary.steadyCodes.loaded)}. Times in ms.

### The hammering accounts (${context.loadedSeconds} s)

${totalRequests.toLocaleString('en')} answers, ${(totalRequests / context.loadedSeconds).toFixed(1)} per second. By class (answers of every code):

| class | answers | per second | p50 | p95 | p99 | max |
|---|---|---|---|---|---|---|
${classRows.join('\n')}

| account | connections | answers | per second | by code |
|---|---|---|---|---|
${accountRows.join('\n')}
${end}`;
}
