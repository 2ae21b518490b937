import { BadUserInputError, type FieldProblem } from '../errors';
import { isCountryCode, isCurrencyCode } from './iso-codes';
import { isPartialDate } from './partial-date';
import { closestValue } from './closest-value';
import { isLanguageCode, likelyLanguage } from './language-names';

type Path = readonly (string | number)[];

/**
 * Collects every problem with an input before anything is written, so that one answer lists them
 * all. Each check takes the field path and the value; absent values (undefined) are skipped, so the
 * same checks serve creates (with `required`) and partial updates.
 */
export class InputChecker {
  private readonly problems: FieldProblem[] = [];

  add(field: Path, reason: string): this {
    this.problems.push({ field, reason });
    return this;
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }

  /** Every problem found so far, in the order found. */
  get found(): readonly FieldProblem[] {
    return this.problems;
  }

  /** Throws BAD_USER_INPUT listing the problems found so far (the first `max` of them, with the total). */
  throwIfAny(max = 500): void {
    if (this.problems.length > 0) throw new BadUserInputError(this.problems.slice(0, max), this.problems.length);
  }

  required(field: Path, value: unknown): boolean {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      this.add(field, 'is required');
      return false;
    }
    return true;
  }

  text(field: Path, value: string | null | undefined, { min = 0, max }: { min?: number; max: number }): void {
    if (value === undefined || value === null) return;
    const length = value.trim().length;
    if (length === 0 && min > 0 && this.problems.some((p) => p.field.join('.') === field.join('.'))) return;
    if (length < min) this.add(field, min === 1 ? 'must not be empty' : `must have at least ${min} characters`);
    else if (value.length > max) this.add(field, `must have at most ${max} characters (got ${value.length})`);
    else if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(value))
      this.add(field, 'must not contain control characters');
  }

  list<T>(
    field: Path,
    values: readonly T[] | null | undefined,
    max: number,
    each: (path: Path, value: T) => void,
  ): void {
    if (values === undefined || values === null) return;
    if (values.length > max) {
      this.add(field, `must have at most ${max} items (got ${values.length})`);
      return;
    }
    values.forEach((value, index) => each([...field, index], value));
  }

  country(field: Path, value: string | null | undefined): void {
    if (value === undefined || value === null) return;
    if (!isCountryCode(value))
      this.add(field, `must be an ISO 3166-1 alpha-2 country code such as GR or SN (got "${value}")`);
  }

  currency(field: Path, value: string | null | undefined): void {
    if (value === undefined || value === null) return;
    if (!isCurrencyCode(value)) this.add(field, `must be an ISO 4217 currency code such as EUR (got "${value}")`);
  }

  url(field: Path, value: string | null | undefined): void {
    if (value === undefined || value === null) return;
    if (value.length > 2000) {
      this.add(field, 'must have at most 2000 characters');
      return;
    }
    let parsed: URL | null = null;
    try {
      parsed = new URL(value);
    } catch {
      parsed = null;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname.includes('.')) {
      this.add(field, `must be an absolute http(s) URL (got "${value}")`);
    }
  }

  partialDate(field: Path, value: string | null | undefined): void {
    if (value === undefined || value === null) return;
    if (!isPartialDate(value)) this.add(field, `must be a date as YYYY, YYYY-MM or YYYY-MM-DD (got "${value}")`);
  }

  isoDate(field: Path, value: string | null | undefined): void {
    if (value === undefined || value === null) return;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isPartialDate(value))
      this.add(field, `must be a date as YYYY-MM-DD (got "${value}")`);
  }

  range(field: Path, value: number | null | undefined, min: number, max: number, { integer = false } = {}): void {
    if (value === undefined || value === null) return;
    if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
      this.add(field, `must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max} (got ${value})`);
    }
  }

  externalId(field: Path, value: string | null | undefined): void {
    if (value === undefined || value === null) return;
    if (!/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$/.test(value)) {
      this.add(field, 'must be 1–200 characters of letters, digits and . _ : / - (starting with a letter or digit)');
    }
  }

  themes(field: Path, values: readonly string[] | null | undefined, known: ReadonlySet<string>): void {
    this.list(field, values, 30, (path, theme) => {
      if (!known.has(theme)) this.add(path, `is not a theme of this workspace: "${theme}"`);
    });
  }

  /**
   * A list of values of a closed vocabulary (`what` names it: "population"): an unknown value is
   * named with the closest allowed one, as the import does.
   */
  vocabularyList(
    field: Path,
    values: readonly string[] | null | undefined,
    allowed: readonly string[],
    what: string,
  ): void {
    this.list(field, values, allowed.length, (path, value) => {
      if (allowed.includes(value)) return;
      const suggestion = closestValue(value, allowed);
      this.add(path, `is not a ${what} we know: "${value}"${suggestion ? `; did you mean ${suggestion}?` : ''}`);
    });
  }

  /** A list of ISO 639-1 language codes; a name ("Wolof") or a misspelt code is answered with the code meant. */
  languages(field: Path, values: readonly string[] | null | undefined): void {
    this.list(field, values, 50, (path, code) => {
      if (isLanguageCode(code)) return;
      const likely = likelyLanguage(code);
      this.add(
        path,
        `must be an ISO 639-1 language code such as wo or el (got "${code}")${likely ? `; did you mean ${likely}?` : ''}`,
      );
    });
  }
}
