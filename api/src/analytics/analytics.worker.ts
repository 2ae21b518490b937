/**
 * Entry point of the analytics worker thread: holds the loaded graphs and runs jobs one at a time,
 * so heavy analyses (betweenness, Louvain, link scoring, Yen's paths) never block the API's event loop.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { runJob } from './analytics-engine';
import { decodeGraph } from './graph-wire';
import { LoadedGraph } from './loaded-graph';
import type { WorkerRequest, WorkerResponse } from './worker-messages';

const graphs = new Map<string, LoadedGraph>();

/**
 * This thread computes at a lower CPU priority (nice 4) than the API's event loop and the
 * database: when analyses keep the cores busy, reads and writes still get the CPU first, and the
 * analyses take what is left. Linux names a thread's id in /proc/thread-self; elsewhere, or when
 * not allowed, the thread keeps the process's priority.
 */
export function lowerThreadPriority(): boolean {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(threadId)) return false;
    setPriority(threadId, 4);
    return true;
  } catch {
    return false;
  }
}
lowerThreadPriority();

parentPort?.on('message', (request: WorkerRequest) => {
  switch (request.type) {
    case 'load':
      graphs.set(request.key, new LoadedGraph(decodeGraph(request.json)));
      break;
    case 'drop':
      graphs.delete(request.key);
      break;
    case 'run': {
      const response: WorkerResponse = {
        id: request.id,
        outcome: runJob(graphs.get(request.key), request.filter, request.job),
      };
      parentPort?.postMessage(response);
      break;
    }
  }
});
