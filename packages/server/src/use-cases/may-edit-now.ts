import type { Ctx } from '../context';
import type { LoadedForm } from './form-store';
import { EDITABLE_STATUSES, EDITOR_ROLES } from './forms';
import { isYearClosed } from './year-closed';

/**
 * Whether the caller may change what hangs on a form right now (its 问题整改 answers, its 附件): the rule editableForm
 * enforces on a write — an editor's role, a draft or returned form, an open year — answered for a page's buttons.
 * The form was loaded through readableForm, so it is in the caller's subtree.
 */
export async function mayEditNow(ctx: Ctx, loaded: LoadedForm): Promise<boolean> {
  const role = ctx.actor?.role;
  if (!role || !(EDITOR_ROLES as readonly string[]).includes(role) || !EDITABLE_STATUSES.has(loaded.row.status)) return false;
  return !(await isYearClosed(ctx.db, loaded.row));
}
