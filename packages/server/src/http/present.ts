import type { Context } from 'hono';
import { ERROR_STATUS, type AppError, type Result } from '../errors';

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

// Responses are built by hand with one error shape for every route; the `never` type lets
// each route's declared response union (from its OpenAPI definition) accept them.
export function errorResponse(error: AppError): never {
  const body = error.details === undefined ? { code: error.code, message: error.message } : { code: error.code, message: error.message, details: error.details };
  return new Response(JSON.stringify({ error: body }), { status: ERROR_STATUS[error.code], headers: JSON_HEADERS }) as never;
}

/** A use case's result as HTTP: the value as JSON, or `{error:{code,message}}` with the mapped status. */
export function present<T>(_c: Context, result: Result<T>, status = 200): never {
  if (!result.ok) return errorResponse(result.error);
  return new Response(JSON.stringify(result.value), { status, headers: JSON_HEADERS }) as never;
}
