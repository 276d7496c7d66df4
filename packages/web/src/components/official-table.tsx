import type { ReactNode } from 'react';
import { FORM_KIND_LABELS, type Form, type Indicator } from '@jixiao/core';
import { formatTarget } from '../lib/labels';

function money(v: number | null | undefined): string {
  return v === null || v === undefined ? '' : v.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

/** "label amount" pairs for the amounts the form gives, joined the way the printed tables list them. */
function amounts(pairs: Array<[string, number | null]>): string {
  return pairs.filter(([, v]) => v !== null).map(([label, v]) => `${label} ${money(v)}`).join('；');
}

/** rowSpan for each row of a column that repeats its value in consecutive rows (一级 / 二级 merged like the printed tables). */
function spans(values: Array<string | null>, parents?: Array<string | null>): number[] {
  const out = new Array<number>(values.length).fill(0);
  let start = 0;
  for (let i = 1; i <= values.length; i++) {
    const sameGroup = i < values.length && values[i] === values[start] && (!parents || parents[i] === parents[start]);
    if (!sameGroup) {
      out[start] = i - start;
      start = i;
    }
  }
  return out;
}

function IndicatorRows({ indicators, selfEval, withDescription }: { indicators: Indicator[]; selfEval: boolean; withDescription: boolean }) {
  const l1 = indicators.map((i) => i.level1);
  const l1Spans = spans(l1);
  const l2Spans = spans(indicators.map((i) => i.level2), l1);
  return (
    <>
      {indicators.map((ind, i) => (
        <tr key={i}>
          {l1Spans[i]! > 0 && <td rowSpan={l1Spans[i]} className="label">{ind.level1}</td>}
          {l2Spans[i]! > 0 && <td rowSpan={l2Spans[i]}>{ind.level2}</td>}
          <td>{ind.name}</td>
          {withDescription && <td>{ind.description ?? ''}</td>}
          <td className="num">{ind.weight ?? ''}</td>
          <td>{formatTarget(ind.comparator, ind.target, ind.unit)}</td>
          {selfEval ? (
            <>
              <td>{ind.actual ?? ''}</td>
              <td className="num">{ind.score ?? ''}</td>
              <td>{ind.reason ?? ''}</td>
            </>
          ) : (
            <td>{ind.basis ?? ''}</td>
          )}
        </tr>
      ))}
    </>
  );
}

function Row2({ label, children, span = 7 }: { label: string; children: ReactNode; span?: number }) {
  return (
    <tr>
      <td className="label" colSpan={2}>{label}</td>
      <td colSpan={span}>{children}</td>
    </tr>
  );
}

/**
 * A form laid out as the official published table (项目支出绩效目标表 etc.), for reading and printing.
 * `filedUnder`: the unit the form is filed under, for a document whose own 填报单位 cell was empty.
 */
export function OfficialTable({ form, filedUnder }: { form: Form; filedUnder?: { name?: string | null; code?: string | null } }) {
  const unitName = form.org || filedUnder?.name || '';
  const unitCode = form.org ? form.org_code : form.org_code || filedUnder?.code;
  const selfEval = form.kind === 'project_self_evaluation' || form.kind === 'department_self_evaluation';
  // 指标描述 is printed only when some row has one, as the published layouts without it do.
  const withDescription = !selfEval && form.indicators.some((i) => i.description);
  const cols = selfEval ? 8 : withDescription ? 7 : 6;
  return (
    <section className="official" aria-label={FORM_KIND_LABELS[form.kind]}>
      <h2>
        {form.fiscal_year ? `${form.fiscal_year}年` : ''}
        {FORM_KIND_LABELS[form.kind]}
      </h2>
      <div className="official-meta">
        <span>填报单位：{unitName}{unitCode ? `（${unitCode}）` : ''}</span>
        <span>{form.kind === 'project_target' || form.kind === 'department_target' ? '单位：万元' : ''}</span>
      </div>
      <div className="official-scroll">
        <table>
          <colgroup>
            <col style={{ width: '9%' }} />
            <col style={{ width: '11%' }} />
            <col />
          </colgroup>
          <tbody>
            {(form.kind === 'project_target' || form.kind === 'project_self_evaluation') && (
              <>
                <Row2 label="项目名称" span={cols - 2}>{form.project_code ? `${form.project_code}-` : ''}{form.project_name ?? ''}</Row2>
                <Row2 label="主管部门" span={cols - 2}>{form.department ?? ''}</Row2>
              </>
            )}
            {form.kind === 'project_target' && (
              <>
                <Row2 label="项目资金" span={cols - 2}>
                  {amounts([
                    ['年度资金总额', form.budget_total_wan],
                    ['其中财政资金', form.budget_fiscal_wan],
                    ['其他资金', form.budget_other_wan],
                    ['区级支出', form.budget_district_wan],
                    ['补助街镇', form.budget_subsidy_towns_wan],
                  ])}
                </Row2>
                {form.overview && <Row2 label="项目概况" span={cols - 2}>{form.overview}</Row2>}
                {form.basis && <Row2 label="立项依据" span={cols - 2}>{form.basis}</Row2>}
                {form.spending_plan && (
                  <Row2 label="资金支出计划（累计）" span={cols - 2}>
                    3月底 {form.spending_plan.mar ?? '—'}%；6月底 {form.spending_plan.jun ?? '—'}%；10月底 {form.spending_plan.oct ?? '—'}%；12月底 {form.spending_plan.dec ?? '—'}%
                  </Row2>
                )}
                <Row2 label="年度绩效目标" span={cols - 2}>{form.goal ?? ''}</Row2>
              </>
            )}
            {form.kind === 'department_target' && (
              <>
                <Row2 label="部门预算总额" span={cols - 2}>
                  {money(form.budget_total_wan)}
                  {form.fund_sources ? `（政府预算资金 ${money(form.fund_sources.government_wan)}；财政专户管理资金 ${money(form.fund_sources.special_account_wan)}；单位资金 ${money(form.fund_sources.unit_wan)}）` : ''}
                </Row2>
                {form.structure && <Row2 label="支出结构" span={cols - 2}>基本支出 {money(form.structure.basic_wan)}；项目支出 {money(form.structure.project_wan)}</Row2>}
                <Row2 label="整体绩效目标" span={cols - 2}>{form.goal ?? ''}</Row2>
              </>
            )}
            {form.kind === 'project_self_evaluation' && (
              <>
                {form.budget && (
                  <Row2 label="预算执行情况" span={cols - 2}>
                    年初预算 {money(form.budget.initial_wan)}；全年预算 {money(form.budget.adjusted_wan)}；全年执行 {money(form.budget.executed_wan)}；执行率 {form.budget.execution_rate ?? '—'}%；得分 {form.budget.score ?? '—'}
                  </Row2>
                )}
                <Row2 label="年度目标" span={cols - 2}>{form.goal ?? ''}</Row2>
                <Row2 label="目标完成情况" span={cols - 2}>{form.goal_outcome ?? ''}</Row2>
              </>
            )}
            <tr>
              <th>一级指标</th>
              <th>二级指标</th>
              <th>三级指标</th>
              {withDescription && <th>指标描述</th>}
              <th>{selfEval ? '分值' : '权重'}</th>
              <th>{selfEval ? '年度指标值' : '指标值'}</th>
              {selfEval ? (
                <>
                  <th>实际完成值</th>
                  <th>得分</th>
                  <th>偏差原因</th>
                </>
              ) : (
                <th>指标值确定依据</th>
              )}
            </tr>
            <IndicatorRows indicators={form.indicators} selfEval={selfEval} withDescription={withDescription} />
            {selfEval && 'total_score' in form && (
              <Row2 label="总分" span={cols - 2}>{form.total_score ?? ''}</Row2>
            )}
            {form.kind === 'project_self_evaluation' && form.conclusion && <Row2 label="评价结论" span={cols - 2}>{form.conclusion}</Row2>}
          </tbody>
        </table>
      </div>
    </section>
  );
}
