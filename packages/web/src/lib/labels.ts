import type { Role, Severity } from '../api/types';

export const ROLE_LABELS: Record<Role, string> = {
  unit_editor: '单位填报',
  department_reviewer: '主管部门审核',
  finance_reviewer: '财政审核',
  evaluator: '第三方评价',
  admin: '系统管理员',
};

export const STATUS_LABELS: Record<string, string> = {
  draft: '草稿',
  submitted: '已提交',
  department_approved: '主管部门已审',
  dept_approved: '主管部门已审',
  returned: '已退回',
  approved: '审核通过',
  accepted: '已验收',
  published: '已公开',
};

export const STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  submitted: 'processing',
  department_approved: 'cyan',
  dept_approved: 'cyan',
  returned: 'error',
  approved: 'success',
  accepted: 'success',
  published: 'purple',
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}

export const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
export const SEVERITY_COLORS: Record<Severity, string> = { error: 'red', warning: 'orange', info: 'blue' };

export const COMPARATOR_LABELS: Record<string, string> = {
  '>=': '≥',
  '<=': '≤',
  '=': '=',
  '>': '>',
  '<': '<',
  qualitative: '定性',
};

export const LIGHT_LABELS: Record<string, string> = { red: '红灯', yellow: '黄灯', green: '绿灯', blue: '蓝灯（超进度）' };
export const LIGHT_COLORS: Record<string, string> = { red: '#cf1322', yellow: '#d4b106', green: '#389e0d', blue: '#1677ff' };

export function formatWan(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return `${value.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元`;
}

/** Comparator sign + target + unit, as an official table prints 指标值. */
export function formatTarget(comparator: string | null, target: string, unit: string | null): string {
  if (!target) return '';
  // A bare number means "=" (forms.md), so the official tables print it without a sign.
  const sign = comparator && comparator !== 'qualitative' && comparator !== '=' ? (COMPARATOR_LABELS[comparator] ?? comparator) : '';
  // A 计量单位 cell holding 定性 names the row's kind, not a unit: 优, not 优定性. A unit the value already ends on
  // (5000人次 beside 人次) is not printed twice.
  const shown = unit && comparator !== 'qualitative' && unit !== '定性' && !target.trimEnd().endsWith(unit.trim()) ? unit : '';
  return `${sign}${target}${shown}`;
}

/**
 * Short names of the form kinds for compact lists. The full official names live in core
 * (FORM_KIND_LABELS); the first screen uses these so it does not load the core rules.
 */
export const FORM_KIND_SHORT: Record<string, string> = {
  department_target: '部门整体绩效目标表',
  project_target: '项目支出绩效目标表',
  project_self_evaluation: '项目支出绩效自评表',
  department_self_evaluation: '部门整体绩效自评表',
};

/** A form's version counts saves (each save adds one), not submissions: said wherever the number is shown. */
export const VERSION_HINT = '每次保存版本号加 1，不是提交次数；提交、退回和审核通过的记录见审核页面的版本列表。';
