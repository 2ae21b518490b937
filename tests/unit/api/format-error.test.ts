import { GraphQLError } from 'graphql';
import { BadUserInputError, ConflictError, ServiceUnavailableError } from '../../../api/src/errors';
import { createLogger } from '../../../api/src/logger';
import { formatError } from '../../../api/src/server';

const format = formatError(createLogger('silent'));

function resolverError(original: Error): GraphQLError {
  return new GraphQLError(original.message, { originalError: original, path: ['field'] });
}

describe('formatError', () => {
  it('masks unexpected errors: no message, stack or driver text reaches the client', () => {
    const leaked = new Error('Neo.ClientError.Statement.SyntaxError: Invalid input at bolt://10.0.0.3');
    const formatted = format(
      { message: leaked.message, path: ['field'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      resolverError(leaked),
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['field'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps client errors with their code and field path', () => {
    const error = new BadUserInputError([
      { field: ['input', 'country'], reason: 'must be an ISO 3166-1 alpha-2 code' },
      { field: ['input', 'name'], reason: 'must not be empty' },
    ]);
    const formatted = format({ message: error.message, extensions: error.extensions }, resolverError(error));
    expect(formatted.message).toBe('input.country: must be an ISO 3166-1 alpha-2 code (and 1 more)');
    expect(formatted.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.country',
      fields: [
        { field: 'input.country', reason: 'must be an ISO 3166-1 alpha-2 code' },
        { field: 'input.name', reason: 'must not be empty' },
      ],
    });
  });

  it('passes the codes of conflicts and outages through', () => {
    for (const [error, code] of [
      [new ConflictError('stale version'), 'CONFLICT'],
      [new ServiceUnavailableError(), 'SERVICE_UNAVAILABLE'],
    ] as const) {
      expect(format({ message: error.message }, resolverError(error)).extensions?.code).toBe(code);
    }
  });

  it('keeps graphql-js validation errors but drops any stack trace', () => {
    const formatted = format(
      {
        message: 'Cannot query field "x" on type "Query".',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at y'] },
      },
      new GraphQLError('Cannot query field "x" on type "Query".'),
    );
    expect(formatted).toEqual({
      message: 'Cannot query field "x" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});
