import { B, dse, e, F, type FormCase, NUM, O, patch, Q, QUA, S, s, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 40F (session 19), 部门整体支出绩效自评表: 县社会科学界联合会 with its targets on the 产出 / 效益 / 满意度 tree,
 * 100 points, every target met unless a case says otherwise. Written before reading any code under review/ or scoring/;
 * readings in set-40-cases.ts.
 */
const SS = [
  e(O, NUM, '开展社科普及活动', '>=', '40', '场次', 15, '46', 15),
  e(O, NUM, '资助社科研究课题', '>=', '25', '项', 15, '25', 15),
  e(O, QUA, '课题结项验收合格率', '>=', '90', '%', 10, '92', 10),
  e(O, TIM, '课题资助资金拨付时限', '<=', '30', '天', 10, '26', 10),
  e(B, SOC, '社科普及受众人次', '>=', '1.5', '万人次', 15, '1.62', 15),
  e(B, SUS, '社科研究成果转化应用', Q, '持续推进', null, 15, '达成', 15),
  e(S, SAT, '社科工作者满意度', '>=', '90', '%', 20, '93.5%', 20),
];
const SS_GOAL = '开展社科普及活动40场次，资助社科研究课题25项，社科普及受众1.5万人次，课题结项验收合格率90%以上。';
const sky = (indicators = SS, fields: Record<string, unknown> = {}) =>
  dse({ org: '县社会科学界联合会', goal: SS_GOAL, total_score: 100, indicators, ...fields });
const FULL = { total: 100, grade: '优' } as const;
/** 23 of ≥25 项: 15 × 23/25 = 13.8; total 98.8. */
const SHORT_TOPICS = { actual: '23', score: 13.8 };
/** 35 of ≤30 天: (1 − 5/30) × 10 = 8.33; total 98.33. */
const LATE = { actual: '35', score: 8.33 };

export const SET40_SOCIAL_SCIENCE_CASES: FormCase[] = [
  { id: 'S40-S01', sector: '社科联整体自评（干净）', form: sky(), expect: [], scoring: FULL },
  {
    id: 'S40-S02', sector: '社科联（目标写学术年会2次，无指标）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: FULL,
    form: sky(SS, { goal: SS_GOAL.replace(/。$/, '，举办社科学术年会2次。') }),
  },
  {
    id: 'S40-S03', sector: '社科联（目标写四十场次、15000人次，安静）', expect: [], scoring: FULL,
    form: sky(SS, { goal: SS_GOAL.replace('40场次', '四十场次').replace('1.5万人次', '15000人次') }),
  },
  {
    id: 'S40-S04', sector: '社科联（无满意度指标，受众行分值35）', expect: [F('coverage', null, null)], scoring: FULL,
    form: sky([...SS.slice(0, 4), { ...SS[4]!, weight: 35, score: 35 }, SS[5]!]),
  },
  {
    id: 'S40-S05', sector: '社科联（合格率分值15，合计105）', expect: [F('weights', null, 'weight'), F('self_evaluation', null, null, true)],
    form: sky(patch(SS, { 2: { weight: 15, score: 15 } }), { total_score: 105 }),
  },
  {
    id: 'S40-S06', sector: '社科联（课题23项，偏差原因写课题负责人姓名电话）', expect: [F('private_data', 1, 'reason')], scoring: { total: 98.8, grade: '优' },
    form: sky(patch(SS, { 1: { ...SHORT_TOPICS, reason: '课题负责人陈立新（电话13677889900）因病未按期开题，2项撤项' } }), { total_score: 98.8 }),
  },
  {
    id: 'S40-S07', sector: '社科联（课题23项，原因写文号，安静）', expect: [], scoring: { total: 98.8, grade: '优' },
    form: sky(patch(SS, { 1: { ...SHORT_TOPICS, reason: '2项课题因负责人工作调动撤项，已按县社科联〔2025〕6号文件重新立项' } }), { total_score: 98.8 }),
  },
  {
    // First written quiet (a breakdown of a carried total); re-read: a part after 其中 is a promise of its own that no row
    // carries, as S25-D11 (其中混改3户) and S21-P34 recorded, and rules.md §2 holds every goal number to the rows.
    id: 'S40-S08', sector: '社科联（目标写25项其中重点课题5项、一般课题20项，无分项指标）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: FULL,
    form: sky(SS, { goal: SS_GOAL.replace('25项', '25项（其中重点课题5项、一般课题20项）') }),
  },
  {
    id: 'S40-S09', sector: '社科联（社科普及活动与活动场次两行重复）', expect: [F('names', 5, null)], scoring: FULL,
    form: sky([...SS.slice(0, 5), e(O, NUM, '社科普及活动场次', '>=', '40', '场次', 15, '46', 15), SS[6]!]),
  },
  {
    id: 'S40-S10', sector: '社科联（目标写联系人姓名手机）', expect: [F('private_data', null, 'goal')], scoring: FULL,
    form: sky(SS, { goal: `${SS_GOAL}联系人：办公室李红梅，13512346789。` }),
  },
  {
    id: 'S40-S11', sector: '社科联（目标写办公室咨询电话，安静）', expect: [], scoring: FULL,
    form: sky(SS, { goal: `${SS_GOAL}咨询电话：县社科联办公室0831-2345678。` }),
  },
  {
    id: 'S40-S12', sector: '社科联（分值12.5+12.5代替15+10，合计100，安静）', expect: [], scoring: FULL,
    form: sky(patch(SS, { 0: { weight: 12.5, score: 12.5 }, 2: { weight: 12.5, score: 12.5 } })),
  },
  {
    id: 'S40-S13', sector: '社科联（目标合格率95%，指标90%）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: FULL,
    form: sky(SS, { goal: SS_GOAL.replace('90%以上', '95%以上') }),
  },
  {
    id: 'S40-S14', sector: '社科联（评分表无指标值，目标有数字，安静）', expect: [], scoring: FULL,
    form: sky([
      s(O, NUM, '社科普及活动开展情况', 15, 15), s(O, NUM, '社科课题资助情况', 15, 15), s(O, QUA, '课题结项质量', 10, 10),
      s(O, TIM, '资金拨付及时性', 10, 10), s(B, SOC, '社科普及社会效益', 15, 15), s(B, SUS, '成果转化应用', 15, 15), s(S, SAT, '社科工作者满意度', 20, 20),
    ]),
  },
  {
    id: 'S40-S15', sector: '社科联（拨付35天，偏差原因写受资助人身份证号）', expect: [F('private_data', 3, 'reason')], scoring: { total: 98.33, grade: '优' },
    form: sky(patch(SS, { 3: { ...LATE, reason: '受资助人王建军（身份证号511302198803124516）补正材料延误' } }), { total_score: 98.33 }),
  },
  {
    id: 'S40-S16', sector: '社科联（活动36场，原因写12345和办公室电话，安静）', expect: [], scoring: { total: 98.5, grade: '优' },
    form: sky(patch(SS, { 0: { actual: '36', score: 13.5, reason: '受高温天气影响停办4场，群众可拨打12345或0831-2345678预约补办' } }), { total_score: 98.5 }),
  },
  // Added after reading check-form.ts (names): a row on the places the activities reach is another indicator.
  {
    id: 'S40-S17', sector: '社科联（开展社科普及活动与社科普及活动覆盖乡镇两行，安静）', expect: [], scoring: FULL,
    form: sky([...SS.slice(0, 5), e(B, SOC, '社科普及活动覆盖乡镇（街道）', '>=', '18', '个', 15, '18', 15), SS[6]!]),
  },
];
