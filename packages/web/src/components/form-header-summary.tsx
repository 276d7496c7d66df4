import { Descriptions } from 'antd';
import type { Form } from '@jixiao/core';
import { formatWan } from '../lib/labels';

function text(v: string | null | undefined): string {
  return v?.trim() ? v : '（未填）';
}

/**
 * The header of a form as a reviewer reads it before the indicators: money, spending plan
 * and the goal the indicators must carry. Read-only; the editor has the inputs.
 */
export function FormHeaderSummary({ form }: { form: Form }) {
  if (form.kind === 'project_target') {
    const plan = form.spending_plan;
    const planText = plan ? (['mar', 'jun', 'oct', 'dec'] as const).map((k, i) => `${['3月底', '6月底', '10月底', '12月底'][i]} ${plan[k] ?? '—'}%`).join('，') : '（未填）';
    return (
      <Descriptions size="small" bordered column={3} styles={{ label: { whiteSpace: 'nowrap', width: 96 } }}>
        <Descriptions.Item label="预算数">{formatWan(form.budget_total_wan)}</Descriptions.Item>
        <Descriptions.Item label="其中财政资金">{formatWan(form.budget_fiscal_wan)}</Descriptions.Item>
        <Descriptions.Item label="其他资金">{formatWan(form.budget_other_wan)}</Descriptions.Item>
        <Descriptions.Item label="支出计划" span={3}>{planText}</Descriptions.Item>
        <Descriptions.Item label="项目概况" span={3}>{text(form.overview)}</Descriptions.Item>
        <Descriptions.Item label="立项依据" span={3}>{text(form.basis)}</Descriptions.Item>
        <Descriptions.Item label="当年绩效目标" span={3}>{text(form.goal)}</Descriptions.Item>
      </Descriptions>
    );
  }
  if (form.kind === 'department_target') {
    return (
      <Descriptions size="small" bordered column={3} styles={{ label: { whiteSpace: 'nowrap', width: 96 } }}>
        <Descriptions.Item label="部门预算总额">{formatWan(form.budget_total_wan)}</Descriptions.Item>
        <Descriptions.Item label="基本支出">{formatWan(form.structure?.basic_wan)}</Descriptions.Item>
        <Descriptions.Item label="项目支出">{formatWan(form.structure?.project_wan)}</Descriptions.Item>
        <Descriptions.Item label="整体绩效目标" span={3}>{text(form.goal)}</Descriptions.Item>
      </Descriptions>
    );
  }
  return (
    <Descriptions size="small" bordered column={1} styles={{ label: { whiteSpace: 'nowrap', width: 96 } }}>
      <Descriptions.Item label="年度目标">{text(form.goal ?? null)}</Descriptions.Item>
    </Descriptions>
  );
}
