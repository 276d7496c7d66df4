import type { Context } from 'hono';
import { ERROR_STATUS, type AppError, type Result } from '../errors';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // antd writes its styles at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const API_JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS, 'Cache-Control': 'no-store' };

// Responses built here already carry every header. Adding one afterwards (c.header) would turn
// @hono/node-server's plain string response into a web stream and cost a large share of a
// request's CPU, so the header middleware leaves these alone.
const complete = new WeakSet<Response>();

/** Whether a response already carries the security and caching headers. */
export function hasAllHeaders(res: Response): boolean {
  return complete.has(res);
}

function apiJson(body: string, status: number): Response {
  const res = new Response(body, { status, headers: API_JSON_HEADERS });
  complete.add(res);
  return res;
}

// Responses are built by hand with one error shape for every route; the `never` type lets
// each route's declared response union (from its OpenAPI definition) accept them.
export function errorResponse(error: AppError): never {
  const body = error.details === undefined ? { code: error.code, message: error.message } : { code: error.code, message: error.message, details: error.details };
  return apiJson(JSON.stringify({ error: body }), ERROR_STATUS[error.code]) as never;
}

/** A use case's result as HTTP: the value as JSON, or `{error:{code,message}}` with the mapped status. */
export function present<T>(_c: Context, result: Result<T>, status = 200): never {
  if (!result.ok) return errorResponse(result.error);
  return apiJson(JSON.stringify(result.value), status) as never;
}
