/** One GraphQL request over HTTP POST with `content-type: application/json`, as the benchmarks send it. */
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** A GraphQL answer with errors, thrown so that a benchmark never times failures as answers. */
export class GraphQLAnswerError extends Error {}

/** Posts `request` to `url` (with `headers`, e.g. credentials) and returns `data`; throws on HTTP or GraphQL errors. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  request: GraphQLRequest,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }),
  });
  const text = await response.text();
  let body: { data?: T | null; errors?: unknown[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new GraphQLAnswerError(`${url}: HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`);
  }
  if (body.errors?.length || !body.data) {
    throw new GraphQLAnswerError(`${url}: ${JSON.stringify(body.errors ?? body).slice(0, 800)}`);
  }
  return body.data;
}
