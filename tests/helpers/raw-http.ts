/**
 * HTTP/1.1 over a bare TCP socket, for tests that send what no HTTP client would: invalid UTF-8,
 * malformed request lines and headers, bodies that are announced and never sent.
 */
import { connect } from 'node:net';

export interface RawRequest {
  /** The request line and headers, without the blank line that ends them. */
  head: string | Buffer;
  body?: Buffer;
  /** Send only this many bytes of the body, then wait with the socket open (a stalled upload). */
  sendBodyBytes?: number;
  /** Leave the headers unfinished (no blank line): a stalled header block. */
  stallHeaders?: boolean;
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Milliseconds from connecting to the socket's close. */
  ms: number;
}

/**
 * Sends one request and reads until the server closes the connection (the head should say
 * `Connection: close`); null when no answer arrives within `timeoutMs`.
 */
export function sendRaw(port: number, request: RawRequest, timeoutMs = 15_000): Promise<RawAnswer | null> {
  return new Promise((resolve) => {
    const started = Date.now();
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1');
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(null);
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      resolve(parseAnswer(Buffer.concat(chunks), Date.now() - started));
    };
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', finish);
    // The server may answer and close before the whole body is sent (a body over the limit).
    socket.on('error', () => undefined);
    socket.on('connect', () => {
      const body = request.body ?? Buffer.alloc(0);
      const sent = request.sendBodyBytes === undefined ? body : body.subarray(0, request.sendBodyBytes);
      socket.write(
        Buffer.concat([Buffer.from(request.head), Buffer.from(request.stallHeaders ? '\r\n' : '\r\n\r\n'), sent]),
      );
    });
  });
}

/** Splits an HTTP/1.1 answer into status, headers (lower-case names) and body; null when it is none. */
export function parseAnswer(bytes: Buffer, ms: number): RawAnswer | null {
  // Interim answers (100 Continue) come before the answer proper.
  while (/^HTTP\/1\.[01] 1\d\d /.test(bytes.subarray(0, 13).toString('latin1'))) {
    const interimEnd = bytes.indexOf('\r\n\r\n');
    if (interimEnd < 0) return null;
    bytes = bytes.subarray(interimEnd + 4);
  }
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const [statusLine = '', ...lines] = bytes.subarray(0, end).toString('latin1').split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine);
  if (!status) return null;
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    headers[name] =
      headers[name] === undefined ? line.slice(colon + 1).trim() : `${headers[name]}, ${line.slice(colon + 1).trim()}`;
  }
  let body = bytes.subarray(end + 4);
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) body = dechunk(body);
  else if (headers['content-length'] !== undefined) body = body.subarray(0, Number(headers['content-length']));
  return { status: Number(status[1]), headers, body: body.toString('utf8'), ms };
}

function dechunk(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = bytes.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = parseInt(bytes.subarray(at, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(bytes.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
