import type { ImportDocument } from './import-document';
import { addParsedGraph, localName, scanXml, xmlText, type XmlElement, type XmlGraph } from './xml-graph';

interface GraphmlKey {
  name: string;
  for: string;
  default: string | undefined;
}

/**
 * Reads GraphML as Gephi, yEd, NetworkX (`write_graphml`) and igraph write it: `<key>` declarations
 * (with defaults), nodes and edges with `<data>`; the graph's `edgedefault` and each edge's
 * `directed`. A graph-level `themes` attribute (JSON, as we export it) gives the workspace themes.
 */
export function readGraphml(document: ImportDocument, file: string, bytes: Uint8Array): void {
  const keys = new Map<string, GraphmlKey>();
  const graph: XmlGraph = { nodes: [], edges: [], graphAttributes: new Map(), directedByDefault: true };
  let current: XmlElement | null = null;
  let currentKey: GraphmlKey | null = null;
  let dataKey: string | null = null;
  let inDefault = false;
  let buffer = '';
  let depth = 0;
  let graphDepth = -1;
  const failure = scanXml(xmlText(bytes), {
    open(tag, line) {
      depth += 1;
      const name = localName(tag.name);
      const at = tag.attributes as Record<string, string>;
      if (name === 'key') {
        currentKey = { name: at['attr.name'] ?? at.id ?? '', for: at.for ?? 'all', default: undefined };
        keys.set(at.id ?? '', currentKey);
      } else if (name === 'default') {
        inDefault = true;
        buffer = '';
      } else if (name === 'graph' && graphDepth < 0) {
        graphDepth = depth;
        graph.directedByDefault = at.edgedefault !== 'undirected';
      } else if (name === 'node' || name === 'edge') {
        current = { id: at.id ?? null, line, attributes: new Map() };
        if (name === 'edge') {
          current.source = at.source;
          current.target = at.target;
          if (at.directed !== undefined) current.directed = at.directed === 'true';
          graph.edges.push(current);
        } else graph.nodes.push(current);
      } else if (name === 'data') {
        dataKey = at.key ?? null;
        buffer = '';
      }
    },
    text(value) {
      if (inDefault || dataKey !== null) buffer += value;
    },
    close(name) {
      depth -= 1;
      if (name === 'default' && currentKey) {
        currentKey.default = buffer;
        inDefault = false;
      } else if (name === 'key') currentKey = null;
      else if (name === 'data' && dataKey !== null) {
        const key = keys.get(dataKey);
        const attribute = key?.name ?? dataKey;
        if (current) current.attributes.set(attribute, buffer);
        else graph.graphAttributes.set(attribute, buffer);
        dataKey = null;
      } else if (name === 'node' || name === 'edge') {
        const element: XmlElement | null = current;
        if (element) {
          for (const key of keys.values()) {
            if (
              key.default !== undefined &&
              (key.for === name || key.for === 'all') &&
              !element.attributes.has(key.name)
            )
              element.attributes.set(key.name, key.default);
          }
        }
        current = null;
      }
    },
  });
  addParsedGraph(document, file, graph, failure);
}
