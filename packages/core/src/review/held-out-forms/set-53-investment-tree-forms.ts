import type { Indicator } from '../../forms/forms-schema';
import { dse, F, type FormCase, patch, s } from './form-case-types';

/**
 * Held-out set 53F (session 24), 部门整体支出绩效自评表 as seed 003's 2024 template prints it: 一级 总体绩效（65分） / 项目绩效（35分）,
 * 二级 cells with their own 分值 (履职效能（29分）, 预算管理（21分）…), 三级 items with 指标分值, 指标解释, 评分说明, 自评得分 and
 * 备注 (the 扣分 reason): 区投资促进中心, 2025, filed 2026. Written before reading any check code; readings in set-53-cases.ts.
 */
const ZT = '总体绩效（65分）';
const XM = '项目绩效（35分）';
const LZ = '履职效能（29分）';
const YS = '预算管理（21分）';
const ZC = '资产管理（9分）';
const CG = '采购管理（6分）';
const JC = '项目决策（12分）';
const GL = '项目管理（11分）';
const CX = '项目产出与效益（12分）';
/** A score-tree item: 指标分值, 自评得分, 指标解释, 评分说明, 备注. */
export const t = (level1: string, level2: string, name: string, weight: number, score: number, description: string, method: string,
  reason: string | null = null): Indicator => ({ ...s(level1, level2, name, weight, score), description, method, reason });

/** Seed 003's 2024 template items from 采购管理 to 项目产出完成率, all met: the same on every unit's sheet (set 57F's too). */
export const PURCHASE_AND_PROJECT_ITEMS = [
  t(ZT, CG, '支持中小企业发展', 3, 3, '是否执行政府采购促进中小企业发展相关办法', '预留份额并单独列示得满分'),
  t(ZT, CG, '采购执行率', 3, 3, '政府采购项目资金支付比例', '该项指标得分=实际支付总金额÷（采购预算-节约金额）×3'),
  t(XM, JC, '决策程序', 4, 4, '项目设立是否履行评估论证、申报程序', '每有1个项目未履行事前评估扣1分'),
  t(XM, JC, '目标设置', 4, 4, '项目绩效目标与任务量、资金量匹配情况', '目标科学合理、量化完整得满分'),
  t(XM, JC, '资金分配', 4, 4, '项目资金分配依据是否充分', '分配依据充分得满分'),
  t(XM, GL, '资金到位率', 3, 3, '项目资金实际到位情况', '到位率×3分'),
  t(XM, GL, '绩效监控', 4, 4, '是否按要求开展绩效运行监控', '按季开展监控并纠偏得满分'),
  t(XM, GL, '制度执行有效性', 4, 4, '项目实施是否符合相关管理规定', '无违规得满分'),
  t(XM, CX, '项目产出完成率', 6, 6, '项目实际产出数与计划数的比率', '完成率×6分'),
];
/** 100 points, items scoring 98.66. */
const TREE = [
  t(ZT, LZ, '招商引资签约项目数', 8, 8, '年度签约招商项目个数', '签约项目≥30个得满分，每少1个扣0.5分'),
  t(ZT, LZ, '新引进市场主体注册资本到位额', 8, 7.36, '新引进企业注册资本实际到位金额', '到位率×8分', '2个签约项目注册资本分期缴纳，年末到位率92%'),
  t(ZT, LZ, '招商项目履约率', 7, 7, '已签约项目按合同约定开工投产的比例', '≥90%得满分'),
  t(ZT, LZ, '重点企业服务满意度', 6, 6, '对专班服务重点企业的满意度调查', '≥95%得满分，每低1个百分点扣0.5分'),
  t(ZT, YS, '预算编制质量', 6, 5.8, '年初预算编制的科学性和准确性', '该项指标得分=（1-财政拨款预算偏离度）×100%×6', '年中追加招商推介活动经费，预算偏离度3.3%'),
  t(ZT, YS, '支出执行进度', 6, 6, '部门1至12月预算执行情况', '按序时进度执行得满分'),
  t(ZT, YS, '预算年终结余', 5, 5, '部门整体年终预算结余情况', '该项指标得分=（1-部门整体预算结余率）×100%×5'),
  t(ZT, YS, '严控一般性支出', 4, 4, '“三公”经费等8项一般性支出压减情况', '较上年实现压减得满分'),
  t(ZT, ZC, '人均资产变化率', 3, 3, '部门人均资产变化情况', '变化率≤0得满分'),
  t(ZT, ZC, '资产利用率', 3, 3, '部门资产超最低使用年限情况', '按超年限资产占比计分'),
  t(ZT, ZC, '资产盘活率', 3, 3, '部门闲置一年以上的资产盘活情况', '闲置资产占比下降得满分'),
  ...PURCHASE_AND_PROJECT_ITEMS,
  t(XM, CX, '项目效益实现情况', 6, 5.5, '项目实施后效益目标实现程度', '全面实现得满分，部分实现酌情扣分', '招商推介会意向项目转化签约率低于预期'),
];
const ROW = { capital: 1, budgeting: 4, purchase: 12, goalSetting: 14, benefit: 20 } as const;
const tree = (indicators: Indicator[] = TREE, fields: Record<string, unknown> = {}) =>
  dse({ org: '区投资促进中心', goal: null, total_score: 98.66, indicators, ...fields });
/** A 扣分项 line below the 100 (up to 5 off for breaches of financial discipline). */
const deduction = (score: number, reason: string | null) =>
  t('扣分项', '扣分项', '违反财经纪律扣分', -5, score, '审计、巡察等发现违反财经纪律问题', '每发现一项扣1分，最多扣5分', reason);

export const SET53_TREE_CASES: FormCase[] = [
  { id: 'S53-D01', sector: '投促中心整体自评（干净，二级单元格带分值）', form: tree(), expect: [], scoring: { total: 98.66, grade: '优' } },
  {
    id: 'S53-D02', sector: '投促中心整体自评（二级写预算管理（24分），三级合计21）', expect: [F('weights', ROW.budgeting, 'level2')], scoring: null,
    form: tree(TREE.map((row) => (row.level2 === YS ? { ...row, level2: '预算管理（24分）' } : row))),
  },
  {
    id: 'S53-D03', sector: '投促中心整体自评（采购执行率得3.5分超分值3）', scoring: null,
    expect: [F('self_evaluation', ROW.purchase, 'score'), F('self_evaluation', null, 'total_score', true)],
    form: tree(patch(TREE, { [ROW.purchase]: { score: 3.5 } }), { total_score: 99.16 }),
  },
  { id: 'S53-D04', sector: '投促中心整体自评（合计写98.86，应为98.66）', expect: [F('self_evaluation', null, 'total_score')], form: tree(TREE, { total_score: 98.86 }), scoring: { total: 98.66, grade: '优' } },
  {
    id: 'S53-D05', sector: '投促中心整体自评（项目效益扣0.5分备注空）', expect: [F('self_evaluation', ROW.benefit, 'reason')], scoring: { total: 98.66, grade: '优' },
    form: tree(patch(TREE, { [ROW.benefit]: { reason: null } })),
  },
  {
    id: 'S53-D06', sector: '投促中心整体自评（注册资本扣分备注写「未达到满分标准」）', expect: [F('self_evaluation', ROW.capital, 'reason')], scoring: { total: 98.66, grade: '优' },
    form: tree(patch(TREE, { [ROW.capital]: { reason: '未达到满分标准' } })),
  },
  {
    id: 'S53-D07', sector: '投促中心整体自评（扣分项扣1分写明原因）', expect: [], scoring: { total: 97.66, grade: '优' },
    form: tree([...TREE, deduction(-1, '审计发现1笔差旅住宿费超标准报销')], { total_score: 97.66 }),
  },
  {
    id: 'S53-D08', sector: '投促中心整体自评（扣分项扣1分未写原因）', expect: [F('self_evaluation', 21, 'reason')], scoring: { total: 97.66, grade: '优' },
    form: tree([...TREE, deduction(-1, null)], { total_score: 97.66 }),
  },
  {
    id: 'S53-D09', sector: '投促中心整体自评（备注写投资商联系人姓名手机）', expect: [F('private_data', ROW.benefit, 'reason')], scoring: { total: 98.66, grade: '优' },
    form: tree(patch(TREE, { [ROW.benefit]: { reason: '意向投资商联系人周永福（13882561937）推迟签约，转化率低于预期' } })),
  },
  {
    id: 'S53-D10', sector: '投促中心整体自评（满分项备注均写「无」）', expect: [], scoring: { total: 98.66, grade: '优' },
    form: tree(TREE.map((row) => (row.score === row.weight ? { ...row, reason: '无' } : row))),
  },
  {
    id: 'S53-D11', sector: '投促中心整体自评（目标设置重复填为决策程序）', expect: [F('names', ROW.goalSetting, null)],
    form: tree(patch(TREE, { [ROW.goalSetting]: { name: '决策程序' } })),
  },
  {
    id: 'S53-D12', sector: '投促中心整体自评（合计印一位小数98.7）', expect: [], scoring: { total: 98.66, grade: '优' },
    form: tree(TREE, { total_score: 98.7 }),
  },
  {
    id: 'S53-D13', sector: '投促中心整体自评（一级写总体绩效（60分），三级合计65）', expect: [F('weights', 0, 'level1')], scoring: null,
    form: tree(TREE.map((row) => (row.level1 === ZT ? { ...row, level1: '总体绩效（60分）' } : row))),
  },
  {
    id: 'S53-D14', sector: '投促中心整体自评（年终结余率4%按公式得4.8分有备注）', expect: [], scoring: { total: 98.46, grade: '优' },
    form: tree(patch(TREE, { 6: { score: 4.8, reason: '年终结转招商推介会尾款，结余率4%' } }), { total_score: 98.46 }),
  },
  // Added after reading the check code, to hold the fixes (see set-53-cases.ts).
  {
    id: 'S53-D15', sector: '投促中心整体自评（扣分项扣1分备注写「无」）', expect: [F('self_evaluation', 21, 'reason')], scoring: { total: 97.66, grade: '优' },
    form: tree([...TREE, deduction(-1, '无')], { total_score: 97.66 }),
  },
  {
    // No item explains itself (every item at full marks, 备注 empty): the layout has no reason column in use.
    id: 'S53-D16', sector: '投促中心整体自评（各项满分、备注栏全空，扣分项扣1分）', expect: [], scoring: { total: 99, grade: '优' },
    form: tree([...TREE.map((row) => ({ ...row, score: row.weight, reason: null })), deduction(-1, null)], { total_score: 99 }),
  },
  {
    id: 'S53-D17', sector: '投促中心整体自评（备注写「存在一定偏差，系注册资本分期缴纳」）', expect: [], scoring: { total: 98.66, grade: '优' },
    form: tree(patch(TREE, { [ROW.capital]: { reason: '存在一定偏差，系注册资本分期缴纳' } })),
  },
];
