import { describe, expect, it } from 'vitest';
import type { Form, Indicator } from '../forms/forms-schema';
import { makePolicy } from '../policy/policy';
import { nameMeasure } from './name-measures';
import { findPrivateData } from './check-private-data';
import { B, C, ECO, ECN, NUM, O, patch, plan, pt, QUA, r, S, SAT, SOC, TIM } from './held-out-forms/form-case-types';
import { reviewForm } from './review-forms';

/**
 * Held-out whole forms set 56F (session 24): the causes fixed after measuring long goal texts, with guards, on a form the set
 * does not hold (森林防火巡护, a 2026 project target of a 区林业局 on the 2021 tree).
 */
const policy = makePolicy({});
const codes = (form: Form) => reviewForm(form, 0, { policy, publishing: true }).map((f) => `${f.code}@${f.row ?? '-'}:${f.field ?? ''}`);

const ROWS: Indicator[] = [
  r(O, NUM, '新建森林防火检查站', '>=', '12', '个', 15), r(O, NUM, '护林员巡护', '>=', '1200', '人次', 15),
  r(O, QUA, '防火设施验收合格率', '=', '100', '%', 10), r(O, TIM, '护林员补助按季发放及时率', '=', '100', '%', 10),
  r(C, ECO, '护林员补助标准', '=', '800', '元/人·月', 10), r(B, SOC, '群众森林防火安全感', '>=', '95', '%', 10),
  r(B, ECN, '森林火灾受害率', '<=', '0.9', '‰', 5), r(S, SAT, '护林员满意度', '>=', '90', '%', 15),
];
const GOAL = '2026年新建森林防火检查站12个，护林员巡护1200人次，防火设施验收合格率100%，群众森林防火安全感95%以上，护林员满意度90%以上。';
const forest = (goal: string, indicators: Indicator[] = ROWS) => pt({
  fiscal_year: 2026, org: '区林业局', department: '区林业局', project_name: '森林防火巡护', budget_total_wan: 420, budget_fiscal_wan: 420,
  budget_other_wan: 0, goal, spending_plan: plan(25, 50, 75, 100), indicators,
});

describe('whole forms set 56F: the district\'s divisions named as where the work lies are no count', () => {
  it('在（全区）N个街道、M个镇, 在N个乡镇M个村 and N个街道、M个镇 as a modifier leave the goal quiet', () => {
    expect(codes(forest(GOAL))).toEqual([]);
    expect(codes(forest(GOAL.replace('2026年新建', '2026年在全区4个街道、9个镇新建')))).toEqual([]);
    expect(codes(forest(GOAL.replace('2026年新建', '2026年在8个乡镇22个村新建')))).toEqual([]);
    expect(codes(forest(`推动4个街道、9个镇护林队伍联防联控，${GOAL}`))).toEqual([]);
  });
  it('guard: places reached (覆盖/补助…), villages served (保障全镇…), a lone count without 在 and what is built there are still read', () => {
    expect(codes(forest(`${GOAL}视频监控覆盖4个街道、9个镇。`))).toEqual(['goal_vs_indicators@-:goal']);
    expect(codes(forest(`${GOAL}保障全镇11个行政村和2个社区防火宣传。`))).toEqual(['goal_vs_indicators@-:goal']);
    expect(codes(forest(`${GOAL}创建森林防火示范村5个。`))).toEqual(['goal_vs_indicators@-:goal']);
    expect(codes(forest(GOAL.replace('新建森林防火检查站12个', '在4个街道、9个镇新建森林防火检查站15个')))).toEqual(['goal_vs_indicators@-:goal']);
  });
});

describe('whole forms set 56F: instalments on listed dates and last year\'s sentence', () => {
  it('分3月、6月、9月、12月四次发放 counts the dates; a sentence an earlier year heads, beside this year\'s, is context', () => {
    expect(codes(forest(`${GOAL}护林员补助分3月、6月、9月、12月四次发放。`))).toEqual([]);
    expect(codes(forest(`2025年计划巡护1000人次，实际巡护1080人次、新建检查站9个。${GOAL}`))).toEqual([]);
  });
  it('guard: a count after dates that are not as many, an earlier year beside no year of its own, and this year\'s sentence are read', () => {
    expect(codes(forest(`${GOAL}于3月、9月开展防火演练3次。`))).toEqual(['goal_vs_indicators@-:goal']);
    expect(codes(forest(`${GOAL}开展防火演练4次。`))).toEqual(['goal_vs_indicators@-:goal']);
    // This year named again inside the sentence: from there on it is the year's own.
    expect(codes(forest(`2025年巡护1080人次，2026年开展防火演练4次。${GOAL.slice(5)}`))).toEqual(['goal_vs_indicators@-:goal']);
  });
});

describe('whole forms set 56F: a standard per head held to the rows per head', () => {
  it('每人每月900元 beside a row of 800 元/人·月 is goal_vs_indicators; 800 is quiet', () => {
    expect(codes(forest(`${GOAL}护林员补助按每人每月800元标准发放。`))).toEqual([]);
    expect(codes(forest(`${GOAL}护林员补助按每人每月900元标准发放。`))).toEqual(['goal_vs_indicators@-:goal']);
    expect(codes(forest(`${GOAL}护林员补助标准每人900元。`))).toEqual(['goal_vs_indicators@-:goal']);
  });
  it('guard: another period, another head, no row per head, and money that is not paid per head stay quiet', () => {
    expect(codes(forest(`${GOAL}护林员补助按每人每年9600元标准发放。`))).toEqual([]);
    expect(codes(forest(`${GOAL}林农防火补助按每户500元发放。`))).toEqual([]);
    const noPerHead = patch(ROWS, { 4: { name: '护林员补助资金', target: '120', unit: '万元' } });
    expect(codes(forest(`${GOAL}护林员补助按每人每月900元标准发放。`, noPerHead))).toEqual([]);
    expect(codes(forest(`${GOAL}每人每月巡护不少于8天。`))).toEqual([]);
  });
});

describe('whole forms set 56F: a feeling surveyed in % is a promised level', () => {
  it('安全感98% beside a row of 95% is read; 95% is carried', () => {
    expect(codes(forest(GOAL.replace('安全感95%', '安全感98%')))).toEqual(['goal_vs_indicators@-:goal']);
    expect(codes(forest(GOAL))).toEqual([]);
  });
});

describe('whole forms set 56F: parcels handled are counted', () => {
  it('快递/邮件/工单处理量 is no volume; 污水处理量 and 垃圾清运量 still are', () => {
    expect(nameMeasure('农村快递日均处理量', false)).toBeNull();
    expect(nameMeasure('邮件处理量', false)).toBeNull();
    expect(nameMeasure('12345热线工单处置量', false)).toBeNull();
    expect(nameMeasure('污水处理量', false)).toBe('volume');
    expect(nameMeasure('生活垃圾清运量', false)).toBe('volume');
    const rows = [...ROWS.slice(0, 7), r(B, SOC, '农村快递日均处理量', '>=', '2.5', '万件', 0), ROWS[7]!];
    expect(codes(forest(GOAL, rows)).filter((c) => c.startsWith('unit_vs_name'))).toEqual([]);
    const sewage = [...ROWS.slice(0, 7), r(B, SOC, '污水处理量', '>=', '2.5', '万件', 0), ROWS[7]!];
    expect(codes(forest(GOAL, sewage)).filter((c) => c.startsWith('unit_vs_name'))).toEqual(['unit_vs_name@7:unit']);
  });
});

describe('whole forms set 56F: an office\'s landline beside a named person', () => {
  it('the office\'s line is no personal data; the named person\'s own line still is', () => {
    const office = findPrivateData('场地由村民赵德明（住石门镇石门村3组12号）提供。咨询电话：区林业局森防科023-49876521。');
    expect(office.map((h) => h.kind).sort()).toEqual(['address', 'name']);
    const own = findPrivateData('场地由村民赵德明（住石门镇石门村3组12号）提供，电话023-49876521。');
    expect(own.map((h) => h.kind).sort()).toEqual(['address', 'landline', 'name']);
  });
  it('guard: a text naming no person keeps its office lines out as before', () => {
    expect(findPrivateData('区林业局森防科023-49876521，值班电话023-49876500。')).toEqual([]);
    expect(codes(forest(`${GOAL}区林业局森防科023-49876521。`))).toEqual([]);
  });
});

describe('a goal figure per 亩 or per head carried by a row in X/亩, X/人 (lead, session 25: corpus doc 694)', () => {
  const perMu = [...ROWS.slice(0, 6), r(B, ECN, '林下经济亩均增收', '>=', '200', '元/亩', 5), ROWS[7]!];
  it('亩均增收200元 and 每亩增收200元 beside a row of ≥200 元/亩 leave the goal quiet', () => {
    expect(codes(forest(`${GOAL}林下经济亩均增收200元以上。`, perMu))).toEqual([]);
    expect(codes(forest(`${GOAL}林下经济每亩增收200元以上。`, perMu))).toEqual([]);
  });
  it('guard: another figure, or the amount with no per-亩 word, is still read', () => {
    expect(codes(forest(`${GOAL}林下经济亩均增收300元以上。`, perMu))).toEqual(['goal_vs_indicators@-:goal']);
    expect(codes(forest(`${GOAL}林下经济增收200元。`, perMu))).toEqual(['goal_vs_indicators@-:goal']);
  });
});
