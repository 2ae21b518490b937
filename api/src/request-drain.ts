import type { IncomingMessage, ServerResponse } from 'node:http';
import { writeJsonError } from './http-errors';

/**
 * The HTTP side of a graceful shutdown. Once `drain` is called, requests already being served
 * finish, new ones are answered 503 SERVICE_UNAVAILABLE at once (`/readyz` too, so that a proxy
 * stops sending here), and `drain` resolves when no request is left or after `maxMs`, whichever
 * comes first, so that a shutdown always ends.
 */
export class RequestDrain {
  private inFlight = 0;
  private draining = false;
  private onIdle: (() => void) | null = null;

  /** Counts a request in, or answers it when draining; true when it was answered here. */
  refuse(req: IncomingMessage, res: ServerResponse): boolean {
    if (this.draining) {
      // The body is not wanted; reading it lets the answer go out without resetting the connection.
      req.resume();
      res.setHeader('connection', 'close');
      if (req.url?.split('?')[0] === '/readyz') {
        const body = JSON.stringify({ status: 'unavailable', reason: 'shutting down' });
        res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
        res.end(body);
      } else {
        writeJsonError(res, 503, 'SERVICE_UNAVAILABLE', 'The server is shutting down; try again shortly');
      }
      return true;
    }
    this.inFlight += 1;
    res.once('close', () => {
      this.inFlight -= 1;
      if (this.inFlight === 0) this.onIdle?.();
    });
    return false;
  }

  /** Refuses new requests from now on; resolves once those in flight are done, or after `maxMs`. */
  drain(maxMs: number): Promise<void> {
    this.draining = true;
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, maxMs);
      this.onIdle = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
