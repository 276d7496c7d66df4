import type { FormKind } from '@jixiao/core';
import { parseAmount } from '@jixiao/core';
import { matchLabel } from './field-labels';
import type { GridCell } from './flatten-source';
import type { ColumnRole } from './header-map';
import { deductedScore } from './indicator-rows';
import { isBlank, normalizeLabel } from './normalize-label';

/** Rows of an indicator table that are no indicator: a sub-header, the closing rows under it, subtotals, page ends. */

const POST_TABLE_KEYS = new Set(['conclusion', 'problems', 'improvements', 'goal_outcome']);

export function isSubHeaderRow(cells: GridCell[], roles: Array<string | null>): boolean {
  const filled = cells.filter((c) => !isBlank(c.text));
  return filled.length > 0 && filled.every((c) => c.span === 1 && roles[c.start] == null && c.text.length <= 10 && !/^[\d\s.,%≥≤<>=-]+$/.test(c.text));
}

export function isPostTableRow(cells: GridCell[], kind: FormKind): boolean {
  const first = cells.find((c) => !isBlank(c.text));
  if (!first) return false;
  if (/负责人|填报人|填表人|制表人|联系电话|审核人/.test(first.text)) return true;
  // 其他需要说明的事项 | 无: the self-evaluation template's closing free-text row, an indicator's place only when
  // no 总分 row came before it to close the table.
  if (OTHER_MATTERS.test(normalizeLabel(first.text))) return true;
  // 序号 | 附件名称 | 大小 | 下载: a table of the page's attached files.
  if (cells.filter((c) => !isBlank(c.text)).slice(0, 2).some((c) => ATTACHMENTS.test(c.text.trim()))) return true;
  // 流转意见 / 办理过程 over the approval's steps (节点名称 | 操作者 | 签字意见 | 操作时间): who passed the form on, no row.
  if (isApprovalFlowRow(cells)) return true;
  // 填报说明： over numbered notes (1.指标性质填写…；) under the table: none of them is an indicator.
  if (cells.filter((c) => !isBlank(c.text)).length === 1 && NOTES_CAPTION.test(first.text.trim())) return true;
  // 导出时间：2025-11-18 16:42:07 alone on a row under the table: when the file was made, no indicator.
  if (cells.filter((c) => !isBlank(c.text)).length === 1 && TIME_STAMP.test(first.text.trim())) return true;
  const m = matchLabel(first.text, kind);
  return m != null && POST_TABLE_KEYS.has(m.key);
}

// 小计, 投入小计, 产出指标小计, （一）决策小计: the row's first cell closes a group with its sums.
const SUBTOTAL = /^(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]?)?[\u4e00-\u9fa5]{0,8}小计$/;

export function isSubtotalRow(cells: GridCell[]): boolean {
  const filled = cells.filter((c) => !isBlank(c.text));
  if (filled.length === 0 || !SUBTOTAL.test(normalizeLabel(filled[0]!.text))) return false;
  // Only sums follow it (a merged label's repeated copies aside): a name ending in 小计 with a value is still a row.
  return filled.slice(1).every((c) => c.text.trim() === filled[0]!.text.trim() || parseAmount(c.text) != null || /^[—–\-/]+$/.test(c.text.trim()));
}

export const PAGE_END = /^[【[]?\s*(上一篇|下一篇|上一条|下一条|打印本页|关闭窗口|打印|关闭)\s*[】\]：:]/;

const OTHER_MATTERS = /^(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]?)?(?:其他需要?说明的?(?:事项|问题|情况)|需要说明的其他(?:事项|问题))$/;
export const ATTACHMENTS = /^(相关)?附件(名称|列表|下载)?\s*[：:]?$/;

const TIME_STAMP = /^[^：:\d]{0,6}(时间|日期)\s*[：:]\s*\d{4}\s*[-/.年]/;

// An approval's record under the form (an OA's 流转意见, a 政务服务 办件's 办理过程): its caption, or its header of
// step, actor, opinion and time captions.
export const APPROVAL_FLOW_CAPTION = /^(?:流转意见|流转记录|审批意见|签字意见|审批记录|审批流程|流程记录|流程意见|办理过程|办理流程|办理记录|处理过程|处理记录|办件过程)[：:]?$/;
const FLOW_STEP_CAPTION = /^(?:(?:节点|环节|步骤|流程节点|办理环节|审批节点)(?:名称)?|(?:操作|处理|办理|审批|签字|经办)(?:者|人|人员|类型|结果|意见|时间|日期|部门|单位))$/;

export function isApprovalFlowRow(cells: GridCell[]): boolean {
  const filled = cells.filter((c) => !isBlank(c.text)).map((c) => normalizeLabel(c.text));
  if (filled.length === 1) return APPROVAL_FLOW_CAPTION.test(filled[0]!);
  // Three step captions at least, an opinion or time among them: 审批人 | 审批意见 alone could be a form's own rows.
  const steps = filled.filter((t) => FLOW_STEP_CAPTION.test(t));
  return steps.length >= 3 && steps.length * 2 > filled.length && steps.some((t) => /(意见|时间|日期)$/.test(t));
}

const NOTES_CAPTION = /^(填报说明|填表说明|填报要求|编制说明|说明|注|附注)\s*[：:]|^(填报说明|填表说明)$/;

/**
 * 合计 | 100 | 2.4 under 标准分 | 扣分 (no 得分 column): the total score is the total weight less
 * the points taken off; null when the sheet has a score column or the row lacks the two amounts.
 */
export function deductedTotal(cells: GridCell[], roles: Array<ColumnRole | null>): string | null {
  if (roles.includes('score') || !roles.includes('deduction')) return null;
  const at = (role: ColumnRole) => {
    const col = roles.indexOf(role);
    const cell = cells.find((c) => c.start <= col && col < c.start + c.span && !isBlank(c.text));
    return cell ? parseAmount(cell.text) : null;
  };
  const off = at('deduction');
  const score = off == null ? null : deductedScore(at('weight'), String(off));
  return score == null ? null : String(score);
}

// A score sheet with 自评得分 | 分值 in that order closes with its totals in the same order.
export function scoreBeforeWeight(roles: Array<ColumnRole | null>): boolean {
  const score = roles.indexOf('score');
  const weight = roles.indexOf('weight');
  return score >= 0 && weight >= 0 && score < weight;
}
