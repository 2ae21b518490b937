/**
 * The baseline of the web benchmark: a static page with plain Cytoscape.js (cytoscape.min.js from
 * node_modules, default style and renderer options) drawing a generated map with preset positions,
 * the same tier layout the web client computes. Served on a free loopback port.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { sectorOf } from '../../api/src/domain/vocabulary';
import { generateGraph } from '../../graph-seed/src/generate-graph';
import { computeTierLayout } from '../../web/src/lib/tier-layout';
import { ROOT } from '../../scripts/processes';

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>plain Cytoscape.js</title>
<style>html, body, #cy { margin: 0; width: 100%; height: 100%; }</style></head>
<body><div id="cy"></div>
<script src="/cytoscape.min.js"></script>
<script>
  const actors = new URLSearchParams(location.search).get('actors');
  fetch('/elements-' + actors + '.json').then((response) => response.json()).then((elements) => {
    performance.mark('prof:init-start');
    const cy = cytoscape({ container: document.getElementById('cy'), elements, layout: { name: 'preset' } });
    performance.mark('prof:init-end');
    cy.one('render', () => performance.mark('prof:render'));
    window.__plainCy = cy;
    cy.one('render', () => requestAnimationFrame(() => {
      performance.mark('plain:first-map-frame');
      performance.mark('plain:complete-map-frame');
    }));
  });
</script></body></html>`;

/** The generated map as Cytoscape elements with preset positions. */
function elementsJson(actors: number, seed: number): string {
  const files = generateGraph({ actors, seed });
  const layoutActors = files.actors.map((actor) => ({
    id: actor.externalId,
    name: actor.name,
    tier: actor.tier,
    sector: sectorOf(actor.kind),
    country: actor.country,
  }));
  const relations = files.relations.map((relation) => ({ sourceId: relation.source, targetId: relation.target }));
  const layout = computeTierLayout(layoutActors, relations);
  return JSON.stringify([
    ...layoutActors.map((actor) => ({
      group: 'nodes',
      data: { id: actor.id, label: actor.name },
      position: layout.positions.get(actor.id),
    })),
    ...files.relations.map((relation) => ({
      group: 'edges',
      data: { id: relation.externalId, source: relation.source, target: relation.target },
    })),
  ]);
}

export interface PlainCytoscapeServer {
  url: string;
  /** Makes the elements of a map size ahead, so that making them is not timed. */
  prepare: (actors: number) => void;
  close: () => Promise<void>;
}

/** Serves the page, cytoscape.min.js and /elements-<actors>.json (prepared, or made on first request). */
export async function plainCytoscapeServer(seed: number): Promise<PlainCytoscapeServer> {
  const cytoscapeJs = readFileSync(path.join(ROOT, 'node_modules', 'cytoscape', 'dist', 'cytoscape.min.js'));
  const cache = new Map<string, string>();
  const prepare = (actors: number) => {
    if (!cache.has(String(actors))) cache.set(String(actors), elementsJson(actors, seed));
  };
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const elements = /^\/elements-(\d+)\.json$/.exec(url.pathname);
    if (url.pathname === '/' || url.pathname === '/plain.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    } else if (url.pathname === '/cytoscape.min.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(cytoscapeJs);
    } else if (elements) {
      prepare(Number(elements[1]));
      response.writeHead(200, { 'content-type': 'application/json' }).end(cache.get(String(Number(elements[1]))));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/plain.html`,
    prepare,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
