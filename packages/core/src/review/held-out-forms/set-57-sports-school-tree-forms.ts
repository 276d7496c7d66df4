import type { Indicator } from '../../forms/forms-schema';
import { dse, F, type FormCase, patch } from './form-case-types';
import { PURCHASE_AND_PROJECT_ITEMS, t } from './set-53-investment-tree-forms';

/**
 * Held-out set 57F (session 25), 部门整体支出绩效自评表 on seed 003's 2024 score tree (总体绩效（65分） / 项目绩效（35分）, 三级
 * items with 指标分值, 指标解释, 评分说明, 自评得分 and 备注), where the formula items (预算编制质量, 预算年终结余, 项目产出完成率)
 * state their input in the 备注: 区青少年业余体育学校, 2025, filed 2026. Written before reading any code under review/ or scoring/;
 * readings in set-57-cases.ts.
 */
const ZT = '总体绩效（65分）';
const XM = '项目绩效（35分）';
const LZ = '履职效能（26分）';
const YS = '预算管理（24分）';
const ZC = '资产管理（9分）';
const CX = '项目产出与效益（12分）';

const BALANCE_METHOD = '该项指标得分=（1-部门整体预算结余率）×100%×6';
/** 100 points; 预算编制质量 6 × (1 − 3.3%) = 5.8, 预算年终结余 6 × (1 − 6.2%) = 5.63: 99.43. */
const TREE = [
  t(ZT, LZ, '在训运动员人数', 8, 8, '全年在训青少年运动员人数', '≥320人得满分，每少10人扣0.5分'),
  t(ZT, LZ, '向上级运动队输送运动员人数', 6, 6, '向市级以上专业运动队输送人数', '≥12人得满分'),
  t(ZT, LZ, '市级以上比赛获奖数', 6, 6, '在市级以上比赛中获得前三名的人次', '≥40人次得满分'),
  t(ZT, LZ, '训练场馆开放时长', 6, 6, '训练场馆全年向青少年开放的时长', '≥2000小时得满分'),
  t(ZT, YS, '预算编制质量', 6, 5.8, '年初预算编制的科学性和准确性', '该项指标得分=（1-财政拨款预算偏离度）×100%×6', '年中追加市运会参赛经费，预算偏离度3.3%'),
  t(ZT, YS, '支出执行进度', 6, 6, '部门1至12月预算执行情况', '按序时进度执行得满分'),
  t(ZT, YS, '预算年终结余', 6, 5.63, '部门整体年终预算结余情况', BALANCE_METHOD, '部门整体预算结余率6.2%，系训练馆照明改造尾款结转'),
  t(ZT, YS, '严控一般性支出', 6, 6, '“三公”经费等一般性支出压减情况', '较上年实现压减得满分'),
  t(ZT, ZC, '资产利用率', 3, 3, '部门资产超最低使用年限情况', '按超年限资产占比计分'),
  t(ZT, ZC, '资产盘活率', 3, 3, '部门闲置一年以上的资产盘活情况', '闲置资产占比下降得满分'),
  t(ZT, ZC, '资产管理规范性', 3, 3, '资产入账、处置是否履行审批程序', '无违规得满分'),
  ...PURCHASE_AND_PROJECT_ITEMS,
  t(XM, CX, '项目效益实现情况', 6, 6, '项目实施后效益目标实现程度', '全面实现得满分，部分实现酌情扣分'),
];
const ROW = { budgeting: 4, balance: 6, output: 19 } as const;
const tree = (indicators: Indicator[] = TREE, fields: Record<string, unknown> = {}) =>
  dse({ org: '区青少年业余体育学校', goal: null, total_score: 99.43, indicators, ...fields });

export const SET57_SPORTS_CASES: FormCase[] = [
  { id: 'S57-T01', sector: '业余体校整体自评（干净，公式项按备注所写偏离度、结余率计分）', form: tree(), expect: [], scoring: { total: 99.43, grade: '优' } },
  {
    id: 'S57-T04', sector: '业余体校整体自评（结余率0.8%，预算年终结余得5.95分）', expect: [], scoring: { total: 99.75, grade: '优' },
    form: tree(patch(TREE, { [ROW.balance]: { score: 5.95, reason: '部门整体预算结余率0.8%' } }), { total_score: 99.75 }),
  },
];

/**
 * Recorded limits (asserted in review-held-out-forms.test.ts): a formula item whose input sits in its 备注 (「结余率6.2%」 under
 * （1−结余率）×6, 「偏离度3.3%」 under （1−偏离度）×6, 「8个项目中…1个未完成」 under 完成率×6) is not recomputed, as set 53F
 * recorded for formula items; a score taken at full beside such a remark is not reported.
 */
export const SET57_SPORTS_LIMIT_CASES: FormCase[] = [
  {
    id: 'S57-T02', sector: '业余体校整体自评（备注写结余率6.2%，预算年终结余仍得满分6分）', scoring: null,
    expect: [F('self_evaluation', ROW.balance, 'score'), F('self_evaluation', null, 'total_score', true)],
    form: tree(patch(TREE, { [ROW.balance]: { score: 6 } }), { total_score: 99.8 }),
  },
  {
    id: 'S57-T03', sector: '业余体校整体自评（备注写偏离度3.3%，预算编制质量仍得满分6分）', scoring: null,
    expect: [F('self_evaluation', ROW.budgeting, 'score'), F('self_evaluation', null, 'total_score', true)],
    form: tree(patch(TREE, { [ROW.budgeting]: { score: 6 } }), { total_score: 99.63 }),
  },
  {
    id: 'S57-T05', sector: '业余体校整体自评（备注写8个项目1个未完成，项目产出完成率仍得满分）', scoring: null,
    expect: [F('self_evaluation', ROW.output, 'score')],
    form: tree(patch(TREE, { [ROW.output]: { reason: '8个项目中，游泳馆水处理设备更新项目未完成' } })),
  },
];
