import type { IncomingMessage, Server, ServerOptions, ServerResponse } from 'node:http';
import { answerClientError, writeJsonError } from './http-errors';
import { setSecurityHeaders, type HeaderPair } from './security-headers';

/** The largest request body accepted (the JSON parser's limit too), in bytes. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** The same limit in the body parser's notation. */
export const MAX_BODY = '2mb';

/** How long a request body may go without a byte arriving before it is cut off (408). */
export const BODY_IDLE_MS = 5_000;

/**
 * Node's own limits on a request: headers larger than 16 KiB are refused (431), headers must have
 * arrived within 10 s and the whole request within 60 s (408). Node looks for overdue requests
 * every `connectionsCheckingInterval`, so that is short enough for the limits to be felt on time.
 */
export const HTTP_SERVER_OPTIONS: ServerOptions = {
  maxHeaderSize: 16 * 1024,
  headersTimeout: 10_000,
  requestTimeout: 60_000,
  connectionsCheckingInterval: 1_000,
};

/**
 * Guards the reading of a request body, before any parser sees it: a body announced larger than
 * the limit is refused at once (413) instead of being read off to the end, and a body that stalls
 * for BODY_IDLE_MS is answered 408. `maxBytes` is larger for file uploads (IMPORT_MAX_BYTES). Both answers close the connection, since the rest of the body
 * is never read. Returns true when the request has been answered.
 */
export function guardRequestBody(
  req: IncomingMessage,
  res: ServerResponse,
  idleMs = BODY_IDLE_MS,
  maxBytes = MAX_BODY_BYTES,
): boolean {
  const announced = Number(req.headers['content-length']);
  if (Number.isFinite(announced) && announced > maxBytes) {
    closeAfter(res);
    writeJsonError(
      res,
      413,
      'PAYLOAD_TOO_LARGE',
      `The request body is larger than the ${Math.round(maxBytes / 1048576)} MB allowed`,
    );
    return true;
  }
  const hasBody = (Number.isFinite(announced) && announced > 0) || req.headers['transfer-encoding'] !== undefined;
  if (!hasBody || req.complete) return false;
  // The socket's idle timer, armed only while the body arrives: once it is in, an answer may take as
  // long as its work does, and waiting its turn before the body is read (see the request gate) is
  // not stalling. Node destroys a socket that times out unless the request (while incomplete) or
  // the response listens, so the response listens: a body that is complete disarms the timer.
  const disarm = () => req.socket.setTimeout(0);
  req.socket.setTimeout(idleMs);
  res.on('timeout', () => {
    disarm();
    if (req.complete || res.headersSent) return;
    closeAfter(res);
    writeJsonError(res, 408, 'REQUEST_TIMEOUT', `The request body stalled: no data for ${idleMs / 1000} s`);
  });
  req.once('end', disarm);
  req.once('close', disarm);
  return false;
}

/** Marks the answer as the connection's last: Node closes the socket once it has been written. */
function closeAfter(res: ServerResponse): void {
  res.setHeader('connection', 'close');
}

/**
 * Answers, in JSON with a code and the security headers, what Node would otherwise answer itself
 * with a bare status line: requests its parser refuses (400, 408, 431) and an `Expect` header other
 * than 100-continue (417).
 */
export function answerNodeRefusals(server: Server, headers: readonly HeaderPair[]): void {
  server.on('clientError', (error: Error, socket) => answerClientError(error, socket, headers));
  server.on('checkExpectation', (_req: IncomingMessage, res: ServerResponse) => {
    setSecurityHeaders(res, headers);
    writeJsonError(res, 417, 'EXPECTATION_FAILED', 'The only Expect header supported is 100-continue');
  });
}
