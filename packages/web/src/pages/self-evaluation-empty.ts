import type { Role } from '../api/types';

/**
 * What the empty 绩效自评 list tells this user to do: a unit fills in its self-evaluations, while a reviewer only
 * reads and reviews its units' and would be sent to an 导入 it has no use for.
 */
export function selfEvaluationEmptyText(role: Role | undefined, searching: boolean): string {
  if (searching) return '没有符合条件的自评表，请修改项目名称';
  if (role === 'unit_editor') return '还没有自评表：到「导入」上传项目支出绩效自评表（docx / xlsx / pdf / 文本），或在「单位与项目」中新建';
  if (role === 'department_reviewer' || role === 'finance_reviewer') return '还没有自评表：所辖单位填报并提交项目支出绩效自评表后，会出现在这里和「审核」的待审核中';
  return '还没有自评表：各单位填报项目支出绩效自评表后会出现在这里';
}
