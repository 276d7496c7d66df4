import { beijingMonth, monitoringPeriodTiming, type Form, type ProjectTarget } from '@jixiao/core';
import type { Clock } from '../clock';
import type { Actor, Ctx } from '../context';
import type { Db } from '../db/open-database';
import type { Result } from '../errors';
import { port, review } from '../ports';
import { createEvaluation, listTemplates } from '../use-cases/evaluations';
import { policyFor } from '../use-cases/form-store';
import { createForm, getForm, saveForm, type FormView } from '../use-cases/forms';
import { createMonitoring, transitionMonitoring } from '../use-cases/monitoring';
import { startSelfEvaluation } from '../use-cases/start-self-evaluation';
import { transitionForm, type Transition } from '../use-cases/workflow';
import type { SampleAccounts } from './sample-accounts';

/** Projects a trial year needs: 草稿, 已提交, 已退回, one evaluated at year end, one monitored. */
const PROJECTS_NEEDED = 5;
/** The monitoring period of the sample table: 1—7月, the 年中 monitoring most regions ask for. */
const MONITORED_MONTH = 7;

/** A step the sample year could not take: the rest depends on it, so the samples stop there (the server still starts). */
class SampleStepFailed extends Error {}

function must<T>(result: Result<T>, step: string): T {
  if (!result.ok) throw new SampleStepFailed(`${step}：${result.error.message}`);
  return result.value;
}

/**
 * The sample unit's year in every state a trial should find, made by the sample accounts through the use cases their
 * requests call (review, workflow and audit as for anyone): targets as 草稿, 已提交 (in the 主管部门's queue) and 已退回
 * with a reason; last year's target approved, published and its 年终自评 started with some rows filled; a 1—7月 运行监控
 * table submitted for 验收; and a 部门评价 of the 主管部门 naming the sample evaluator. Years follow the server's clock: the
 * targets are this year's, the self-evaluation last year's, the monitoring the latest year whose 1—7月 have come.
 */
export async function makeSampleWork(db: Db, clock: Clock, accounts: SampleAccounts, projects: ProjectTarget[], log: (line: string) => void): Promise<void> {
  const as = (actor: Actor | undefined): Ctx => {
    if (!actor) throw new SampleStepFailed('缺少示例账号');
    return { db, clock, actor };
  };
  try {
    const unit = as(accounts.byRole.unit_editor);
    const department = as(accounts.byRole.department_reviewer);
    const finance = as(accounts.byRole.finance_reviewer);
    const evaluator = accounts.byRole.evaluator;
    if (projects.length < PROJECTS_NEEDED) throw new SampleStepFailed(`示例项目不足 ${PROJECTS_NEEDED} 个`);
    const [drafted, submitted, returned, evaluated, monitored] = projects as [ProjectTarget, ProjectTarget, ProjectTarget, ProjectTarget, ProjectTarget];
    const now = clock.now();
    const year = beijingMonth(now).year;
    const monitoredYear = monitoringPeriodTiming(year, MONITORED_MONTH, now) === 'open' ? year : year - 1;

    const draft = async (target: ProjectTarget, fiscalYear: number): Promise<FormView> => {
      const blank = must(await createForm(unit, { kind: 'project_target', org: accounts.unitCode, fiscal_year: fiscalYear }), `新建「${target.project_name}」`);
      const form = { ...target, fiscal_year: fiscalYear, org: blank.form.org, org_code: blank.form.org_code } as Form;
      return must(await saveForm(unit, { id: blank.id, version: blank.version, form }), `保存「${target.project_name}」`);
    };
    const step = async (ctx: Ctx, action: Transition, view: { id: number; version: number }, more: { comment?: string; indicator_comments?: { ordinal: number; body: string }[] } = {}) =>
      must(await transitionForm(ctx, action, { id: view.id, version: view.version, ...more }), `${action} 表单 ${view.id}`);
    const approved = async (target: ProjectTarget, fiscalYear: number) => {
      let at: { id: number; version: number } = await draft(target, fiscalYear);
      at = await step(unit, 'submit', at);
      at = await step(department, 'approve', at, { comment: '符合部门职责和年度工作安排，同意报财政审核。' });
      return step(finance, 'approve', at, { comment: '审核通过。' });
    };

    await draft(drafted, year);
    await step(unit, 'submit', await draft(submitted, year));
    const back = await step(unit, 'submit', await draft(returned, year));
    await step(department, 'return', back, {
      comment: '绩效目标与项目内容对应不够紧密：请补充数量指标的测算依据，并细化满意度的调查方式后重新提交。',
      indicator_comments: [{ ordinal: 0, body: '请说明该指标值的测算依据（如上年完成数或计划数）。' }],
    });

    const lastYear = await approved(evaluated, year - 1);
    await step(finance, 'publish', lastYear);
    const sheet = must(await startSelfEvaluation(unit, lastYear.id), '开始年终自评');
    const opened = must(await getForm(unit, sheet.id), '打开年终自评');
    must(await saveForm(unit, { id: opened.id, version: opened.version, form: withSomeRowsFilled(opened.form) }), '填写年终自评');

    const target = await approved(monitored, monitoredYear);
    const table = must(await createMonitoring(unit, target.id, monitoringFigures(monitored)), '填写运行监控表');
    must(await transitionMonitoring(unit, table.id, 'submit', { version: table.version }), '提交运行监控表');

    const templates = must(await listTemplates(finance), '读取评价模板');
    const template = templates.items.find((t) => t.builtin && !t.archived_at);
    if (!template) throw new SampleStepFailed('没有内置评价模板');
    must(await createEvaluation(finance, { template: template.id, org: accounts.departmentCode, fiscal_year: year - 1, ...(evaluator ? { evaluator: evaluator.username } : {}) }), '新建部门评价');

    log(`已为示例单位准备：${year}年度绩效目标草稿、待主管部门审核、已退回各 1 张；${year - 1}年度年终自评 1 张（填写中）；${monitoredYear}年 1—${MONITORED_MONTH}月运行监控表 1 张（待验收）；${year - 1}年度部门评价 1 项`);
  } catch (error) {
    if (!(error instanceof SampleStepFailed)) throw error;
    log(`示例业务数据未能全部生成（${error.message}），已生成的部分保留`);
  }
}

/** The first half of the rows completed as planned: a sheet in progress, the rest for the trial to fill. */
function withSomeRowsFilled(form: Form): Form {
  const filled = Math.max(1, Math.floor(form.indicators.length / 2));
  return { ...form, indicators: form.indicators.map((row, i) => (i < filled ? { ...row, actual: row.target } : row)) };
}

/**
 * Seven months' figures of a project run partly behind: money spent at a pace the budget light shows green, every row
 * on its target but one, the second with a figure to reach, well short (a red light, so the project's is red too), with
 * the reason and remedy the review asks of a red row.
 */
function monitoringFigures(target: ProjectTarget) {
  const budget = target.budget_total_wan ?? 100;
  const planned = target.indicators.map((row) => Number(row.target));
  const measurable = planned.flatMap((value, i) => (Number.isFinite(value) && value > 0 ? [i] : []));
  const behind = measurable[1] ?? measurable[0];
  return {
    month: MONITORED_MONTH,
    budget_wan: budget,
    executed_wan: Math.round(budget * 0.6 * 100) / 100,
    indicators: target.indicators.map((row, i) => {
      if (i === behind) {
        return {
          row: i,
          progress_value: String(Math.floor(planned[i]! * 0.2)),
          expected_completion: '部分达成' as const,
          deviation_reason: '部分工作按计划安排在下半年集中开展，进度暂时滞后。',
          measures: '三季度集中推进，每月调度进度，确保年底前完成。',
        };
      }
      return Number.isFinite(planned[i]) ? { row: i, progress_value: row.target } : { row: i, expected_completion: '达成' as const };
    }),
  };
}

/**
 * The project targets of a sample document fit to stand for the sample unit's projects: review finds no error in them
 * (they must pass submission) and no personal data (one is published).
 */
export async function sampleProjects(db: Db, bytes: Uint8Array, fileName: string, regionId: number | null, year: number): Promise<ProjectTarget[]> {
  const outcome = await port.importFile(bytes, fileName);
  if (!outcome.ok) return [];
  const policy = await policyFor(db, regionId, year);
  return outcome.document.forms.filter((form): form is ProjectTarget => {
    if (form.kind !== 'project_target' || !form.project_name || form.indicators.length < 3) return false;
    const findings = review([{ ...form, fiscal_year: year }], policy);
    return !findings.some((f) => f.severity === 'error' || f.code === 'private_data');
  });
}
