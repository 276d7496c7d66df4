import { describe, expect, it } from 'vitest';
import { formSchema } from '../forms/forms-schema';
import { type AuditCase, B, C, O, S, caseTable, raises, row } from './audit-case-rows';
import { reviewForms } from './review-forms';

/**
 * Held-out set 71 (session 26, the new-economy and 2025–2026 policy vocabulary: 数字政府, 数据要素, 算力, 低空, 充换电, 以旧换新,
 * 设备更新, 储能, 即时零售, 托育 and their departments): one case per general cause fixed after measuring, each with a guard beside
 * it, in wording the set does not hold. Row cases are appended to four clean rows of a 2024 project target. The recorded limits
 * close the table: still not read, and asserted so.
 */
const CASES: AuditCase[] = [
  // Power a grid could not take (弃光率, 弃风率) is power wasted: a floor on it is the wrong way round.
  { id: 'dir-b71-01', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '集中式光伏电站弃光率', '>=', '3', '%'), why: 'Curtailment floored.' },
  { id: 'dir-b71-02', code: 'direction', expect: 'no_flag', row: row(B, '生态效益指标', '集中式光伏电站弃光率', '<=', '3', '%'), why: 'Guard: capped.' },
  // Data or a catalogue kept current is good when high: a ceiling on its update rate is the wrong way round.
  { id: 'dir-b71-03', code: 'direction', expect: 'flag', row: row(O, '质量指标', '政务信息资源目录月度更新率', '<=', '85', '%'), why: 'A good share capped.' },
  { id: 'dir-b71-04', code: 'direction', expect: 'no_flag', row: row(O, '质量指标', '政务信息资源目录月度更新率', '>=', '85', '%'), why: 'Guard: floored.' },
  // Items of business, shops and vehicles are counted one by one: never in % under 数量, nor in money.
  { id: 'uvn-b71-01', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '推出“一业一证”改革审批事项', '>=', '30', '%'), why: 'Items counted, in %.' },
  { id: 'uvn-b71-02', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '推出“一业一证”改革审批事项', '>=', '30', '项'), why: 'Guard: counted.' },
  { id: 'uvn-b71-03', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '发展社区连锁便利店', '>=', '60', '万元'), why: 'Shops in money.' },
  { id: 'uvn-b71-04', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '发展社区连锁便利店', '>=', '60', '家'), why: 'Guard: counted.' },
  { id: 'uvn-b71-05', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '淘汰高耗能老旧营运汽车', '>=', '500', '万元'), why: 'Vehicles in money.' },
  { id: 'uvn-b71-06', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '淘汰高耗能老旧营运汽车', '>=', '500', '辆'), why: 'Guard: counted.' },
  // Electricity charged, generated or traded is energy, in 千瓦时: not households, items or money.
  { id: 'uvn-b71-07', code: 'unit_vs_name', expect: 'flag', row: row(B, '经济效益指标', '村级光伏电站年发电量', '>=', '1200', '户'), why: 'Energy in households.' },
  { id: 'uvn-b71-08', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '经济效益指标', '村级光伏电站年发电量', '>=', '120', '万千瓦时'), why: 'Guard: in 万千瓦时.' },
  { id: 'uvn-b71-09', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '经济效益指标', '村级光伏电站年发电收益', '>=', '60', '万元'), why: 'Guard: the money it earns.' },
  // An installed size (装机规模, 并网规模) is a power: not a number of items.
  { id: 'uvn-b71-10', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '整县屋顶分布式光伏并网规模', '>=', '30', '个'), why: 'A size counted.' },
  { id: 'uvn-b71-11', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '整县屋顶分布式光伏并网规模', '>=', '30', '兆瓦'), why: 'Guard: in 兆瓦.' },
  // Improvement promised (不断优化) measures nothing under 质量/时效; under 效益 it is an effect stated.
  { id: 'qvq-b71-01', code: 'qualitative_vs_quantitative', expect: 'flag', row: row(O, '时效指标', '工程建设项目审批流程', 'qualitative', '不断优化', null), why: 'Improvement promised.' },
  { id: 'qvq-b71-02', code: 'qualitative_vs_quantitative', expect: 'no_flag', row: row(B, '社会效益指标', '区域营商环境', 'qualitative', '持续优化', null), why: 'Guard: an effect under 效益.' },
  // A favourable share under 满意度 scored in 分 is the satisfaction level in the wrong unit.
  { id: 'sat-b71-01', code: 'satisfaction', expect: 'flag', row: row(S, '服务对象满意度指标', '12345热线工单回访好评率', '>=', '90', '分'), why: 'A favourable share in points.' },
  { id: 'sat-b71-02', code: 'satisfaction', expect: 'no_flag', row: row(S, '服务对象满意度指标', '12345热线工单回访好评率', '>=', '95', '%'), why: 'Guard: in %.' },
  // Recorded limits (LIMITS in review-unseen-wording.test.ts): not read, and asserted so.
  { id: 'uvn-b71-lim-01', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '智能有序充电试点充电桩', '>=', '60', '%'), why: 'Limit: things piloted in % at or above 50 may be the share piloted.' },
  { id: 'uvn-b71-lim-02', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '完成数据中心能效专项监察', '>=', '70', '%'), why: 'Limit: an inspection in % may be the share inspected.' },
  { id: 'uvn-b71-lim-03', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '全年提供失能老人上门助浴服务', '>=', '65', '%'), why: 'Limit: a service with no measure word in % may be the share served.' },
  { id: 'dir-b71-lim-01', code: 'direction', expect: 'no_flag', row: row(C, '经济成本指标', '每人次技能提升培训经费', '>=', '1200', '元/人'), why: 'Limit: a per-head allocation may be the floor each is funded at.' },
  { id: 'uvn-b71-lim-04', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '引导重点用能企业实施节能技术改造', '>=', '300', '万千瓦时'), why: 'Limit: firms upgraded in 万千瓦时 may state the energy saved.' },
];

/** 履职效能 rows sit in a 2024 部门整体绩效目标 beside a clean row; the codes on the appended row. */
function departmentCodes(name: string, comparator: '>=' | '<=', target: string, unit: string): string[] {
  const base = { level1: O, level2: '履职效能', name: '年度工作计划执行率', unit: '%', comparator: '>=' as const, target: '95' };
  const form = formSchema.parse({ kind: 'department_target', fiscal_year: 2024, org: '测试部门', indicators: [base, { level1: O, level2: '履职效能', name, comparator, target, unit }] });
  return reviewForms([form], { frameworkFromYear: true, publishing: true }).filter((f) => f.row === 1).map((f) => f.code);
}

describe('audit cases b71: new-economy and 2025–2026 policy vocabulary (curtailment, data kept current, items and shops and vehicles counted, electricity, installed size, improvement promised, favourable shares scored)', () => {
  it.each(caseTable(CASES))('%s', (_, c) => {
    expect(raises(c), c.why).toBe(c.expect === 'flag');
  });
  it('limit: a ceiling on a 履职效能 count (认定…企业 ≤N家) is not read as the wrong way round', () => {
    expect(departmentCodes('认定省级技术创新示范企业', '<=', '40', '家')).not.toContain('direction');
  });
});
