import type { Indicator } from '../../forms/forms-schema';
import { dse, F, type FormCase, LZ, patch, s, SX } from './form-case-types';

/**
 * Held-out set 45F (session 20), 部门整体支出绩效自评表 on the 2024-style score tree (一级 预算管理 / 资产管理 / 履职效能 / 社会效应,
 * with 分值, 指标解释, 评分标准, 自评得分, 扣分原因): 区疾控中心, 2025, filed 2026. Written before reading any check code;
 * readings and measurements in set-45-cases.ts.
 */
const YS = '预算管理';
const ZC = '资产管理';
/** A score-tree row: 分值, 自评得分, 指标解释, 评分标准 and 扣分原因. */
const t = (level1: string, level2: string | null, name: string, weight: number, score: number, description: string, method: string, reason: string | null = null): Indicator =>
  ({ ...s(level1, level2, name, weight, score), description, method, reason });

/** 区疾控中心 score tree, 100 points, rows scoring 97.5. */
const TREE = [
  t(YS, '预算编制', '预算编制科学性', 5, 5, '部门预算编制是否符合规定、细化到项目', '编制规范得5分，每发现一处问题扣1分'),
  t(YS, '预算执行', '预算执行率', 10, 9.5, '年度预算执行数与调整预算数的比率', '执行率×10，最高10分', '两个疫苗冷链项目年底验收，尾款次年初支付'),
  t(YS, '财务管理', '财务管理制度健全性', 5, 5, '财务管理制度是否健全并有效执行', '制度健全且执行有效得5分'),
  t(ZC, '资产配置', '资产管理规范性', 5, 5, '资产配置、使用、处置是否规范', '规范得5分，发现问题每项扣1分'),
  t(ZC, '资产使用', '固定资产利用率', 5, 5, '实际在用固定资产与所有固定资产的比率', '利用率≥95%得满分'),
  t(LZ, '重点工作', '传染病疫情报告及时率', 15, 15, '法定传染病疫情按时报告的比例', '≥98%得满分，每低1个百分点扣1分'),
  t(LZ, '重点工作', '免疫规划疫苗接种率', 15, 14, '适龄儿童免疫规划疫苗接种率', '≥95%得满分，每低1个百分点扣1分', '流动儿童接种率94.1%，低于目标'),
  t(LZ, '重点工作', '重点人群健康监测完成率', 10, 10, '重点人群健康监测任务完成比例', '完成100%得满分'),
  t(SX, '社会效益', '居民健康素养水平提升', 10, 10, '居民健康素养水平较上年提升情况', '提升得满分，持平得5分'),
  t(SX, '满意度', '服务对象满意度', 20, 19, '抽样调查服务对象满意程度', '≥95%得满分，每低1个百分点扣1分', '满意度调查94.2%，预约接种等候时间偏长'),
];
const tree = (indicators: Indicator[] = TREE, fields: Record<string, unknown> = {}) =>
  dse({ org: '区疾控中心', goal: null, total_score: 97.5, indicators, ...fields });
/** A 扣分项 line below the 100: up to 5 off for breaches of financial discipline. */
const deduction = (score: number, reason: string | null) => t('扣分项', '扣分项', '违反财经纪律扣分', -5, score, '审计、巡察发现违反财经纪律问题', '每发现一项扣1分，最多扣5分', reason);
/** A subtotal line of group g over rows (its 分值 and 得分 the rows' sums unless given). */
const line = (level1: string, level2: string | null, name: string, rows: readonly Indicator[], weight?: number, score?: number): Indicator => ({
  ...s(level1, level2, name, weight ?? rows.reduce((a, row) => a + (row.weight ?? 0), 0), score ?? rows.reduce((a, row) => a + (row.score ?? 0), 0)),
  description: null, method: null, reason: null,
});
/** The tree with each 一级's own subtotal line printed above its rows (or, after: below them), named as the group or 小计. */
const withSubtotals = (sub: Record<string, number>, after = false, name?: string, weights: Record<string, number> = {}): Indicator[] => {
  const groups = [YS, ZC, LZ, SX];
  return groups.flatMap((g) => {
    const rows = TREE.filter((row) => row.level1 === g);
    const own = line(g, null, name ?? g, rows, weights[g], sub[g]);
    return after ? [...rows, own] : [own, ...rows];
  });
};
/** Two levels of lines: each 一级's line, then each 二级's line above its rows (this 履职效能 has one 二级, 重点工作). */
const twoLevel = (sub: Record<string, number> = {}): Indicator[] => [YS, ZC, LZ, SX].flatMap((g) => {
  const rows = TREE.filter((row) => row.level1 === g);
  const seconds = [...new Set(rows.map((row) => row.level2!))];
  return [line(g, null, g, rows), ...seconds.flatMap((l2) => {
    const under = rows.filter((row) => row.level2 === l2);
    return [line(g, l2, l2, under, undefined, sub[l2]), ...under];
  })];
});

export const SET45_TREE_CASES: FormCase[] = [
  { id: 'S45-T01', sector: '疾控中心整体自评（评分树干净）', form: tree(), expect: [] },
  {
    id: 'S45-T02', sector: '疾控中心整体自评（接种率得16分超过分值15）', expect: [F('self_evaluation', 6, 'score'), F('self_evaluation', null, 'total_score', true)],
    form: tree(patch(TREE, { 6: { score: 16, reason: null } }), { total_score: 99.5 }),
  },
  { id: 'S45-T03', sector: '疾控中心整体自评（总分写98.5，应为97.5）', form: tree(TREE, { total_score: 98.5 }), expect: [F('self_evaluation', null, 'total_score')] },
  { id: 'S45-T04', sector: '疾控中心整体自评（预算执行扣0.5分无扣分原因）', form: tree(patch(TREE, { 1: { reason: null } })), expect: [F('self_evaluation', 1, 'reason')] },
  {
    id: 'S45-T05', sector: '疾控中心整体自评（扣分项扣2分在上限内）', expect: [],
    form: tree([...TREE, deduction(-2, '巡察发现2笔差旅费报销超标准')], { total_score: 95.5 }),
  },
  {
    id: 'S45-T06', sector: '疾控中心整体自评（扣分项扣7分超过上限5分）', expect: [F('self_evaluation', 10, 'score'), F('self_evaluation', null, 'total_score', true)],
    form: tree([...TREE, deduction(-7, '审计发现7项违反财经纪律问题')], { total_score: 90.5 }),
  },
  {
    id: 'S45-T07', sector: '疾控中心整体自评（手工保留一位小数）', expect: [],
    form: tree(patch(TREE, { 1: { score: 9.3 }, 6: { score: 14.7 } }), { total_score: 98 }),
  },
  {
    id: 'S45-T08', sector: '疾控中心整体自评（预算执行另列在评分树之外，树90分）', expect: [],
    form: tree(TREE.filter((_, i) => i !== 1)),
  },
  { id: 'S45-T09', sector: '疾控中心整体自评（各一级打印小计行）', form: tree(withSubtotals({})), expect: [] },
  {
    id: 'S45-T10', sector: '疾控中心整体自评（履职效能小计写40，明细为39）', expect: [F('self_evaluation', 7, 'score')],
    form: tree(withSubtotals({ [LZ]: 40 })),
  },
  // Session 21: more layouts of the subtotal line (see set-45-cases.ts).
  { id: 'S45-T19', sector: '疾控中心整体自评（小计行印在本组各行之后）', form: tree(withSubtotals({}, true)), expect: [], scoring: { total: 97.5, grade: '优' } },
  {
    id: 'S45-T20', sector: '疾控中心整体自评（组后小计写「小计」，资产管理小计得分写9）', expect: [F('self_evaluation', 6, 'score')],
    form: tree(withSubtotals({ [ZC]: 9 }, true, '小计')), scoring: { total: 97.5, grade: '优' },
  },
  { id: 'S45-T21', sector: '疾控中心整体自评（一级、二级均印小计行）', form: tree(twoLevel()), expect: [], scoring: { total: 97.5, grade: '优' } },
  {
    id: 'S45-T22', sector: '疾控中心整体自评（二级「满意度」小计写20，明细为19）', expect: [F('self_evaluation', 20, 'score')],
    form: tree(twoLevel({ 满意度: 20 })), scoring: { total: 97.5, grade: '优' },
  },
  {
    id: 'S45-T23', sector: '疾控中心整体自评（履职效能小计分值印作45，明细合计40）', expect: [F('weights', 7, 'weight')],
    form: tree(withSubtotals({}, false, undefined, { [LZ]: 45 })), scoring: { total: 97.5, grade: '优' },
  },
  {
    // Not lines: 预算执行率 (10, no 二级, its own name) weighs what the two rows after it weigh, and 资产管理 (5, named like its
    // 一级 but under its own 二级 资产配置) what the row after it weighs; each is an indicator of the 100.
    id: 'S45-T24', sector: '疾控中心整体自评（指标分值恰等于其后各行之和）', expect: [], scoring: { total: 97.5, grade: '优' },
    form: tree([{ ...TREE[1]!, level2: null }, TREE[0]!, TREE[2]!, { ...TREE[3]!, name: ZC }, ...TREE.slice(4)]),
  },
  {
    id: 'S45-T11', sector: '疾控中心整体自评（财务管理分值写10，合计105）', expect: [F('weights', null, 'weight')],
    form: tree(patch(TREE, { 2: { weight: 10, score: 10 } }), { total_score: 102.5 }),
  },
  {
    id: 'S45-T12', sector: '疾控中心整体自评（扣分原因写入接种对象姓名电话）', expect: [F('private_data', 6, 'reason')],
    form: tree(patch(TREE, { 6: { reason: '流动儿童王子涵（家长电话13983456712）等漏种，接种率94.1%' } })),
  },
  {
    id: 'S45-T13', sector: '疾控中心整体自评（接种率指标重复填报）', expect: [F('names', 7, null), F('self_evaluation', 7, null, true)],
    form: tree(patch(TREE, { 7: { name: '免疫规划疫苗接种率' } })),
  },
  {
    id: 'S45-T14', sector: '疾控中心整体自评（无满意度指标）', expect: [F('coverage', null, null)],
    form: tree(patch(TREE, { 9: { level2: '社会效益', name: '突发公共卫生事件处置率', score: 20, reason: null } }), { total_score: 98.5 }),
  },
  {
    id: 'S45-T15', sector: '疾控中心整体自评（评分树附年度目标数字）', expect: [],
    form: tree(TREE, { goal: '全年法定传染病报告及时率98%以上，适龄儿童免疫规划疫苗接种率95%以上，开展健康监测12000人次。' }),
  },
  {
    id: 'S45-T16', sector: '疾控中心整体自评（扣分项分值印作5，扣3分）', expect: [],
    form: tree([...TREE, { ...deduction(-3, '审计发现3笔公务接待无公函'), weight: 5 }], { total_score: 94.5 }),
  },
  { id: 'S45-T17', sector: '疾控中心整体自评（扣分项未扣分）', form: tree([...TREE, deduction(0, null)]), expect: [] },
  {
    id: 'S45-T18', sector: '疾控中心整体自评（满分行扣分原因写「无」）', expect: [],
    form: tree(TREE.map((row) => (row.reason === null ? { ...row, reason: '无' } : row))),
  },
];
