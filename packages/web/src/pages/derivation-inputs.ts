import { COMPARATOR_LABELS } from '../lib/labels';

/**
 * The names the core's scoring derivations give their inputs, as a clerk reads them. Template
 * inputs (部门评价) are already named in Chinese by the template and pass through as written.
 */
const INPUT_LABELS: Record<string, string> = {
  comparator: '指标性质',
  target: '指标值',
  target_text: '指标值原文',
  actual: '实际完成值',
  actual_text: '实际完成值原文',
  weight: '分值',
  score: '得分',
  executed_wan: '全年执行数（万元）',
  adjusted_wan: '全年预算数（万元）',
  initial_wan: '年初预算数（万元）',
  planned_wan: '预算数（万元）',
  execution_rate: '执行率（%）',
  reported_total: '文件填报总分',
  rows_total: '各项得分合计',
  deduction: '扣分',
  entered: '录入得分',
};

/** 「指标值=12，实际完成值=6」: a derivation's inputs in Chinese, comparators as signs, blanks as 空. */
export function derivationInputsText(inputs: Record<string, string | number | null>): string {
  return Object.entries(inputs)
    .map(([key, value]) => {
      const name = INPUT_LABELS[key] ?? key.trim();
      const shown = value === null || value === '' ? '空' : key === 'comparator' ? (COMPARATOR_LABELS[String(value)] ?? String(value)) : String(value);
      return `${name}=${shown}`;
    })
    .join('，');
}
