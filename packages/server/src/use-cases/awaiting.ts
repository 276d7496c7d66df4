import { sql } from 'kysely';

/**
 * A submitted target form of a unit under a 主管部门 (the org or an ancestor): the department decides it before finance,
 * as workflow.ts does. Everything else submitted, and what the department approved, waits for finance. Reads `f`
 * (forms) and `o` (the form's org); parenthesised so it can be negated.
 */
export const AT_DEPARTMENT = sql<boolean>`(f.status = 'submitted' and f.kind in ('project_target', 'department_target')
  and exists (select 1 from orgs d where d.kind = 'department' and o.path like d.path || '%'))`;
