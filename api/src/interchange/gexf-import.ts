import type { ImportDocument } from './import-document';
import { addParsedGraph, localName, scanXml, xmlText, type XmlElement, type XmlGraph } from './xml-graph';

/**
 * Reads GEXF 1.2/1.3 as Gephi writes it: `<attributes class="node|edge">` declarations (with
 * defaults), nodes (`label` read as the attribute "label") and edges (`label` likewise, `type`
 * directed or undirected), `<attvalue for value>`. Dynamic spells are not read.
 */
export function readGexf(document: ImportDocument, file: string, bytes: Uint8Array): void {
  const declared = {
    node: new Map<string, { title: string; default?: string }>(),
    edge: new Map<string, { title: string; default?: string }>(),
  };
  const graph: XmlGraph = { nodes: [], edges: [], graphAttributes: new Map(), directedByDefault: true };
  let attributeClass: 'node' | 'edge' | null = null;
  let currentAttribute: { title: string; default?: string } | null = null;
  let inDefault = false;
  let inThemes = false;
  let buffer = '';
  let current: { element: XmlElement; kind: 'node' | 'edge' } | null = null;
  const failure = scanXml(xmlText(bytes), {
    open(tag, line) {
      const name = localName(tag.name);
      const at = tag.attributes as Record<string, string>;
      if (name === 'graph') graph.directedByDefault = at.defaultedgetype !== 'undirected';
      else if (name === 'attributes') attributeClass = at.class === 'edge' ? 'edge' : 'node';
      else if (name === 'attribute' && attributeClass) {
        currentAttribute = { title: at.title ?? at.id ?? '' };
        declared[attributeClass].set(at.id ?? '', currentAttribute);
      } else if (name === 'default') {
        inDefault = true;
        buffer = '';
      } else if (name === 'node' || name === 'edge') {
        const element: XmlElement = { id: at.id ?? null, line, attributes: new Map() };
        if (at.label !== undefined) element.attributes.set('label', at.label);
        if (name === 'edge') {
          element.source = at.source;
          element.target = at.target;
          if (at.type === 'directed' || at.type === 'undirected') element.directed = at.type === 'directed';
          graph.edges.push(element);
        } else graph.nodes.push(element);
        current = { element, kind: name };
      } else if (name === 'attvalue' && current) {
        const attribute = declared[current.kind].get(at.for ?? at.id ?? '');
        current.element.attributes.set(attribute?.title ?? at.for ?? '', at.value ?? '');
      } else if (name === 'keywords' || (name === 'description' && !current)) {
        inThemes = name === 'keywords';
        buffer = '';
      }
    },
    text(value) {
      if (inDefault || inThemes) buffer += value;
    },
    close(name) {
      if (name === 'default' && currentAttribute) {
        currentAttribute.default = buffer;
        inDefault = false;
      } else if (name === 'attributes') attributeClass = null;
      else if (name === 'keywords' && inThemes) {
        if (buffer.trim().startsWith('[')) graph.graphAttributes.set('themes', buffer);
        inThemes = false;
      } else if ((name === 'node' || name === 'edge') && current) {
        for (const attribute of declared[current.kind].values()) {
          if (attribute.default !== undefined && !current.element.attributes.has(attribute.title))
            current.element.attributes.set(attribute.title, attribute.default);
        }
        current = null;
      }
    },
  });
  addParsedGraph(document, file, graph, failure);
}
