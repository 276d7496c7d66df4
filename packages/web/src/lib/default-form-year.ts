/** Self-evaluations look back on a year; targets plan one (see defaultFormYear). */
const LOOKING_BACK = new Set(['project_self_evaluation', 'department_self_evaluation']);

/**
 * The year a new form of a kind opens on: a target is drawn up in autumn for next year, so next year; a
 * self-evaluation is of the year in progress (a 2027 one on 2026-11-24 is a year that has not begun).
 */
export function defaultFormYear(kind: string, today: Date): number {
  return LOOKING_BACK.has(kind) ? today.getFullYear() : today.getFullYear() + 1;
}
