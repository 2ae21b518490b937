/**
 * Entry point of the analytics worker thread: holds the loaded graphs and runs jobs one at a time,
 * so heavy analyses (betweenness, Louvain, link scoring, Yen's paths) never block the API's event loop.
 */
import { parentPort } from 'node:worker_threads';
import { runJob } from './analytics-engine';
import { decodeGraph } from './graph-wire';
import { LoadedGraph } from './loaded-graph';
import type { WorkerRequest, WorkerResponse } from './worker-messages';

const graphs = new Map<string, LoadedGraph>();

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
