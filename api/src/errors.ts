import { GraphQLError } from 'graphql';

/**
 * The errors clients see. Each carries `extensions.code`; anything else thrown by a resolver is
 * masked as INTERNAL_SERVER_ERROR by the server's formatError.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_COMPLEX'
  | 'SERVICE_UNAVAILABLE';

export class ClientError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** One invalid input value: `field` is the path inside the input, e.g. ["input", "country"]. */
export interface FieldProblem {
  field: readonly (string | number)[];
  reason: string;
}

export class BadUserInputError extends ClientError {
  readonly problems: readonly FieldProblem[];

  constructor(problems: readonly FieldProblem[], total = problems.length) {
    const first = problems[0];
    const message = first
      ? `${first.field.join('.')}: ${first.reason}${total > 1 ? ` (and ${total - 1} more)` : ''}`
      : 'invalid input';
    super('BAD_USER_INPUT', message, {
      field: first ? first.field.join('.') : null,
      fields: problems.map((p) => ({ field: p.field.join('.'), reason: p.reason })),
      problemCount: total,
    });
    this.problems = problems;
  }
}

export class NotFoundError extends ClientError {
  constructor(entity: string, id: string, field?: string) {
    super('NOT_FOUND', `${entity} ${id} was not found`, { entity, id, ...(field ? { field } : {}) });
  }

  /** The same error naming the input field that held the missing id. */
  withField(field: string): NotFoundError {
    return new NotFoundError(String(this.extensions.entity), String(this.extensions.id), field);
  }
}

export class ConflictError extends ClientError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('CONFLICT', message, extensions);
  }
}

export class ServiceUnavailableError extends ClientError {
  constructor(message = 'The database is unavailable; try again shortly') {
    super('SERVICE_UNAVAILABLE', message);
  }
}

/** For states that cannot happen unless the code is wrong (graphql-js's invariant). */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new Error(`Invariant violation: ${message}`);
  }
}
