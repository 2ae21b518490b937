import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { readCell, type CellReading } from './cell-values';
import { fieldsOf, matchHeaders, type FieldSpec, type RecordKind } from './field-table';
import type { ColumnMapping, ImportDocument } from './import-document';
import { decodeText } from './text-decoding';

/** A node or an edge of a graph file, with its attributes by name (as the file names them). */
export interface XmlElement {
  id: string | null;
  line: number;
  attributes: Map<string, string>;
  source?: string;
  target?: string;
  /** Set when the element itself says whether it is directed (GraphML `directed`, GEXF `type`). */
  directed?: boolean;
}

/** What GraphML and GEXF files have in common, read into plain data before mapping. */
export interface XmlGraph {
  nodes: XmlElement[];
  edges: XmlElement[];
  /** Graph-level attributes (GraphML `<data>` under `<graph>`). */
  graphAttributes: Map<string, string>;
  directedByDefault: boolean;
}

/** Tag and text events of an XML text, with line numbers; external entities are never fetched. */
export function scanXml(
  text: string,
  handlers: {
    open(tag: SaxesTagPlain, line: number): void;
    close(name: string): void;
    text(value: string): void;
  },
): { line: number; reason: string } | null {
  const parser = new SaxesParser({ position: true });
  let failure: { line: number; reason: string } | null = null;
  parser.on('error', (error) => {
    failure ??= { line: parser.line, reason: `is not well-formed XML: ${error.message.replace(/^.*?:\d+:\d+: /, '')}` };
  });
  parser.on('opentag', (tag) => handlers.open(tag as SaxesTagPlain, parser.line));
  parser.on('closetag', (tag) => handlers.close(localName(tag.name)));
  parser.on('text', (value) => handlers.text(value));
  parser.on('cdata', (value) => handlers.text(value));
  try {
    parser.write(text).close();
  } catch (error) {
    failure ??= { line: parser.line, reason: `is not well-formed XML: ${(error as Error).message}` };
  }
  return failure;
}

export function localName(name: string): string {
  return name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
}

/** Decodes an XML file's bytes (UTF-8 with or without a mark, else Windows-1252). */
export function xmlText(bytes: Uint8Array): string {
  return decodeText(bytes).text;
}

/**
 * Maps a graph's nodes to actors and its edges to relations: attribute names go through the same
 * table and mapping as CSV headers; a node's id is its externalId unless an attribute gives one,
 * an edge's ends are its source and target ids, and an edge without an id gets "source--target".
 */
export function addXmlGraph(document: ImportDocument, file: string, graph: XmlGraph, mapping: ColumnMapping): void {
  addElements(document, file, 'actor', graph.nodes, mapping, (node) => ({ externalId: node.id ?? undefined }));
  const seen = new Map<string, number>();
  addElements(document, file, 'relation', graph.edges, mapping, (edge) => {
    let id = edge.id;
    if (!id) {
      const base = `${edge.source ?? ''}--${edge.target ?? ''}`;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      id = count === 1 ? base : `${base}--${count}`;
    }
    return {
      externalId: id,
      source: edge.source,
      target: edge.target,
      directed: edge.directed ?? graph.directedByDefault,
    };
  });
}

function addElements(
  document: ImportDocument,
  file: string,
  kind: RecordKind,
  elements: readonly XmlElement[],
  mapping: ColumnMapping,
  implicit: (element: XmlElement) => Record<string, string | boolean | undefined>,
): void {
  const names = [...new Set(elements.flatMap((element) => [...element.attributes.keys()]))];
  const { fields, ignored } = matchHeaders(kind, names, mapping[kind]);
  if (ignored.length > 0) document.ignoredColumns.push({ file, columns: ignored });
  const specs = fieldsOf(kind);
  const tag = kind === 'actor' ? 'node' : 'edge';
  for (const element of elements) {
    const columns: Record<string, string> = {};
    const values = new Map<string, [FieldSpec, CellReading]>();
    for (const [field, value] of Object.entries(implicit(element))) {
      const spec = specs.find((s) => s.field === field)!;
      if (value === undefined) continue;
      columns[field] = field === 'externalId' ? 'id' : field;
      values.set(field, [spec, { value }]);
    }
    names.forEach((name, index) => {
      const spec = fields[index];
      const raw = element.attributes.get(name);
      if (!spec || raw === undefined) return;
      columns[spec.field] = name;
      values.set(spec.field, [spec, readCell(spec, raw)]);
    });
    document.addRecord(
      kind,
      { file, row: element.line, element: `${tag} ${element.id ?? `${element.source}→${element.target}`}`, columns },
      [...values.values()],
    );
  }
}

/** A parsed GraphML or GEXF graph into the document: its themes, nodes and edges, or why it could not be read. */
export function addParsedGraph(
  document: ImportDocument,
  file: string,
  graph: XmlGraph,
  failure: { line: number; reason: string } | null,
): void {
  if (failure) {
    document.problem({ file, row: failure.line, element: null }, null, null, failure.reason);
    return;
  }
  addGraphThemes(document, file, graph.graphAttributes.get('themes'));
  addXmlGraph(document, file, graph, document.mapping);
}

/** Workspace themes carried as JSON in a graph-level attribute. */
function addGraphThemes(document: ImportDocument, file: string, json: string | undefined): void {
  if (json === undefined || json.trim() === '') return;
  try {
    const themes: unknown = JSON.parse(json);
    if (!Array.isArray(themes)) throw new Error('not a list');
    for (const theme of themes as Array<Record<string, unknown>>) {
      document.themes.push({
        id: String(theme.id ?? ''),
        label: String(theme.label ?? ''),
        description: String(theme.description ?? ''),
      });
    }
  } catch {
    document.problem(
      { file, row: null, element: 'graph' },
      'themes',
      null,
      'must be a JSON list of themes ([{"id", "label", "description"}])',
    );
  }
}
