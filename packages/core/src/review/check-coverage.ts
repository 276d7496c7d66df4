import { departmentLevel1Of, parseLevel1, parseLevel2, type Level1, type Level2 } from './indicator-framework';
import { type FormContext, formPlace, push } from './review-context';
import { rowReadings } from './row-readings';
import { isBlank } from '../values/text-scan';

const DUTY_OUTPUT = /^(?:部门)?(?:履职|职责履行|核心职能|重点工作|工作任务)/;

/**
 * 产出, 效益 and 满意度 all present; where the form has no levels, the names decide. A 部门整体 score sheet of 分值/得分 only
 * is held to them when it scores the department's own tree (履职效能 / 管理效率 / 社会效应 as 一级, the tree its targets
 * are set on, which files 满意度 under 社会效应): rules.md §2 asks every department form for all three. An evaluation
 * template (财政部's 投入 / 过程 / 产出 / 效果, 总体绩效 / 项目绩效) scores items the department did not choose and stays
 * exempt (set 35), and a score sheet's rows are never read by their names alone.
 */
export function checkCoverage(ctx: FormContext): void {
  const f = ctx.form;
  const scoreSheet = f.kind === 'department_self_evaluation' && !f.indicators.some((x) => x.comparator != null);
  // A form with no indicator at all lacks every category: one finding says so plainly. A department target stated
  // in prose alone (部门整体绩效目标 published as paragraphs) is a shape departments publish, and is left alone.
  if (f.indicators.length === 0) {
    if (scoreSheet || (f.kind === 'department_target' && !isBlank(f.goal))) return;
    push(ctx, 'coverage', null, 'indicators', `${formPlace(ctx)}没有任何绩效指标；绩效目标应包括产出、效益和满意度指标，请逐项填写。`);
    return;
  }
  let output = false;
  let benefit = false;
  let satisfaction = false;
  let inferred = false;
  // A score sheet's rows are the 部门整体 tree's (履职效能, 管理效率, 社会效应 as 一级).
  let onTree = false;
  const readings = rowReadings(ctx);
  const rows = f.indicators;
  for (let i = 0; i < rows.length; i++) {
    const ind = rows[i]!;
    const facts = readings.facts[i]!;
    const l1 = readings.level1[i] as Level1 | null;
    const l2 = readings.level2[i] as Level2 | null;
    if (scoreSheet && !onTree && ind.level1 != null) onTree = departmentLevel1Of(ind.level1) != null || DUTY_OUTPUT.test(ind.level1.trim());
    if (facts.satisfaction || l1 === 'satisfaction' || l2 === 'satisfaction') { satisfaction = true; continue; }
    // 成本 is a 二级 of 产出 in the 2020 framework only; from 2021 it is a 一级 of its own, and a form of 成本 rows has no 产出.
    if (l1 === 'output' || (l1 === 'cost' && ctx.framework === '2020') || l2 === 'quantity' || l2 === 'quality' || l2 === 'timeliness') { output = true; continue; }
    if (l1 === 'benefit' || (l2 != null && l2.endsWith('benefit')) || l2 === 'sustainability') { benefit = true; continue; }
    // A department tree (履职效能 › 产出指标, 效益指标) files the framework's 一级 one level down.
    if (l1 == null && l2 == null && ind.level2 != null) {
      const up = parseLevel1(ind.level2);
      if (up === 'output' || up === 'cost') { output = true; continue; }
      if (up === 'benefit') { benefit = true; continue; }
      if (up === 'satisfaction') { satisfaction = true; continue; }
    }
    // The 部门整体 tree (履职效能 / 管理效率 / 社会效应 / 可持续发展): 履职效能 (重点工作, 履职目标…) is what the
    // department delivers, its 产出; a 一级 named like a 效益 or 满意度 二级 (可持续发展, 服务对象满意度) counts as that.
    if (l1 == null && ind.level1 != null) {
      if (DUTY_OUTPUT.test(ind.level1.trim())) { output = true; continue; }
      const as2 = parseLevel2(ind.level1);
      if (as2 === 'satisfaction') { satisfaction = true; continue; }
      if (as2 === 'sustainability' || (as2 != null && as2.endsWith('benefit'))) { benefit = true; continue; }
    }
    if (l1 == null && l2 == null && isBlank(ind.level1) && !scoreSheet) {
      inferred = true;
      if (facts.benefitHint) benefit = true; else output = true;
    }
  }
  if ((output && benefit && satisfaction) || (scoreSheet && !onTree)) return;
  const missing: string[] = [];
  if (!output) missing.push('产出指标');
  if (!benefit) missing.push('效益指标');
  if (!satisfaction) missing.push('满意度指标');
  if (missing.length === 0) return;
  const note = inferred ? '（本表未分一级、二级指标，按指标名称判断）' : '';
  push(ctx, 'coverage', null, 'indicators', `${formPlace(ctx)}缺少${missing.join('、')}${note}；绩效目标应同时包括产出、效益和满意度指标，请补充。`);
}
