/**
 * A named, parameterised Cypher statement. Names show up in logs and round-trip counts; the text is
 * a constant so Neo4j's plan cache stays bounded. `P` are the parameters, `R` one result row.
 */
export interface Query<P extends object, R> {
  readonly name: string;
  readonly text: string;
  /** Phantom field that carries the row and parameter types; never set. */
  readonly types?: { params: P; row: R };
}

/** Declares a query; use only in db/queries/*.queries.ts. */
export function defineQuery<P extends object, R>(name: string, text: string): Query<P, R> {
  return { name, text };
}

/**
 * Query texts made per shape (the filters given, the fields selected…) and kept, so that Neo4j's
 * plan cache sees each text again. At most `max` shapes are kept; a shape past that is first
 * widened (e.g. to every property), so a client cannot make the number of texts grow without end.
 */
export class QueryShapes<S extends object, P extends object, R> {
  private readonly queries = new Map<string, Query<P, R>>();

  constructor(
    private readonly build: (shape: S) => Query<P, R>,
    private readonly widen: (shape: S) => S,
    private readonly max = 512,
  ) {}

  get(shape: S): Query<P, R> {
    const key = JSON.stringify(shape);
    const found = this.queries.get(key);
    if (found) return found;
    if (this.queries.size >= this.max) {
      const wide = this.widen(shape);
      const wideKey = JSON.stringify(wide);
      if (wideKey !== key) return this.get(wide);
    }
    const query = this.build(shape);
    this.queries.set(key, query);
    return query;
  }
}
