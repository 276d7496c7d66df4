import { memo } from 'react';
import { Col, Form as AntForm, Input, InputNumber, Row } from 'antd';
import type { Form, SpendingPlan } from '@jixiao/core';
import { DepartmentListFields } from './department-list-fields';

interface Props {
  form: Form;
  readOnly: boolean;
  onChange: (patch: Partial<Form>) => void;
}

type Money = number | null;

function MoneyField({ label, value, onChange, readOnly }: { label: string; value: Money; onChange: (v: Money) => void; readOnly: boolean }) {
  return (
    <AntForm.Item label={label} style={{ marginBottom: 8 }}>
      <InputNumber aria-label={label} value={value} readOnly={readOnly} variant={readOnly ? 'filled' : 'outlined'} onChange={(v) => onChange(v ?? null)} style={{ width: '100%' }} suffix="万元" />
    </AntForm.Item>
  );
}

function TextField({ label, value, onChange, readOnly, rows = 2 }: { label: string; value: string | null; onChange: (v: string | null) => void; readOnly: boolean; rows?: number }) {
  return (
    <AntForm.Item label={label} style={{ marginBottom: 8 }}>
      <Input.TextArea aria-label={label} value={value ?? ''} readOnly={readOnly} variant={readOnly ? 'filled' : 'outlined'} autoSize={{ minRows: rows, maxRows: 8 }} onChange={(e) => onChange(e.target.value || null)} />
    </AntForm.Item>
  );
}

const PLAN_MONTHS: Array<[keyof SpendingPlan, string]> = [['mar', '3月底'], ['jun', '6月底'], ['oct', '10月底'], ['dec', '12月底']];

/** Re-render only when a header field changed: typing in the indicator grid leaves the header alone. */
function sameHeader(a: Props, b: Props): boolean {
  if (a.readOnly !== b.readOnly || a.onChange !== b.onChange) return false;
  const keys = new Set([...Object.keys(a.form), ...Object.keys(b.form)]);
  keys.delete('indicators');
  for (const key of keys) if ((a.form as Record<string, unknown>)[key] !== (b.form as Record<string, unknown>)[key]) return false;
  return true;
}

/** 表头: budget, funding, plan and goal fields of a target form; a department target's task, sub-goal and measure lists. */
export const FormHeaderFields = memo(function FormHeaderFields({ form, readOnly, onChange }: Props) {
  const set = (patch: Record<string, unknown>) => onChange(patch as Partial<Form>);
  if (form.kind === 'project_target') {
    const plan = form.spending_plan ?? { mar: null, jun: null, oct: null, dec: null };
    return (
      <AntForm layout="vertical" size="small">
        <Row gutter={12}>
          <Col span={8}>
            <AntForm.Item label="项目名称" style={{ marginBottom: 8 }}>
              <Input aria-label="项目名称" value={form.project_name ?? ''} readOnly={readOnly} variant={readOnly ? 'filled' : 'outlined'} onChange={(e) => set({ project_name: e.target.value || null })} />
            </AntForm.Item>
          </Col>
          <Col span={6}>
            <AntForm.Item label="项目编码" style={{ marginBottom: 8 }}>
              <Input aria-label="项目编码" value={form.project_code ?? ''} readOnly={readOnly} variant={readOnly ? 'filled' : 'outlined'} onChange={(e) => set({ project_code: e.target.value || null })} />
            </AntForm.Item>
          </Col>
          <Col span={5}><MoneyField label="预算数" value={form.budget_total_wan} readOnly={readOnly} onChange={(v) => set({ budget_total_wan: v })} /></Col>
          <Col span={5}><MoneyField label="其中：财政资金" value={form.budget_fiscal_wan} readOnly={readOnly} onChange={(v) => set({ budget_fiscal_wan: v })} /></Col>
          <Col span={5}><MoneyField label="其他资金" value={form.budget_other_wan} readOnly={readOnly} onChange={(v) => set({ budget_other_wan: v })} /></Col>
          <Col span={5}><MoneyField label="区级支出" value={form.budget_district_wan} readOnly={readOnly} onChange={(v) => set({ budget_district_wan: v })} /></Col>
          <Col span={5}><MoneyField label="补助街镇" value={form.budget_subsidy_towns_wan} readOnly={readOnly} onChange={(v) => set({ budget_subsidy_towns_wan: v })} /></Col>
          <Col span={9}>
            <AntForm.Item label="资金支出计划（累计 %）" style={{ marginBottom: 8 }}>
              <div style={{ display: 'flex', gap: 4 }}>
                {PLAN_MONTHS.map(([key, label]) => (
                  <InputNumber
                    key={key}
                    aria-label={`支出计划 ${label}`}
                    placeholder={label}
                    min={0}
                    max={100}
                    readOnly={readOnly}
                    variant={readOnly ? 'filled' : 'outlined'}
                    value={plan[key]}
                    onChange={(v) => set({ spending_plan: { ...plan, [key]: v ?? null } })}
                    style={{ width: '25%' }}
                  />
                ))}
              </div>
            </AntForm.Item>
          </Col>
          <Col span={8}><TextField label="项目概况" value={form.overview} readOnly={readOnly} onChange={(v) => set({ overview: v })} /></Col>
          <Col span={8}><TextField label="立项依据" value={form.basis} readOnly={readOnly} onChange={(v) => set({ basis: v })} /></Col>
          <Col span={8}><TextField label="当年绩效目标" value={form.goal} readOnly={readOnly} onChange={(v) => set({ goal: v })} /></Col>
        </Row>
      </AntForm>
    );
  }
  if (form.kind === 'department_target') {
    const sources = form.fund_sources ?? { government_wan: null, special_account_wan: null, unit_wan: null };
    const structure = form.structure ?? { basic_wan: null, project_wan: null };
    return (
      <AntForm layout="vertical" size="small">
        <Row gutter={12}>
          <Col span={4}><MoneyField label="部门预算总额" value={form.budget_total_wan} readOnly={readOnly} onChange={(v) => set({ budget_total_wan: v })} /></Col>
          <Col span={4}><MoneyField label="政府预算资金" value={sources.government_wan} readOnly={readOnly} onChange={(v) => set({ fund_sources: { ...sources, government_wan: v } })} /></Col>
          <Col span={4}><MoneyField label="财政专户管理资金" value={sources.special_account_wan} readOnly={readOnly} onChange={(v) => set({ fund_sources: { ...sources, special_account_wan: v } })} /></Col>
          <Col span={4}><MoneyField label="单位资金" value={sources.unit_wan} readOnly={readOnly} onChange={(v) => set({ fund_sources: { ...sources, unit_wan: v } })} /></Col>
          <Col span={4}><MoneyField label="基本支出" value={structure.basic_wan} readOnly={readOnly} onChange={(v) => set({ structure: { ...structure, basic_wan: v } })} /></Col>
          <Col span={4}><MoneyField label="项目支出" value={structure.project_wan} readOnly={readOnly} onChange={(v) => set({ structure: { ...structure, project_wan: v } })} /></Col>
          <Col span={24}><TextField label="当年整体绩效目标" value={form.goal} readOnly={readOnly} rows={3} onChange={(v) => set({ goal: v })} /></Col>
          <Col span={24}><DepartmentListFields form={form} readOnly={readOnly} onChange={set} /></Col>
        </Row>
      </AntForm>
    );
  }
  return (
    <AntForm layout="vertical" size="small">
      <TextField label="年度目标" value={form.goal ?? null} readOnly={readOnly} onChange={(v) => set({ goal: v })} />
    </AntForm>
  );
}, sameHeader);
