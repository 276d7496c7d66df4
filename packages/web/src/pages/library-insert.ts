import type { Role } from '../api/types';

/**
 * Whether the 指标库's 插入 is offered: only the roles the server lets edit a form (its EDITOR_ROLES) have a draft
 * to insert into; for an admin or a reviewer every row's 插入 led to a dialog with no form to choose.
 */
export function canInsertIntoForms(role: Role | undefined): boolean {
  return role === 'unit_editor' || role === 'finance_reviewer';
}
