import { B, C, ECN, ECO, F, type FormCase, NUM, O, patch, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 31F (session 11), 项目支出绩效目标表 as submitted for review: 高标准农田建设 and 村卫生室标准化建设, both on the
 * 2021 tree (成本 its own 一级), 90 points. Written before reading any code under review/; readings in set-31-cases.ts.
 */

/** 高标准农田建设 (区农业农村委员会): 9 rows on 90; 2400 = 财政 2160 + 其他 240 = 区级 2000 + 补助街镇 400. */
const FIELD = [
  r(O, NUM, '新建高标准农田', '>=', '2.5', '万亩', 15), r(O, NUM, '新建高效节水灌溉面积', '>=', '5000', '亩', 10),
  r(O, QUA, '工程验收合格率', '=', '100', '%', 10), r(O, TIM, '项目完工时间', Q, '2025年11月底前', null, 5),
  r(C, ECO, '亩均财政投入', '<=', '960', '元/亩', 5), r(B, ECN, '项目区粮食亩均增产', '>=', '50', '公斤', 15),
  r(B, SUS, '工程设计使用年限', '>=', '15', '年', 10), r(B, SOC, '受益农户', '>=', '3200', '户', 5),
  r(S, SAT, '项目区农户满意度', '>=', '90', '%', 15),
];
const FIELD_GOAL = '2025年新建高标准农田2.5万亩，其中高效节水灌溉面积5000亩，工程验收合格率100%，项目区粮食亩均增产50公斤，受益农户3200户。';
const field = (fields: Record<string, unknown> = {}, indicators = FIELD) => pt({
  org: '区农业农村委员会', project_name: '高标准农田建设', budget_total_wan: 2400, budget_fiscal_wan: 2160, budget_other_wan: 240,
  budget_district_wan: 2000, budget_subsidy_towns_wan: 400,
  overview: '在石桥、龙岗等6个镇建设高标准农田，配套建设灌排、田间道路和农田防护设施。', goal: FIELD_GOAL, indicators, ...fields,
});

/** 村卫生室标准化建设 (区卫生健康委员会): 8 rows on 90; 360 = 24 × 15 万元. */
const CLINIC = [
  r(O, NUM, '村卫生室标准化改造', '>=', '24', '个', 15), r(O, NUM, '配置基本诊疗设备', '>=', '24', '套', 10),
  r(O, QUA, '改造工程验收合格率', '=', '100', '%', 10), r(O, TIM, '设备配置到位时间', Q, '2025年9月底前', null, 5),
  r(C, ECO, '单个村卫生室改造补助', '<=', '15', '万元/个', 10), r(B, SOC, '村卫生室服务覆盖人口', '>=', '4.8', '万人', 15),
  r(B, SUS, '村级医疗服务能力', Q, '持续提升', null, 10), r(S, SAT, '村民就医满意度', '>=', '90', '%', 15),
];
const CLINIC_GOAL = '完成24个村卫生室标准化改造，配置基本诊疗设备24套，改造工程验收合格率100%，2025年9月底前设备配置到位，服务覆盖人口4.8万人。';
const clinic = (fields: Record<string, unknown> = {}, indicators = CLINIC) => pt({
  org: '区卫生健康委员会', project_name: '村卫生室标准化建设', budget_total_wan: 360, budget_fiscal_wan: 360, budget_other_wan: 0,
  overview: '对全区24个村卫生室按标准化要求实施房屋改造并配置基本诊疗设备。', goal: CLINIC_GOAL, indicators, ...fields,
});

export const SET31_PROJECT_TARGET_CASES: FormCase[] = [
  // 高标准农田建设
  { id: 'S31-A01', sector: '高标准农田建设（干净）', form: field(), expect: [] },
  { id: 'S31-A02', sector: '高标准农田建设（目标3万亩，指标2.5万亩）', form: field({ goal: FIELD_GOAL.replace('2.5万亩', '3万亩') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S31-A03', sector: '高标准农田建设（目标25000亩，指标2.5万亩，安静）', form: field({ goal: FIELD_GOAL.replace('2.5万亩', '25000亩') }), expect: [] },
  { id: 'S31-A04', sector: '高标准农田建设（目标含新建机耕路12公里无指标）', form: field({ goal: `${FIELD_GOAL}新建机耕路12公里。` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S31-A05', sector: '高标准农田建设（合格率目标95%，指标100%）', form: field({ goal: FIELD_GOAL.replace('合格率100%', '合格率达到95%') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S31-A06', sector: '高标准农田建设（权重合计85）', form: field({}, patch(FIELD, { 6: { weight: 5 } })), expect: [F('weights', null, 'weight')] },
  // Relabelled after measuring: a lone project target on 100 points is a 百分制 template (set 8's S8-P21, set 25's P56): quiet.
  { id: 'S31-A07', sector: '高标准农田建设（权重合计100，百分制，安静）', form: field({}, patch(FIELD, { 8: { weight: 25 } })), expect: [] },
  {
    id: 'S31-A08', sector: '高标准农田建设（经济成本挂效益）', form: field({}, patch(FIELD, { 4: { level1: B } })),
    expect: [F('levels', 4, null), F('level_vs_name', 4, null, true)],
  },
  {
    id: 'S31-A09', sector: '高标准农田建设（无满意度指标）', expect: [F('coverage', null, null)],
    form: field({}, patch(FIELD, { 8: { level1: B, level2: SOC, name: '项目区受益人口', target: '1.1', unit: '万人' } })),
  },
  { id: 'S31-A10', sector: '高标准农田建设（财政2160+其他300≠2400）', form: field({ budget_other_wan: 300 }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S31-A11', sector: '高标准农田建设（区级1800+补助街镇500≠2400）', form: field({ budget_district_wan: 1800, budget_subsidy_towns_wan: 500 }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S31-A12', sector: '高标准农田建设（概况写村支书姓名手机）', expect: [F('private_data', null, 'overview')],
    form: field({ overview: '在石桥、龙岗等6个镇建设高标准农田，石桥村村支书王德贵（13883216654）负责协调施工用地。' }),
  },
  {
    id: 'S31-A13', sector: '高标准农田建设（概况写科室座机和项目编码，安静）', expect: [],
    form: field({ overview: '在石桥、龙岗等6个镇建设高标准农田（项目编码500108250031），咨询电话023-62981234（区农业农村委农田建设科）。' }),
  },
  {
    // Relabelled after measuring: set 12 reads 亩均财政投入 ≥…元/亩 as an allocation floor (policy sets a minimum input per 亩): quiet.
    id: 'S31-A14', sector: '高标准农田建设（亩均财政投入≥960元/亩，投入下限，安静）', expect: [],
    form: field({}, patch(FIELD, { 4: { comparator: '>=' } })),
  },
  // 村卫生室标准化建设
  { id: 'S31-B01', sector: '村卫生室标准化建设（干净）', form: clinic(), expect: [] },
  { id: 'S31-B02', sector: '村卫生室标准化建设（目标设备30套，指标24套）', form: clinic({ goal: CLINIC_GOAL.replace('24套', '30套') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S31-B03', sector: '村卫生室标准化建设（目标48000人，指标4.8万人，安静）', form: clinic({ goal: CLINIC_GOAL.replace('4.8万人', '48000人') }), expect: [] },
  { id: 'S31-B04', sector: '村卫生室标准化建设（满意度目标85%）', form: clinic({}, patch(CLINIC, { 7: { target: '85' } })), expect: [F('satisfaction', 7, null)] },
  {
    id: 'S31-B05', sector: '村卫生室标准化建设（满意度挂产出）', form: clinic({}, patch(CLINIC, { 7: { level1: O } })),
    expect: [F('levels', 7, null), F('level_vs_name', 7, null, true), F('coverage', null, null, true)],
  },
  {
    id: 'S31-B06', sector: '村卫生室标准化建设（指标说明写乡村医生姓名身份证号）', expect: [F('private_data', 0, null)],
    form: clinic({}, patch(CLINIC, { 0: { description: '张家湾村卫生室由乡村医生李春梅（身份证号500108197511083327）负责，改造期间临时租用民房执业。' } })),
  },
  {
    id: 'S31-B07', sector: '村卫生室标准化建设（一行权重0，合计仍90）', expect: [F('weights', 4, 'weight')],
    form: clinic({}, patch(CLINIC, { 4: { weight: 0 }, 6: { weight: 20 } })),
  },
  { id: 'S31-B08', sector: '村卫生室标准化建设（目标写2024年）', form: clinic({ goal: `2024年${CLINIC_GOAL}` }), expect: [F('goal_vs_indicators', null, 'goal')] },
];
