import type { FormSink } from './form-sink';
import type { HeaderMap } from './header-map';
import type { RowNotes } from './indicator-rows';

// Columns a form has that no indicator field holds: known, deliberately not read, nothing to fix.
export const NOT_READ = /^(序号|编号|行次|改进措施|整改措施|拟采取的改进措施)$/;
// Where a reviewer or the filer explains a revision (审核意见, 财政审核意见, 修改说明, 调整原因): read by people, no
// field of the form (a revised draft's 审核稿 / 修改稿 / 批复稿 carries one beside the indicators).
const REVIEW_COLUMN = /^(?:(?:财政|主管部门|部门|预算|业务|专家)?(?:审核|复核|审定|评审|审查)(?:意见|情况|说明|结论)|(?:修改|修订|调整|变更)(?:说明|情况|理由|原因|内容)|批注)$/;
// The words a reviewer writes on a row struck out whole: it is deleted.
const DELETED_NOTE = /删除|删去|删掉|取消|撤销|不再设置/;

/**
 * A row whose text all stands in a review column, saying it is deleted (`删除（难以当年量化）`): the rest of the row
 * was struck through (a revised draft's deleted indicator, whose struck text is not read). Gives the note, or null.
 */
export function deletedByReview(values: Array<string | null>, header: HeaderMap): string | null {
  let note: string | null = null;
  for (let i = 0; i < values.length; i++) {
    const text = (values[i] ?? '').trim();
    if (text === '' || header.roles[i] === 'level1' || header.roles[i] === 'level2') continue;
    if (header.roles[i] != null || !REVIEW_COLUMN.test((header.texts[i] ?? '').replace(/[\s\u3000]/g, ''))) return null;
    note = text;
  }
  return note != null && DELETED_NOTE.test(note) ? note : null;
}

/** Header cells we could not map: their columns are not read. */
export function warnHeader(sink: FormSink, header: HeaderMap, line: number | null): void {
  for (const text of header.unknown) {
    const bare = text.replace(/[\s\u3000]/g, '');
    if (NOT_READ.test(bare) || REVIEW_COLUMN.test(bare)) continue;
    sink.warn('column_unknown', `第 ${line ?? '?'} 行表头“${text.slice(0, 20)}”不是已知的栏目，该列未导入；如是指标栏目，请改用标准名称（如“指标值”“计量单位”）。`);
  }
  if (!header.roles.includes('name')) {
    sink.warn('column_guessed', `第 ${line ?? '?'} 行表头没有“指标名称/三级指标”栏，无法确定指标名称列，请检查表头。`);
  }
}

const MESSAGES: Record<RowNotes['codes'][number], (name: string) => string> = {
  level_carried_over_merge: (n) => `指标“${n}”的名称单元格跨越了二级指标列，判定该行没有二级指标，请核对。`,
  level_folded: (n) => `指标“${n}”的一级/二级指标写在名称里，已拆分，请核对。`,
  row_realigned: (n) => `指标“${n}”这一行的单元格数与表头不一致，已按内容（数字、符号、单位、长文字）对齐到各列，请核对。`,
  value_missing: (n) => `指标“${n}”没有填写指标值，请补充。`,
  weight_missing: (n) => `指标“${n}”没有权重（分值），请补充。`,
  cells_dropped: (n) => `指标“${n}”这一行有无法对应到表头的内容，已忽略，请核对。`,
};

export function warnRow(sink: FormSink, row: number, line: number | null, name: string, notes: RowNotes): void {
  for (const code of notes.codes) {
    const where = line != null ? `（原文第 ${line} 行）` : '';
    let message = MESSAGES[code](name.slice(0, 30)) + where;
    if (code === 'cells_dropped') message += `：${notes.dropped.join(' | ').slice(0, 60)}`;
    sink.warn(code, message, row);
  }
}

/** Why a document gave no form: only an evaluator's score sheet, a monitoring table, a list of projects, or nothing recognised. */
export function noFormsMessage(monitoringSeen: boolean, projectListSeen: boolean, evaluationSeen = false): string {
  if (evaluationSeen) return '文档中只有绩效评价报告的指标评分表（评价机构打分，不是单位的绩效自评表）或绩效运行监控表，不属于可导入的绩效目标表或自评表，已跳过。请导入该项目（部门）的绩效目标表或绩效自评表。';
  if (monitoringSeen) return '文档中只有绩效运行监控表（含“1-6月执行情况”“全年预计完成情况”等栏），它不属于可导入的绩效目标表或自评表，已跳过。请导入该项目（部门）的绩效目标表或绩效自评表。';
  if (projectListSeen) return '文档中只有按项目逐行列出的汇总表（每行一个项目的预算、得分等），没有各项目的绩效指标，不属于可导入的绩效目标表或自评表，已跳过。请导入各项目的绩效目标表或自评表。';
  return '文档中没有找到绩效目标表或自评表：请确认文件内容包含带表头（如“三级指标”“指标值”）的指标表格。';
}
