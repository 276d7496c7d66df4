import type { Indicator } from '../../forms/forms-schema';
import { dse, F, type FormCase, LZ, patch, s, SX } from './form-case-types';

/**
 * Held-out set 48F (session 22), 部门整体支出绩效自评表 on the 2024 department tree as a score sheet (一级 履职效能 / 管理效率 /
 * 社会效应, with 分值, 指标解释, 评分标准, 自评得分, 偏差原因; the 年度预算执行 line 预算执行率 under 管理效率 with its rate in
 * 完成值 and 年初预算/全年预算/全年执行 in its 指标解释): 区科技局, 2025, filed 2026. Written before reading any check code;
 * readings and measurements in set-48-cases.ts.
 */
const ME = '管理效率';
/** A score-tree row: 分值, 自评得分, 指标解释, 评分标准, 偏差原因 (and 完成值 where the sheet prints one). */
const t = (level1: string, level2: string | null, name: string, weight: number, score: number, description: string, method: string,
  reason: string | null = null, actual: string | null = null): Indicator =>
  ({ ...s(level1, level2, name, weight, score), description, method, reason, actual });

const BUDGET_TEXT = '年初预算1280万元，全年预算1436.5万元，全年执行1408.2万元';
/** 区科技局 score tree, 100 points, rows scoring 97.3. */
const TREE = [
  t(LZ, '重点工作', '科技型企业培育完成率', 15, 15, '年度科技型中小企业培育任务完成比例', '完成100%得满分，每低1个百分点扣0.5分'),
  t(LZ, '重点工作', '高新技术企业认定申报', 10, 10, '组织高新技术企业认定申报情况', '完成年度申报任务得满分'),
  t(LZ, '履职目标', '科技成果转化项目验收合格率', 10, 9, '当年到期科技成果转化项目一次验收合格比例', '≥95%得满分，每低1个百分点扣0.5分', '2个项目首次验收未通过，整改后通过'),
  t(ME, '预算执行', '预算执行率', 10, 9.8, BUDGET_TEXT, '执行率×10分，最高10分', '2个科技计划项目尾款待次年验收后支付', '98.03%'),
  t(ME, '预算管理', '“三公”经费控制情况', 5, 5, '“三公”经费支出是否控制在预算以内', '未超预算得满分'),
  t(ME, '资产管理', '资产管理规范性', 5, 5, '资产配置、使用、处置是否规范', '规范得满分，发现问题每项扣1分'),
  t(SX, '社会效益', '技术合同成交额增长', 15, 14.5, '技术合同登记成交额较上年增长情况', '增长10%以上得满分', '2笔大额技术合同登记延至次年1月'),
  t(SX, '社会效益', '科技创新平台服务企业', 10, 10, '区级科技创新平台服务企业家数', '服务200家以上得满分'),
  t(SX, '服务对象满意度', '科技企业满意度', 20, 19, '抽样调查科技企业对科技服务的满意程度', '≥95%得满分，每低1个百分点扣1分', '满意度调查94.1%，政策兑现时效有待提高'),
];
const ROW = { budget: 3, contract: 6, satisfaction: 8 } as const;
const tree = (indicators: Indicator[] = TREE, fields: Record<string, unknown> = {}) =>
  dse({ org: '区科技局', goal: null, total_score: 97.3, indicators, ...fields });
const sum = (rows: readonly Indicator[], key: 'weight' | 'score') => Math.round(rows.reduce((a, row) => a + (row[key] ?? 0), 0) * 100) / 100;
/** A 小计 line over rows (分值 and 得分 their sums unless given). */
const line = (level1: string, name: string, rows: readonly Indicator[], score?: number): Indicator =>
  ({ ...s(level1, null, name, sum(rows, 'weight'), score ?? sum(rows, 'score')), description: null, method: null, reason: null });
/** Each 一级's 小计 line above its rows (after them with `after`), named as the 一级 or as given; only the groups listed. */
const withLines = (rows: readonly Indicator[], opts: { after?: boolean; name?: (g: string) => string; scores?: Record<string, number>; groups?: string[] } = {}) =>
  [LZ, ME, SX].flatMap((g) => {
    const own = rows.filter((row) => row.level1 === g);
    if (opts.groups && !opts.groups.includes(g)) return own;
    const sub = line(g, opts.name ? opts.name(g) : g, own, opts.scores?.[g]);
    return opts.after ? [...own, sub] : [sub, ...own];
  });
/** 扣分项 / 加分项 lines below the 100. */
const deduction = (score: number, reason: string | null) => t('扣分项', '扣分项', '违反财经纪律扣分', -5, score, '审计、巡察发现违反财经纪律问题', '每发现一项扣1分，最多扣5分', reason);
const bonus = (score: number, reason: string | null) => t('加分项', '加分项', '创新工作获上级表彰', 2, score, '年度工作获市级以上表彰或试点', '获市级表彰加1分、国家级加2分，最多加2分', reason);

export const SET48_TREE_CASES: FormCase[] = [
  { id: 'S48-K01', sector: '科技局整体自评（评分树干净）', form: tree(), expect: [], scoring: { total: 97.3, grade: '优' } },
  { id: 'S48-K02', sector: '科技局整体自评（各一级小计行印在本组之上）', form: tree(withLines(TREE)), expect: [], scoring: { total: 97.3, grade: '优' } },
  {
    id: 'S48-K03', sector: '科技局整体自评（组后印「履职效能小计」等）', expect: [], scoring: { total: 97.3, grade: '优' },
    form: tree(withLines(TREE, { after: true, name: (g) => `${g}小计` })),
  },
  {
    id: 'S48-K04', sector: '科技局整体自评（管理效率小计得分写20，明细19.8）', expect: [F('self_evaluation', 4, 'score')], scoring: { total: 97.3, grade: '优' },
    form: tree(withLines(TREE, { scores: { [ME]: 20 } })),
  },
  {
    id: 'S48-K05', sector: '科技局整体自评（仅履职效能、社会效应印小计）', expect: [], scoring: { total: 97.3, grade: '优' },
    form: tree(withLines(TREE, { groups: [LZ, SX] })),
  },
  {
    id: 'S48-K06', sector: '科技局整体自评（技术合同得16分超过分值15）', expect: [F('self_evaluation', ROW.contract, 'score'), F('self_evaluation', null, 'total_score', true)],
    form: tree(patch(TREE, { [ROW.contract]: { score: 16, reason: null } }), { total_score: 98.8 }),
  },
  { id: 'S48-K07', sector: '科技局整体自评（总分写98.3，应为97.3）', form: tree(TREE, { total_score: 98.3 }), expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 97.3, grade: '优' } },
  {
    id: 'S48-K08', sector: '科技局整体自评（技术合同14.67分，总分印一位小数97.5）', expect: [], scoring: { total: 97.47, grade: '优' },
    form: tree(patch(TREE, { [ROW.contract]: { score: 14.67 } }), { total_score: 97.5 }),
  },
  {
    id: 'S48-K09', sector: '科技局整体自评（执行率86.4%预算执行仍得10分）', scoring: { total: 96.14, grade: '优' },
    expect: [F('self_evaluation', ROW.budget, 'score'), F('self_evaluation', ROW.budget, 'reason', true), F('self_evaluation', null, 'total_score', true)],
    form: tree(patch(TREE, { [ROW.budget]: { actual: '86.4%', score: 10, reason: null } }), { total_score: 97.5 }),
  },
  {
    id: 'S48-K10', sector: '科技局整体自评（执行率写99.99%得10分）', expect: [], scoring: { total: 97.5, grade: '优' },
    form: tree(patch(TREE, { [ROW.budget]: { actual: '99.99%', score: 10, reason: null } }), { total_score: 97.5 }),
  },
  {
    id: 'S48-K11', sector: '科技局整体自评（执行率86.4%得8.64分无原因）', expect: [F('self_evaluation', ROW.budget, 'reason')], scoring: { total: 96.14, grade: '优' },
    form: tree(patch(TREE, { [ROW.budget]: { actual: '86.4%', score: 8.64, reason: null } }), { total_score: 96.14 }),
  },
  {
    id: 'S48-K12', sector: '科技局整体自评（执行率86.4%得8.64分有原因）', expect: [], scoring: { total: 96.14, grade: '优' },
    form: tree(patch(TREE, { [ROW.budget]: { actual: '86.4%', score: 8.64, reason: '科技创新券兑付延至次年，结转资金120万元' } }), { total_score: 96.14 }),
  },
  {
    id: 'S48-K13', sector: '科技局整体自评（技术合同扣0.5分无偏差原因）', expect: [F('self_evaluation', ROW.contract, 'reason')], scoring: { total: 97.3, grade: '优' },
    form: tree(patch(TREE, { [ROW.contract]: { reason: null } })),
  },
  {
    id: 'S48-K14', sector: '科技局整体自评（扣分项扣2分有原因）', expect: [], scoring: { total: 95.3, grade: '优' },
    form: tree([...TREE, deduction(-2, '审计发现2笔会议费超标准列支')], { total_score: 95.3 }),
  },
  {
    id: 'S48-K15', sector: '科技局整体自评（加分项加2分，总分99.3）', expect: [], scoring: { total: 99.3, grade: '优' },
    form: tree([...TREE, bonus(2, null)], { total_score: 99.3 }),
  },
  {
    id: 'S48-K16', sector: '科技局整体自评（资产管理分值写10，合计105）', expect: [F('weights', null, 'weight')],
    form: tree(patch(TREE, { 5: { weight: 10, score: 10 } }), { total_score: 102.3 }),
  },
  {
    id: 'S48-K17', sector: '科技局整体自评（偏差原因写企业联系人手机）', expect: [F('private_data', ROW.contract, 'reason')], scoring: { total: 97.3, grade: '优' },
    form: tree(patch(TREE, { [ROW.contract]: { reason: '重庆某科技公司联系人陈德明（13908326714）未按期登记合同' } })),
  },
  {
    id: 'S48-K18', sector: '科技局整体自评（科技型企业培育完成率重复填报）', expect: [F('names', 1, null)],
    form: tree(patch(TREE, { 1: { name: '科技型企业培育完成率' } })),
  },
  {
    id: 'S48-K19', sector: '科技局整体自评（无满意度指标）', expect: [F('coverage', null, null)],
    form: tree(patch(TREE, { [ROW.satisfaction]: { level2: '社会效益', name: '科技特派员服务覆盖村数', reason: '3个村服务记录不完整' } })),
  },
  {
    id: 'S48-K20', sector: '科技局整体自评（评分树附年度目标数字）', expect: [], scoring: { total: 97.3, grade: '优' },
    form: tree(TREE, { goal: '全年培育科技型企业120家，组织高新技术企业认定申报45家，技术合同成交额增长10%以上，科技企业满意度95%以上。' }),
  },
  {
    id: 'S48-K21', sector: '科技局整体自评（等级线优≥95：满意度15分，总分93.3为良）', policy: { grades: { excellent: 95, good: 85, pass: 60 } },
    expect: [], scoring: { total: 93.3, grade: '良' },
    form: tree(patch(TREE, { [ROW.satisfaction]: { score: 15, reason: '满意度调查90.2%，政策兑现周期长' } }), { total_score: 93.3 }),
  },
  // Added after reading check-self-evaluation.ts, to hold the fixes (see set-48-cases.ts).
  {
    id: 'S48-K22', sector: '科技局整体自评（执行率98.03%得9.8分未写原因）', expect: [], scoring: { total: 97.3, grade: '优' },
    form: tree(patch(TREE, { [ROW.budget]: { reason: null } })),
  },
  {
    id: 'S48-K23', sector: '科技局整体自评（加分项分值2得1分，未写原因）', expect: [], scoring: { total: 98.3, grade: '优' },
    form: tree([...TREE, bonus(1, null)], { total_score: 98.3 }),
  },
  {
    id: 'S48-K24', sector: '科技局整体自评（加分项得3分超过分值2）', expect: [F('self_evaluation', 9, 'score'), F('self_evaluation', null, 'total_score', true)],
    form: tree([...TREE, bonus(3, '获国家级科技创新试点')], { total_score: 100.3 }),
  },
  {
    // The row states its own stricter standard: quiet, and hand-scored as S42-D16 (the rules compute 9.52, not its 5).
    id: 'S48-K25', sector: '科技局整体自评（执行率95.2%按「每低1个百分点扣1分」得5分）', expect: [], scoring: null,
    form: tree(patch(TREE, { [ROW.budget]: { actual: '95.2%', score: 5, method: '执行率100%得满分，每低1个百分点扣1分' } }), { total_score: 92.5 }),
  },
];
