import {
  ACTOR_KINDS,
  ENGAGEMENT_LEVELS,
  FUNDING_FORMS,
  FUNDING_SOURCES,
  FUNDING_TERMS,
  MODES,
  PARTICIPATION_ROLES,
  RELATION_TYPES,
  SECTORS,
  TIERS,
  VISIBILITIES,
} from '../domain/vocabulary';
import { foldName } from '../domain/closest-value';
import { POPULATIONS, SERVICES } from '../domain/capacity';

export { foldName };

/** The records a file's rows describe. */
export type RecordKind = 'actor' | 'relation' | 'source' | 'theme';

/** How a cell's text becomes a value. */
export type ValueType =
  | { kind: 'text' }
  | { kind: 'id' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'country' }
  | { kind: 'currency' }
  | { kind: 'countryList' }
  | { kind: 'textList' }
  /** One language per alias, in the aliases' order, empty where an alias has none. */
  | { kind: 'aliasLanguageList' }
  | { kind: 'themeList' }
  | { kind: 'enumList'; values: readonly string[] }
  | { kind: 'languageList' }
  | { kind: 'partialDate' }
  | { kind: 'isoDate' }
  | { kind: 'number' }
  | { kind: 'integer' }
  | { kind: 'boolean' }
  | { kind: 'sources' };

/**
 * One field as the files name it. `column` is the CSV/XLSX header and the GraphML/GEXF attribute
 * name we write; `aliases` are other names a header or attribute may have (compared folded: case,
 * spaces, `_` and `-` ignored). `graphType` is the GraphML `attr.type` / GEXF attribute type.
 */
export interface FieldSpec {
  readonly record: RecordKind;
  readonly field: string;
  readonly column: string;
  readonly type: ValueType;
  readonly graphType: 'string' | 'double' | 'int' | 'boolean';
  readonly aliases?: readonly string[];
  /** Written for other tools (e.g. sector, from kind) but never read back: the model derives it. */
  readonly derived?: boolean;
}

const text = { kind: 'text' } as const;
const f = (
  record: RecordKind,
  field: string,
  type: ValueType,
  graphType: FieldSpec['graphType'] = 'string',
  aliases: readonly string[] = [],
): FieldSpec => ({ record, field, column: field, type, graphType, aliases });

/**
 * The one table of field ↔ column ↔ GraphML/GEXF attribute. A field added to the model gets one
 * line here and is then read and written by every format (CSV, JSON, GraphML, GEXF).
 */
export const FIELD_TABLE: readonly FieldSpec[] = [
  f('actor', 'externalId', { kind: 'id' }, 'string', ['id', 'external id', 'key', 'actor id']),
  f('actor', 'name', text, 'string', ['label', 'actor', 'organisation', 'organization', 'actor name']),
  f('actor', 'aliases', { kind: 'textList' }, 'string', ['alias', 'also known as', 'acronyms']),
  f('actor', 'kind', { kind: 'enum', values: ACTOR_KINDS }, 'string', ['actor kind', 'actor type', 'type']),
  f('actor', 'tier', { kind: 'enum', values: TIERS }, 'string', ['level', 'governance level', 'scale']),
  { ...f('actor', 'sector', { kind: 'enum', values: SECTORS }), derived: true },
  f('actor', 'country', { kind: 'country' }, 'string', ['country code', 'iso country']),
  f('actor', 'city', text, 'string', ['town', 'municipality name']),
  f('actor', 'originCountries', { kind: 'countryList' }, 'string', ['origin countries', 'origins', 'diaspora of']),
  f('actor', 'themes', { kind: 'themeList' }, 'string', ['theme', 'topics']),
  f('actor', 'description', text, 'string', ['notes', 'about']),
  f('actor', 'website', text, 'string', ['url', 'web', 'homepage']),
  f('actor', 'founded', { kind: 'partialDate' }, 'string', ['founded on', 'established', 'year founded']),
  f('actor', 'visibility', { kind: 'enum', values: VISIBILITIES }, 'string'),
  // An actor's lifespan (issue 21), after the older columns.
  f('actor', 'since', { kind: 'partialDate' }, 'string', ['active since', 'existed from']),
  f('actor', 'until', { kind: 'partialDate' }, 'string', ['active until', 'dissolved']),
  // Identifiers as SCHEME:value and the language of each alias (issue 21 point 6), after the older columns.
  f('actor', 'identifiers', { kind: 'textList' }, 'string', ['identifier', 'ids', 'register ids']),
  f('actor', 'aliasLanguages', { kind: 'aliasLanguageList' }, 'string', ['alias languages', 'alias language']),
  // An actor's capacity profile (issue 20), after the older columns.
  f('actor', 'populationsServed', { kind: 'enumList', values: POPULATIONS }, 'string', [
    'populations',
    'target groups',
    'serves',
  ]),
  f('actor', 'services', { kind: 'enumList', values: SERVICES }, 'string', ['services offered']),
  f('actor', 'languages', { kind: 'languageList' }, 'string', ['language', 'working languages']),
  f('actor', 'sources', { kind: 'sources' }, 'string', ['evidence']),
  f('relation', 'externalId', { kind: 'id' }, 'string', ['id', 'external id', 'key', 'relation id']),
  f('relation', 'type', { kind: 'enum', values: RELATION_TYPES }, 'string', [
    'relation type',
    'relation',
    'tie',
    'label',
  ]),
  f('relation', 'source', { kind: 'id' }, 'string', ['from', 'source actor', 'source id']),
  f('relation', 'target', { kind: 'id' }, 'string', ['to', 'target actor', 'target id']),
  f('relation', 'directed', { kind: 'boolean' }, 'boolean'),
  f('relation', 'mode', { kind: 'enum', values: MODES }, 'string'),
  f('relation', 'engagement', { kind: 'enum', values: ENGAGEMENT_LEVELS }, 'string', ['engagement level']),
  f('relation', 'formal', { kind: 'boolean' }, 'boolean'),
  f('relation', 'themes', { kind: 'themeList' }, 'string', ['theme', 'topics']),
  f('relation', 'since', { kind: 'partialDate' }, 'string', ['from date', 'start', 'start date']),
  f('relation', 'until', { kind: 'partialDate' }, 'string', ['to date', 'end', 'end date']),
  f('relation', 'amount', { kind: 'number' }, 'double', ['sum', 'value']),
  f('relation', 'currency', { kind: 'currency' }, 'string'),
  f('relation', 'strength', { kind: 'integer' }, 'int'),
  f('relation', 'confidence', { kind: 'number' }, 'double'),
  f('relation', 'notes', text, 'string', ['description']),
  f('relation', 'visibility', { kind: 'enum', values: VISIBILITIES }, 'string'),
  // A participation's role (PARTICIPATES_IN only; issue 20), after the older columns.
  f('relation', 'role', { kind: 'enum', values: PARTICIPATION_ROLES }, 'string', ['participation role']),
  // A FUNDS tie's modality (issue 20), after the older columns.
  f('relation', 'fundingSource', { kind: 'enum', values: FUNDING_SOURCES }, 'string', ['funding source', 'money']),
  f('relation', 'fundingTerm', { kind: 'enum', values: FUNDING_TERMS }, 'string', ['funding term', 'duration']),
  f('relation', 'fundingForm', { kind: 'enum', values: FUNDING_FORMS }, 'string', ['funding form', 'form']),
  f('relation', 'sources', { kind: 'sources' }, 'string', ['evidence']),
  f('source', 'subjectKind', { kind: 'enum', values: ['ACTOR', 'RELATION'] }, 'string', ['subject type', 'about']),
  f('source', 'subject', { kind: 'id' }, 'string', ['subject id', 'subject external id', 'record']),
  f('source', 'title', text, 'string'),
  f('source', 'url', text, 'string', ['link']),
  f('source', 'document', text, 'string', ['file', 'document name']),
  f('source', 'quote', text, 'string', ['excerpt', 'citation']),
  f('source', 'page', text, 'string', ['pages']),
  f('source', 'accessed', { kind: 'isoDate' }, 'string', ['accessed on', 'retrieved']),
  f('source', 'visibility', { kind: 'enum', values: VISIBILITIES }, 'string'),
  f('theme', 'id', { kind: 'id' }, 'string', ['theme', 'theme id']),
  f('theme', 'label', text, 'string', ['name', 'title']),
  f('theme', 'description', text, 'string'),
];

/** The fields of one kind of record, in table order (the order of CSV columns we write). */
export function fieldsOf(record: RecordKind): readonly FieldSpec[] {
  return FIELD_TABLE.filter((spec) => spec.record === record);
}

/**
 * Which field each header names, for one kind of record: an explicit mapping (header → field, or
 * null to leave a column out) first, then our column names, then aliases. Headers that name no
 * field are answered in `ignored`; a field named by two headers keeps the first.
 */
export function matchHeaders(
  record: RecordKind,
  headers: readonly string[],
  mapping: Readonly<Record<string, string | null>> = {},
): { fields: Array<FieldSpec | null>; ignored: string[]; unknownMappings: string[] } {
  const specs = fieldsOf(record);
  const byName = new Map<string, FieldSpec>();
  for (const spec of specs) byName.set(foldName(spec.column), spec);
  for (const spec of specs) {
    for (const alias of spec.aliases ?? []) if (!byName.has(foldName(alias))) byName.set(foldName(alias), spec);
  }
  const mapped = new Map(Object.entries(mapping).map(([header, field]) => [foldName(header), field]));
  const unknownMappings = Object.values(mapping).filter(
    (field): field is string => field !== null && !specs.some((spec) => spec.field === field),
  );
  const taken = new Set<string>();
  const ignored: string[] = [];
  const fields = headers.map((header) => {
    const folded = foldName(header);
    const explicit = mapped.get(folded);
    const spec =
      explicit === null ? undefined : explicit ? specs.find((s) => s.field === explicit) : byName.get(folded);
    if (!spec || taken.has(spec.field)) {
      if (header.trim() !== '') ignored.push(header);
      return null;
    }
    taken.add(spec.field);
    return spec;
  });
  return { fields, ignored, unknownMappings };
}
