import { describe, expect, it } from 'vitest';
import type { Form } from '../forms/forms-schema';
import { makePolicy } from '../policy/policy';
import { scoreSelfEvaluation } from '../scoring/score-self-evaluation';
import { B, dse, e, NUM, O, pse, QUA, S, s, SAT, SOC } from './held-out-forms/form-case-types';
import { reviewForm } from './review-forms';

/**
 * Held-out whole forms set 53F (session 24): the self-evaluation causes fixed after measuring, with guards, in areas the set
 * does not hold (区档案馆 档案数字化 project, 区红十字会 score sheet).
 */
const policy = makePolicy({});
const codes = (form: Form) => reviewForm(form, 0, { policy, publishing: true }).map((f) => `${f.code}@${f.row ?? '-'}:${f.field ?? ''}`);

const ARCHIVE = [
  e(O, NUM, '档案数字化扫描页数', '>=', '120', '万页', 40, '120', 40),
  e(O, QUA, '数字化成果抽检合格率', '>=', '98', '%', 20, '99.1', 20),
  e(B, SOC, '档案查阅线上办理占比', '>=', '60', '%', 20, '66', 20),
  e(S, SAT, '查档群众满意度', '>=', '90', '%', 20, '95', 20),
];
const NO_MONEY = { initial_wan: 0, adjusted_wan: 0, executed_wan: 0, execution_rate: null, weight: 0, score: 0, reason: null };
const archive = (fields: Record<string, unknown> = {}) => pse({
  org: '区档案馆', project_name: '馆藏档案数字化', goal: '全年完成档案数字化扫描120万页。', budget: NO_MONEY, total_score: 100, indicators: ARCHIVE, ...fields,
});

describe('whole forms set 53F: a project without money whose budget line weighs 0', () => {
  it('rows on 100 beside a 0/0/0 block at 权重 0 are quiet, and the rules score it 100', () => {
    expect(codes(archive())).toEqual([]);
    expect(scoreSelfEvaluation(archive() as Extract<Form, { kind: 'project_self_evaluation' }>, { policy }).total).toBe(100);
  });
  it('rows on 90 there, or a budget score taken without money, are reported', () => {
    expect(codes(archive({ indicators: ARCHIVE.map((row, i) => (i === 0 ? { ...row, weight: 30, score: 30 } : row)), total_score: 90 }))).toEqual(['weights@-:weight']);
    expect(codes(archive({ budget: { ...NO_MONEY, score: 10 }, total_score: 110 }))).toContain('self_evaluation@-:budget.score');
  });
  it('guard: money in the block at 权重 0 still owes the policy weight', () => {
    expect(codes(archive({ budget: { ...NO_MONEY, adjusted_wan: 30, executed_wan: 30, execution_rate: 100 } }))).toContain('self_evaluation@-:budget.score');
  });
});

describe('whole forms set 53F: a conclusion claiming every indicator met', () => {
  const short = ARCHIVE.map((row, i) => (i === 0 ? { ...row, actual: '108', score: 36, reason: '2025年下半年扫描设备故障停机1个月' } : row));
  it('beside a missed row it is reported; hedged or with every row met it is quiet', () => {
    expect(codes(archive({ indicators: short, total_score: 96, conclusion: '自评总分96分，自评等级为优，各项绩效指标均已完成。' }))).toEqual(['self_evaluation@-:conclusion']);
    expect(codes(archive({ indicators: short, total_score: 96, conclusion: '自评总分96分，自评等级为优，除扫描页数外其余指标均已完成。' }))).toEqual([]);
    expect(codes(archive({ conclusion: '自评总分100分，自评等级为优，各项绩效指标均已完成。' }))).toEqual([]);
  });
});

describe('whole forms set 53F: reasons that restate the gap, and an unexplained 扣分项 line', () => {
  const SHEET = [
    { ...s('履职效能', '重点工作', '应急救护培训人数', 40, 36), reason: '2025年三季度培训场地改造停训1个月' },
    { ...s('管理效率', '预算管理', '预算执行率', 20, 20), reason: null },
    { ...s('社会效应', '满意度', '群众满意度', 40, 40), reason: null },
  ];
  const redCross = (rows = SHEET, total = 96) => dse({ org: '区红十字会', total_score: total, indicators: rows });
  // The three-item sheet has no 产出/效益 rows (coverage): only the self-evaluation findings are under test here.
  const own = (form: Form) => codes(form).filter((c) => c.startsWith('self_evaluation'));
  const deduction = (reason: string | null) => ({ ...s('扣分项', '扣分项', '违反财经纪律扣分', -5, -2), reason });
  it('「完成值低于目标值」 gives no cause; a cause after the comparison does', () => {
    expect(own(redCross([{ ...SHEET[0]!, reason: '完成值低于目标值' }, SHEET[1]!, SHEET[2]!]))).toEqual(['self_evaluation@0:reason']);
    expect(own(redCross([{ ...SHEET[0]!, reason: '低于目标值，场地改造停训' }, SHEET[1]!, SHEET[2]!]))).toEqual([]);
  });
  it('a 扣分项 taken without saying what was found, where the sheet explains its other deductions, is reported', () => {
    expect(own(redCross([...SHEET, deduction(null)], 94))).toEqual(['self_evaluation@3:reason']);
    expect(own(redCross([...SHEET, deduction('审计发现2笔会议费超标准列支')], 94))).toEqual([]);
  });
  it('guard: a 扣分项 line written as its own finding (what was found and the points) owes no 备注', () => {
    const stated = (name: string) => ({ ...s('扣分项', '扣分项', name, -5, -1), reason: null });
    expect(own(redCross([...SHEET, stated('年度审计发现违规使用公务用车问题1项，扣1分')], 95))).toEqual([]);
    expect(own(redCross([...SHEET, stated('部门预算公开超出规定时限，扣1分')], 95))).toEqual([]);
    // A caption naming a kind of breach, with no finding in it, still owes one.
    expect(own(redCross([...SHEET, stated('违规违纪问题扣分')], 95))).toEqual(['self_evaluation@3:reason']);
  });
  it('guard: a sheet that explains nothing (no deduction elsewhere) owes no 备注 on its 扣分项', () => {
    expect(own(redCross([{ ...SHEET[0]!, score: 40, reason: null }, SHEET[1]!, SHEET[2]!, deduction(null)], 98))).toEqual([]);
  });
});
