/**
 * Every error a use case can return, and its HTTP status: one exhaustive map, so a new
 * code without a status does not compile.
 */
export type ErrorCode =
  | 'bad_request'
  | 'validation_failed'
  | 'malformed_json'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'unauthenticated'
  | 'login_failed'
  | 'account_locked'
  | 'csrf_failed'
  | 'forbidden'
  | 'not_found'
  | 'form_deleted'
  | 'stale_version'
  | 'invalid_transition'
  | 'duplicate'
  | 'year_closed'
  | 'unfinished_forms'
  | 'template_in_use'
  | 'template_locked'
  | 'review_errors'
  | 'password_policy'
  | 'import_failed'
  | 'no_matching_target'
  | 'period_not_monitored'
  | 'period_submitted'
  | 'export_failed'
  | 'internal';

export const ERROR_STATUS: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 423 | 500> = {
  bad_request: 400,
  validation_failed: 400,
  malformed_json: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  unauthenticated: 401,
  login_failed: 401,
  account_locked: 423,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  // Gone: the form existed and was deleted (it can be restored), unlike one that never existed.
  form_deleted: 410,
  stale_version: 409,
  invalid_transition: 409,
  duplicate: 409,
  // The form's fiscal year is closed (年度与政策): its records are read-only until the admin reopens the year.
  year_closed: 409,
  // Closing a year whose forms are still on their way needs the admin's confirmation (details: counts by state).
  unfinished_forms: 409,
  // An evaluation template that evaluations already score by: editing it would change their scores; copy it instead.
  template_in_use: 409,
  // A built-in or archived evaluation template: read-only (copy it to edit).
  template_locked: 409,
  review_errors: 422,
  password_policy: 422,
  import_failed: 422,
  // An imported 运行监控表 whose project has no approved target of the unit and year: nothing to fill.
  no_matching_target: 422,
  // An imported 运行监控表 for months (1–m月) the region's policy does not monitor.
  period_not_monitored: 422,
  // The period's monitoring table was submitted (or accepted): an import does not overwrite what finance reads.
  period_submitted: 409,
  export_failed: 422,
  internal: 500,
};

export interface AppError {
  code: ErrorCode;
  /** Chinese: what is wrong and how to fix it. */
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details?: unknown): { ok: false; error: AppError } => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});
