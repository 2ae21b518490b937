import { isCountryCode, isCurrencyCode } from '../domain/iso-codes';
import { isPartialDate } from '../domain/partial-date';
import { isLanguageCode, likelyLanguage } from '../domain/language-names';
import { closestValue, likelyCountry } from './closest-value';
import type { FieldSpec } from './field-table';

/** A cell read: its value (undefined when empty), or why it could not be read and what was likely meant. */
export type CellReading = { value: unknown } | { problem: string; suggestion?: string };

const LIST_SEPARATOR = /\s*\|\s*/;
const CODE_LIST_SEPARATOR = /\s*[|;,]\s*/;

/**
 * Reads one cell's text as the value of a field (see FIELD_TABLE's types). Spreadsheet habits are
 * taken as they come: enum values in any case with spaces or hyphens, yes/no booleans, thousands
 * separators, Excel serial day numbers and date-times in date columns.
 */
export function readCell(spec: FieldSpec, raw: string): CellReading {
  const cell = raw.trim();
  if (cell === '' || spec.derived) return { value: undefined };
  const type = spec.type;
  switch (type.kind) {
    case 'text':
    case 'id':
      return { value: cell };
    case 'enum':
      return readEnum(cell, type.values, spec.field);
    case 'enumList':
      return readList(cell, (part) => readEnum(part, type.values, spec.field));
    case 'languageList':
      return readList(cell, readLanguage);
    case 'country':
      return readCountry(cell);
    case 'countryList':
      return readList(cell, readCountry);
    case 'currency': {
      const value = cell.toUpperCase();
      if (isCurrencyCode(value)) return { value };
      const suggestion = CURRENCY_SIGNS[cell];
      return {
        problem: `must be an ISO 4217 currency code such as EUR (got "${cell}")`,
        ...(suggestion ? { suggestion } : {}),
      };
    }
    case 'textList':
      return { value: cell.split(LIST_SEPARATOR).filter(Boolean) };
    case 'aliasLanguageList':
      // One entry per alias, empty where an alias has no language ("fr||el"): empties are kept.
      return { value: raw.split('|').map((language) => language.trim().toLowerCase()) };
    case 'themeList':
      return {
        value: cell
          .split(CODE_LIST_SEPARATOR)
          .filter(Boolean)
          .map((theme) => theme.toLowerCase().replace(/\s+/g, '-')),
      };
    case 'partialDate':
    case 'isoDate':
      return readDate(cell, type.kind === 'isoDate');
    case 'number':
    case 'integer': {
      const value = readNumber(cell);
      if (value === null) return { problem: `must be a number (got "${cell}")` };
      if (type.kind === 'integer' && !Number.isInteger(value))
        return { problem: `must be a whole number (got "${cell}")`, suggestion: String(Math.round(value)) };
      return { value };
    }
    case 'boolean': {
      const folded = cell.toLowerCase();
      if (['true', 'yes', 'y', '1', 'oui', 'ja', 'si', 'sí', 'x'].includes(folded)) return { value: true };
      if (['false', 'no', 'n', '0', 'non', 'nein'].includes(folded)) return { value: false };
      return { problem: `must be true or false (got "${cell}")` };
    }
    case 'sources':
      return readSources(cell);
  }
}

/** A value of a closed vocabulary in any case, with spaces or hyphens for underscores; else the closest one. */
function readEnum(cell: string, values: readonly string[], field: string): CellReading {
  const value = cell.toUpperCase().replace(/[\s-]+/g, '_');
  if (values.includes(value)) return { value };
  const suggestion = closestValue(cell, values);
  return {
    problem: `is not a ${field} we know: "${cell}"${suggestion ? `; did you mean ${suggestion}?` : ''}`,
    ...(suggestion ? { suggestion } : {}),
  };
}

/** A list cell ("a | b", "a; b", "a, b"): each part read by `readOne`; the first problem stops it. */
function readList(cell: string, readOne: (part: string) => CellReading): CellReading {
  const values: unknown[] = [];
  for (const part of cell.split(CODE_LIST_SEPARATOR).filter(Boolean)) {
    const reading = readOne(part);
    if ('problem' in reading) return reading;
    values.push(reading.value);
  }
  return { value: values };
}

/** An ISO 639-1 code in any case; else the code meant by a name ("Wolof") or a misspelling. */
function readLanguage(cell: string): CellReading {
  const value = cell.toLowerCase();
  if (isLanguageCode(value)) return { value };
  const likely = likelyLanguage(cell);
  return {
    problem: `must be an ISO 639-1 language code such as wo or el (got "${cell}")${likely ? `; did you mean ${likely}?` : ''}`,
    ...(likely ? { suggestion: likely } : {}),
  };
}

const CURRENCY_SIGNS: Readonly<Record<string, string>> = { '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY', CHF: 'CHF' };

function readCountry(cell: string): CellReading {
  const value = cell.toUpperCase();
  if (isCountryCode(value)) return { value };
  const likely = likelyCountry(cell);
  return {
    problem: `must be an ISO 3166-1 alpha-2 country code such as GR or SN (got "${cell}")${likely ? `; did you mean ${likely}?` : ''}`,
    ...(likely ? { suggestion: likely } : {}),
  };
}

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * A date cell: a partial date (YYYY, YYYY-MM, YYYY-MM-DD), a date-time whose time is dropped, or
 * an Excel serial day number (a date column Excel saved as numbers: 10000 or more, i.e. from 1927,
 * so that a bare year is never taken for one).
 */
function readDate(cell: string, dayOnly: boolean): CellReading {
  let value = cell;
  const dateTime = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(cell);
  if (dateTime) value = dateTime[1]!;
  else if (/^\d{5}(\.\d+)?$/.test(cell) && Number(cell) >= 10000) {
    value = new Date(EXCEL_EPOCH_MS + Math.floor(Number(cell)) * 86_400_000).toISOString().slice(0, 10);
  } else if (/^\d{4}\/\d{2}(\/\d{2})?$/.test(cell)) value = cell.replace(/\//g, '-');
  const ok = dayOnly ? /^\d{4}-\d{2}-\d{2}$/.test(value) && isPartialDate(value) : isPartialDate(value);
  if (ok) return { value };
  const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(cell);
  const suggestion = dayFirst
    ? `${dayFirst[3]}-${dayFirst[2]!.padStart(2, '0')}-${dayFirst[1]!.padStart(2, '0')}`
    : undefined;
  return {
    problem: dayOnly
      ? `must be a date as YYYY-MM-DD (got "${cell}")`
      : `must be a date as YYYY, YYYY-MM or YYYY-MM-DD (got "${cell}")`,
    ...(suggestion && isPartialDate(suggestion) ? { suggestion } : {}),
  };
}

/** A number as spreadsheets write it: "250000", "250,000.50", "250.000,50", "0,8", "1 500". */
export function readNumber(cell: string): number | null {
  let text = cell.replace(/[\s\u00a0\u202f_']/g, '');
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  else if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) text = text.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d*,\d+$/.test(text)) text = text.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

const SOURCE_KEYS = ['title', 'url', 'document', 'quote', 'page', 'accessed', 'visibility'] as const;

/** Evidence kept in one cell or attribute (GraphML, GEXF): a JSON list of sources. */
function readSources(cell: string): CellReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(cell);
  } catch {
    return { problem: 'must be a JSON list of sources ([{"document": …, "quote": …}])' };
  }
  if (!Array.isArray(parsed) || parsed.some((s) => typeof s !== 'object' || s === null || Array.isArray(s)))
    return { problem: 'must be a JSON list of sources ([{"document": …, "quote": …}])' };
  const sources = (parsed as Array<Record<string, unknown>>).map((source) => {
    const out: Record<string, string> = {};
    for (const key of SOURCE_KEYS) if (typeof source[key] === 'string') out[key] = source[key] as string;
    return out;
  });
  return { value: sources };
}
