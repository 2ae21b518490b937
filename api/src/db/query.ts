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
