import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ClientError } from './errors';
import type { Logger } from './logger';
import type { HeaderPair } from './security-headers';

/**
 * Answers to requests refused before GraphQL runs (by the HTTP layer or the body parser), written as
 * GraphQL-over-HTTP error bodies: JSON with a code, never an HTML page, a stack or a server path.
 */
export function writeJsonError(res: ServerResponse, status: number, code: string, message: string): void {
  if (res.headersSent || res.destroyed) {
    res.end();
    return;
  }
  const body = errorBody(code, message);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

/** A ClientError raised outside GraphQL (e.g. a rate limit), with its status, headers and extensions. */
export function writeClientError(res: ServerResponse, error: ClientError): void {
  const { http, ...extensions } = error.extensions as Record<string, unknown> & {
    http?: { status?: number; headers?: Map<string, string> };
  };
  if (res.headersSent || res.destroyed) {
    res.end();
    return;
  }
  for (const [name, value] of http?.headers ?? []) res.setHeader(name, value);
  const body = JSON.stringify({ errors: [{ message: error.message, extensions }] });
  res.statusCode = http?.status ?? 400;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

function errorBody(code: string, message: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code } }] });
}

/** Node's refusals of a request it could not take in (`clientError`), by the error's code. */
const CLIENT_ERRORS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [
    431,
    'REQUEST_HEADER_FIELDS_TOO_LARGE',
    'The request headers are larger than the 16 KiB allowed',
  ],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'REQUEST_TIMEOUT', 'The request did not arrive in time'],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, 'PAYLOAD_TOO_LARGE', 'The request’s chunk extensions are too large'],
};

/**
 * Answers what Node's HTTP parser refuses before any request exists (malformed request lines and
 * headers, headers over the size limit, requests that do not arrive in time), in JSON with a code
 * like every other refusal; Node's own answers are bare status lines. Written straight to the
 * socket, which is then closed: the stream cannot be trusted to hold another request.
 */
export function answerClientError(
  error: Error & { code?: string },
  socket: Duplex,
  headers: readonly HeaderPair[],
): void {
  // Node's own check: a response already under way (its headers sent) cannot be replaced.
  const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const [status, code, message] = CLIENT_ERRORS[error.code ?? ''] ?? [
    400,
    'BAD_REQUEST',
    'The request is not valid HTTP/1.1',
  ];
  const body = errorBody(code, message);
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    'content-type: application/json; charset=utf-8',
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
    ...headers.map(([name, value]) => `${name}: ${value}`),
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`, () => socket.destroy());
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
  if (status === 400 && isDecompressionError(error)) {
    writeJsonError(res, 400, 'BAD_REQUEST', 'The request body could not be decompressed as its Content-Encoding says');
    return;
  }
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

/** zlib's and brotli's errors (a body that is not the gzip, deflate or br data it is labelled as). */
function isDecompressionError(error: unknown): boolean {
  const { code, errno } = (error ?? {}) as { code?: unknown; errno?: unknown };
  return typeof errno === 'number' || (typeof code === 'string' && /^(Z_|ERR_BROTLI|ERR__ERROR)/.test(code));
}

/**
 * Requests graphql-js or Apollo refuse with a message that does not say what is wrong, or without
 * a code: the parser running out of stack on a deeply nested query, the validator giving up on a
 * query that repeats fields too often (its field-merging budget), Apollo's 4xx errors that carry
 * only an HTTP status (a persisted query whose hash does not match). Undefined for anything else.
 */
export function clarifiedRequestError(
  formatted: GraphQLFormattedError,
  original: unknown,
): GraphQLFormattedError | undefined {
  const code = formatted.extensions?.code;
  if (code === 'GRAPHQL_PARSE_FAILED' && /Maximum call stack size exceeded/i.test(formatted.message)) {
    return { message: 'The query is nested too deeply to be read', extensions: { code: 'QUERY_TOO_COMPLEX' } };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' && formatted.message === 'Validation aborted.') {
    return {
      message: 'The query repeats the same fields too often to be checked; ask for each field once',
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    };
  }
  if (original instanceof GraphQLError && original.extensions.code === undefined) {
    const status = (original.extensions.http as { status?: unknown } | undefined)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return { message: original.message, extensions: { code: 'BAD_REQUEST' } };
    }
  }
  return undefined;
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
