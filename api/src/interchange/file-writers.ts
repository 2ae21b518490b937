import { csvLine } from './csv-table';
import { cellText, columnsOf, isGiven, nestedSource, type ExportGraph, type ExportRow } from './export-graph';
import { fieldsOf, type RecordKind } from './field-table';
import type { ImportProblem } from './import-document';

/** CSV files of an export, one per kind of record, as Excel opens them (UTF-8 with a mark, CRLF). */
export function writeCsv(graph: ExportGraph, kind: RecordKind): string {
  const specs = columnsOf(kind, false);
  const rows: readonly ExportRow[] =
    kind === 'actor'
      ? graph.actors
      : kind === 'relation'
        ? graph.relations
        : kind === 'source'
          ? graph.sources
          : (graph.themes as unknown as ExportRow[]);
  const lines = [csvLine(specs.map((spec) => spec.column))];
  for (const row of rows) lines.push(csvLine(specs.map((spec) => cellText(spec, row[spec.field]))));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The API's own JSON shape (what importGraph and JSON import take): sources nested, empty values left out. */
export function writeJson(graph: ExportGraph): string {
  const compact = (row: ExportRow, kind: RecordKind) => {
    const out: ExportRow = {};
    for (const spec of fieldsOf(kind)) {
      const value = row[spec.field];
      if (!isGiven(value)) continue;
      out[spec.field] = spec.type.kind === 'sources' ? (value as ExportRow[]).map(nestedSource) : value;
    }
    return out;
  };
  return `${JSON.stringify(
    {
      format: 'tiermap-graph',
      version: 1,
      themes: graph.themes,
      actors: graph.actors.map((row) => compact(row, 'actor')),
      relations: graph.relations.map((row) => compact(row, 'relation')),
    },
    null,
    1,
  )}\n`;
}

const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // In attribute values a parser turns raw line breaks and tabs into spaces: written as references they survive.
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/** Text escaped for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"'\n\r\t]/g, (char) => XML_ENTITIES[char]!);
}

/**
 * GraphML as Gephi, yEd, NetworkX and igraph read it: one `<key>` per field (typed), a `label` for
 * the actor's name, undirected relations marked `directed="false"`, the workspace's own themes as a
 * graph-level JSON attribute; sources as a JSON attribute of their actor or relation.
 */
export function writeGraphml(graph: ExportGraph): string {
  const nodeSpecs = columnsOf('actor', true).filter((spec) => spec.field !== 'externalId');
  const edgeSpecs = columnsOf('relation', true).filter(
    (spec) => !['externalId', 'source', 'target'].includes(spec.field),
  );
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="themes" for="graph" attr.name="themes" attr.type="string"/>',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
  ];
  for (const spec of nodeSpecs)
    out.push(`  <key id="n_${spec.field}" for="node" attr.name="${spec.column}" attr.type="${spec.graphType}"/>`);
  for (const spec of edgeSpecs)
    out.push(`  <key id="e_${spec.field}" for="edge" attr.name="${spec.column}" attr.type="${spec.graphType}"/>`);
  out.push('  <graph id="G" edgedefault="directed">');
  if (graph.themes.length > 0) out.push(`    <data key="themes">${xmlEscape(JSON.stringify(graph.themes))}</data>`);
  for (const row of graph.actors) {
    out.push(`    <node id="${xmlEscape(String(row.externalId))}">`);
    out.push(`      <data key="label">${xmlEscape(String(row.name))}</data>`);
    for (const spec of nodeSpecs) {
      const text = cellText(spec, row[spec.field]);
      if (text !== '') out.push(`      <data key="n_${spec.field}">${xmlEscape(text)}</data>`);
    }
    out.push('    </node>');
  }
  for (const row of graph.relations) {
    const directed = row.directed === false ? ' directed="false"' : '';
    out.push(
      `    <edge id="${xmlEscape(String(row.externalId))}" source="${xmlEscape(String(row.source))}" target="${xmlEscape(String(row.target))}"${directed}>`,
    );
    for (const spec of edgeSpecs) {
      const text = cellText(spec, row[spec.field]);
      if (text !== '') out.push(`      <data key="e_${spec.field}">${xmlEscape(text)}</data>`);
    }
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

const GEXF_TYPES = { string: 'string', double: 'double', int: 'integer', boolean: 'boolean' } as const;

/**
 * GEXF 1.3 as Gephi reads it: node labels are actor names, edge labels relation types, undirected
 * relations `type="undirected"`, every field a typed attribute; the workspace's own themes as JSON
 * in the meta keywords.
 */
export function writeGexf(graph: ExportGraph): string {
  const nodeSpecs = columnsOf('actor', true).filter((spec) => spec.field !== 'externalId');
  const edgeSpecs = columnsOf('relation', true).filter(
    (spec) => !['externalId', 'source', 'target'].includes(spec.field),
  );
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>Tiermap</creator>',
    ...(graph.themes.length > 0 ? [`    <keywords>${xmlEscape(JSON.stringify(graph.themes))}</keywords>`] : []),
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    ...nodeSpecs.map(
      (spec) => `      <attribute id="${spec.field}" title="${spec.column}" type="${GEXF_TYPES[spec.graphType]}"/>`,
    ),
    '    </attributes>',
    '    <attributes class="edge">',
    ...edgeSpecs.map(
      (spec) => `      <attribute id="${spec.field}" title="${spec.column}" type="${GEXF_TYPES[spec.graphType]}"/>`,
    ),
    '    </attributes>',
    '    <nodes>',
  ];
  const attvalues = (row: ExportRow, specs: typeof nodeSpecs) =>
    specs
      .map((spec) => [spec, cellText(spec, row[spec.field])] as const)
      .filter(([, text]) => text !== '')
      .map(([spec, text]) => `          <attvalue for="${spec.field}" value="${xmlEscape(text)}"/>`);
  for (const row of graph.actors) {
    out.push(`      <node id="${xmlEscape(String(row.externalId))}" label="${xmlEscape(String(row.name))}">`);
    out.push('        <attvalues>', ...attvalues(row, nodeSpecs), '        </attvalues>', '      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  for (const row of graph.relations) {
    const type = row.directed === false ? ' type="undirected"' : '';
    out.push(
      `      <edge id="${xmlEscape(String(row.externalId))}" source="${xmlEscape(String(row.source))}" target="${xmlEscape(String(row.target))}" label="${xmlEscape(String(row.type))}"${type}>`,
    );
    out.push('        <attvalues>', ...attvalues(row, edgeSpecs), '        </attvalues>', '      </edge>');
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

/** An import's problems as a table, one row each, to open beside the file being fixed. */
export function writeProblemsCsv(problems: readonly ImportProblem[]): string {
  const columns = ['file', 'row', 'element', 'column', 'field', 'reason', 'suggestion'] as const;
  const lines = [csvLine([...columns]), ...problems.map((p) => csvLine(columns.map((c) => String(p[c] ?? ''))))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
