import type { Form, Indicator } from '@jixiao/core';

export interface FieldChange {
  /** Where: "header" fields or the indicator row (0-based). */
  row: number | null;
  field: string;
  label: string;
  before: string;
  after: string;
}

const FIELD_LABELS: Record<string, string> = {
  project_name: '项目名称', project_code: '项目编码', budget_total_wan: '预算数（万元）', budget_fiscal_wan: '其中财政资金',
  budget_other_wan: '其他资金', budget_district_wan: '区级支出', budget_subsidy_towns_wan: '补助街镇', overview: '项目概况',
  basis: '立项依据', goal: '绩效目标', spending_plan: '资金支出计划', fund_sources: '资金来源', structure: '支出结构',
  org: '单位', org_code: '单位编码', department: '主管部门', fiscal_year: '预算年度', tasks: '年度主要任务',
  sub_goals: '分项绩效目标', measures: '保障措施', budget: '预算执行情况', total_score: '总分', conclusion: '评价结论',
  problems: '存在问题', improvements: '改进措施', goal_outcome: '目标完成情况', indicators: '指标',
  level1: '一级指标', level2: '二级指标', name: '三级指标', description: '指标描述', weight: '权重', unit: '计量单位',
  comparator: '指标性质', target: '指标值', method: '评分说明', actual: '完成值', score: '得分', reason: '偏差原因',
  // Self-evaluation findings name the budget line's parts with a dotted path.
  'budget.score': '预算执行率得分', 'budget.initial_wan': '年初预算数', 'budget.adjusted_wan': '全年预算数',
  'budget.executed_wan': '全年执行数', 'budget.execution_rate': '预算执行率', 'budget.reason': '预算执行偏差原因',
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

// An indicator row shares field names with the header: a row's basis is its 指标值确定依据, the header's the 立项依据.
const ROW_FIELD_LABELS: Record<string, string> = { basis: '指标值确定依据' };

/** The label of a field of an indicator row. */
export function rowFieldLabel(field: string): string {
  return ROW_FIELD_LABELS[field] ?? fieldLabel(field);
}

/** A field's value as the comparison shows it: （空） for nothing, objects as JSON. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Equal as the forms model stores values (null and absent alike). */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function indicatorTitle(ind: Indicator | undefined): string {
  return ind ? ind.name || '（未命名指标）' : '';
}

/**
 * Field-level differences between two versions of a form: header fields, then indicator
 * rows compared by position, with added and removed rows reported as whole rows.
 */
export function diffForms(before: Form, after: Form): FieldChange[] {
  const changes: FieldChange[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete('indicators');
  for (const key of keys) {
    const a = (before as Record<string, unknown>)[key];
    const b = (after as Record<string, unknown>)[key];
    if (!same(a, b)) changes.push({ row: null, field: key, label: fieldLabel(key), before: showValue(a), after: showValue(b) });
  }
  const rows = Math.max(before.indicators.length, after.indicators.length);
  for (let row = 0; row < rows; row++) {
    const a = before.indicators[row];
    const b = after.indicators[row];
    if (!a || !b) {
      changes.push({ row, field: '*', label: a ? '删除指标' : '新增指标', before: indicatorTitle(a), after: indicatorTitle(b) });
      continue;
    }
    for (const key of Object.keys(b) as Array<keyof Indicator>) {
      if (!same(a[key], b[key])) changes.push({ row, field: key, label: rowFieldLabel(key), before: showValue(a[key]), after: showValue(b[key]) });
    }
  }
  return changes;
}
