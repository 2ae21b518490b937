import { env } from '../config/env';

/** One field-level problem of a BAD_USER_INPUT answer. */
export interface FieldProblem {
  field: string;
  reason: string;
}

export interface GraphQLErrorPayload {
  message: string;
  extensions?: { code?: string; field?: string; fields?: FieldProblem[]; currentVersion?: number };
}

/** An error answer from the API, or a network failure (code NETWORK_ERROR). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly errors: readonly GraphQLErrorPayload[] = [],
  ) {
    super(message);
  }

  /** Field problems of a BAD_USER_INPUT error, keyed by the field path without its `input.` prefix. */
  fieldProblems(): Record<string, string> {
    const problems: Record<string, string> = {};
    for (const error of this.errors) {
      for (const { field, reason } of error.extensions?.fields ?? []) problems[field.replace(/^input\./, '')] = reason;
    }
    return problems;
  }
}

/** Posts one GraphQL operation as JSON (which also satisfies the server's CSRF prevention). */
export async function request<T>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(env.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    throw new ApiError(`The API could not be reached (${(error as Error).message})`, 'NETWORK_ERROR');
  }
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: GraphQLErrorPayload[] } | null;
  if (!body) throw new ApiError(`The API answered ${response.status} without a GraphQL body`, 'NETWORK_ERROR');
  if (body.errors?.length) {
    const first = body.errors[0]!;
    throw new ApiError(first.message, first.extensions?.code ?? 'UNKNOWN', body.errors);
  }
  if (body.data === undefined) throw new ApiError('The API answered without data', 'UNKNOWN');
  return body.data;
}
