import type { ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from './logger';

/**
 * Answers to requests refused before GraphQL runs (by the HTTP layer or the body parser), written as
 * GraphQL-over-HTTP error bodies: JSON with a code, never an HTML page, a stack or a server path.
 */
export function writeJsonError(res: ServerResponse, status: number, code: string, message: string): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

/** The body parser's and the HTTP layer's errors, by their `type` (body-parser) or status. */
const BODY_ERRORS: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, 'BAD_REQUEST', 'The request body is not valid JSON'],
  'entity.too.large': [413, 'PAYLOAD_TOO_LARGE', 'The request body is larger than the 2 MB allowed'],
  'entity.verify.failed': [400, 'BAD_REQUEST', 'The request body could not be read'],
  'request.aborted': [400, 'BAD_REQUEST', 'The request was aborted before its body was read'],
  'request.size.invalid': [400, 'BAD_REQUEST', 'The request body is not as long as its Content-Length says'],
  'charset.unsupported': [415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body’s charset is not supported; send UTF-8'],
  'encoding.unsupported': [415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body’s content encoding is not supported'],
  'stream.encoding.set': [500, 'INTERNAL_SERVER_ERROR', 'Internal server error'],
};

/** Answers an error that stopped a request before GraphQL; client errors keep their status, the rest is a masked 500. */
export function answerHttpError(res: ServerResponse, error: unknown, logger: Logger): void {
  const known = error && typeof error === 'object' ? (error as { type?: unknown; status?: unknown }) : {};
  const byType = typeof known.type === 'string' ? BODY_ERRORS[known.type] : undefined;
  if (byType) {
    writeJsonError(res, ...byType);
    return;
  }
  const status = typeof known.status === 'number' ? known.status : 500;
  if (status >= 400 && status < 500) {
    writeJsonError(res, status, status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', 'The request could not be read');
    return;
  }
  logger.error(
    { err: error instanceof Error ? { message: error.message, stack: error.stack } : error },
    'request failed before GraphQL',
  );
  writeJsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}

/** Codes of errors about the request itself, found before anything ran: the answer is a 400. */
const REQUEST_FAILURES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
  'BAD_REQUEST',
  'BAD_USER_INPUT',
]);

/**
 * A request that failed before execution (syntax, validation, limits) answers 400, whatever a
 * plugin raised it from: without data and with only such errors, nothing a client sends is a 500.
 */
export function requestFailuresAre400(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors?.length) return;
          if (errors.every((error) => REQUEST_FAILURES.has(String(error.extensions?.code)))) {
            response.http.status = 400;
          }
        },
      };
    },
  };
}
