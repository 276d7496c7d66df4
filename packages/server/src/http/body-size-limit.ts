import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * Hono's bodyLimit, without its cost on the common requests. Hono's version reads the body as a
 * web stream and rebuilds the request, on every request, even a GET. Node's HTTP parser never
 * delivers more than a declared Content-Length, and over HTTP/1.1 a request with neither
 * Content-Length nor Transfer-Encoding has no body, so only chunked bodies need counting as they
 * arrive. A request handed to the app directly (app.request, other runtimes) may carry a body
 * without either header: anything but GET and HEAD is counted then.
 */
export function bodySizeLimit(maxSize: number, onError: () => Response): MiddlewareHandler {
  const counted = bodyLimit({ maxSize, onError: () => onError() });
  return async (c, next) => {
    if (c.req.header('transfer-encoding') === undefined) {
      const declared = c.req.header('content-length');
      if (declared === undefined && (c.req.method === 'GET' || c.req.method === 'HEAD')) return next();
      const size = declared === undefined ? NaN : Number(declared);
      if (Number.isSafeInteger(size) && size >= 0) return size > maxSize ? onError() : next();
    }
    return counted(c, next);
  };
}
