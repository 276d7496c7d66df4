import { B, C, dse, e, ECO, ENV, F, type FormCase, KC, LZ, NUM, O, patch, pse, Q, QUA, s, S, SAT, SOC, SUS, SX, TIM } from './form-case-types';

/**
 * Held-out set 19 (issue 3), 项目支出 and 部门整体 绩效自评表 in the sectors of the set's targets (全民健身, 垃圾分类,
 * 托育, 学生资助, 人防, 应急广播, 社区矫正; 区体育局, 区司法局): goals held to rows at year end, personal data in
 * 目标完成情况 and 存在问题, shortfalls with and without reasons, qualitative bands, a late deadline, stated totals, and
 * a score sheet. Written before reading any code under review/ or scoring/; readings in set-19-cases.ts.
 */
const budget = (initial_wan: number, adjusted_wan: number, executed_wan: number, execution_rate: number, score: number, reason: string | null = null) =>
  ({ initial_wan, adjusted_wan, executed_wan, execution_rate, weight: 10, score, reason });
const GL = '管理效率';

/** 全民健身设施 at year end: every target met, 90 + 9.7. */
const FITE = [
  e(O, NUM, '新建智能健身驿站', '>=', '10', '个', 15, '10', 15), e(O, NUM, '新建社区健身路径', '>=', '40', '条', 10, '42', 10),
  e(O, QUA, '健身设施验收合格率', '=', '100', '%', 10, '100%', 10), e(O, TIM, '设施建成投用时间', Q, '2025年10月底前', null, 5, '2025年9月28日', 5),
  e(C, ECO, '每个健身驿站建设成本', '<=', '45', '万元', 10, '43.6', 10), e(B, SOC, '健身驿站年服务群众', '>=', '6', '万人次', 15, '6.8', 15),
  e(B, SUS, '健身设施管护机制', Q, '长效运行', null, 10, '达到预期', 10), e(S, SAT, '健身群众满意度', '>=', '92', '%', 15, '95.3%', 15),
];
const fite = (fields: Record<string, unknown> = {}, indicators = FITE) => pse({
  project_name: '全民健身设施建设', goal: '2025年新建智能健身驿站10个、社区健身路径40条，驿站全年服务群众6万人次以上。',
  goal_outcome: '全年新建智能健身驿站10个、社区健身路径42条，驿站服务群众6.8万人次。', budget: budget(600, 600, 582, 97, 9.7),
  total_score: 99.7, indicators, ...fields,
});

/** 生活垃圾分类 at year end: a count short and a cost over, both with reasons. 88.79 + 9.6. */
const WASTEE = [
  e(O, NUM, '生活垃圾分类收运量', '>=', '18', '万吨', 15, '17.1', 14.25, '部分街镇源头减量成效明显，收运量低于预期'),
  e(O, NUM, '新建垃圾分类投放点', '>=', '260', '个', 10, '268', 10), e(O, QUA, '生活垃圾无害化处理率', '=', '100', '%', 15, '100%', 15),
  e(O, TIM, '生活垃圾日产日清', Q, '每日清运', null, 5, '达成', 5),
  e(C, ECO, '每吨垃圾收运成本', '<=', '260', '元', 10, '272', 9.54, '燃油价格上涨，收运成本增加'),
  e(B, ENV, '生活垃圾回收利用率', '>=', '35', '%', 15, '36.2%', 15), e(S, SAT, '居民满意度', '>=', '90', '%', 20, '93%', 20),
];
const WASTEE_GOAL = '全年分类收运生活垃圾18万吨，新建分类投放点260个，无害化处理率100%，回收利用率35%以上。';
const wastee = (goal = WASTEE_GOAL) => pse({
  project_name: '生活垃圾分类收运处置', goal, budget: budget(4700, 4650, 4464, 96, 9.6), total_score: 98.39, indicators: WASTEE,
});

/** 普惠托育 at year end: two counts short, a qualitative row 部分达成. 83 + 9. */
const NURSE = [
  e(O, NUM, '新增普惠托位', '>=', '600', '个', 15, '540', 13.5, '2家托育机构装修延期，60个托位转入下年'),
  e(O, NUM, '每千人口拥有3岁以下婴幼儿托位数', '>=', '4.5', '个', 15, '4.2', 14, '新增托位未全部投用'),
  e(O, QUA, '托育机构备案率', '=', '100', '%', 10, '100%', 10), e(C, ECO, '每个托位建设补助', '<=', '1', '万元', 10, '1', 10),
  e(B, SOC, '婴幼儿家庭托育负担', Q, '有效减轻', null, 15, '部分达成', 10.5, '普惠托位供给仍不足'),
  e(B, SUS, '托育服务体系', Q, '持续完善', null, 10, '达成', 10), e(S, SAT, '家长满意度', '>=', '90', '%', 15, '94%', 15),
];
const nurse = (fields: Record<string, unknown> = {}, indicators = NURSE) => pse({
  project_name: '普惠托育服务体系建设', goal: '新增普惠托位600个，每千人口拥有3岁以下婴幼儿托位数达到4.5个。',
  budget: budget(800, 720, 648, 90, 9), total_score: 92, indicators, ...fields,
});

/** 家庭经济困难学生资助 at year end: every target met, 90 + 10. */
const AIDE = [
  e(O, NUM, '资助家庭经济困难学生', '>=', '4200', '人次', 15, '4316', 15), e(O, QUA, '资助对象认定准确率', '=', '100', '%', 15, '100%', 15),
  e(O, TIM, '资助资金发放及时率', '=', '100', '%', 10, '100%', 10), e(C, ECO, '普通高中国家助学金生均标准', '=', '2000', '元', 10, '2000', 10),
  e(B, SOC, '家庭经济困难学生因贫失学', '=', '0', '人', 15, '0', 15), e(B, SUS, '学生资助长效机制', Q, '持续健全', null, 10, '达成', 10),
  e(S, SAT, '受助学生及家长满意度', '>=', '95', '%', 15, '97.5%', 15),
];
const aide = (problems: string) => pse({
  project_name: '家庭经济困难学生资助', goal: '全年资助家庭经济困难学生4200人次，确保不让一个学生因家庭经济困难而失学。',
  budget: budget(840, 840, 840, 100, 10), total_score: 100, indicators: AIDE, problems,
  improvements: '加强资助政策宣传，公布学生资助咨询电话023-65318826，接受社会监督。',
});

/** 人防工程维护 on the 2020 framework: a cost over its ceiling with a reason. 89 + 9.8. */
const SHELTERE = [
  e(O, NUM, '人防工程维护面积', '>=', '12', '万平方米', 15, '12.3', 15), e(O, NUM, '防空警报器维护', '>=', '86', '台', 10, '86', 10),
  e(O, QUA, '警报器鸣响率', '>=', '98', '%', 10, '98.8%', 10), e(O, TIM, '维护任务完成时间', Q, '2025年11月底前', null, 5, '2025年11月15日', 5),
  e(O, '成本指标', '每平方米工程维护成本', '<=', '15', '元', 10, '16.5', 9, '部分工程渗漏严重，维护成本增加'),
  e(B, SOC, '城市防空防灾能力', Q, '稳步提升', null, 15, '达成', 15), e(B, '可持续影响指标', '人防工程平战结合利用', Q, '持续发挥', null, 10, '达成', 10),
  e(S, SAT, '市民满意度', '>=', '90', '%', 15, '92%', 15),
];

/** 农村应急广播 at year end: the system finished after its deadline, yet a full score. */
const RADIOE = [
  e(O, NUM, '新建应急广播终端', '>=', '1500', '个', 15, '1500', 15), e(O, NUM, '覆盖行政村', '>=', '86', '个', 10, '86', 10),
  e(O, QUA, '终端在线率', '>=', '95', '%', 10, '96.2%', 10), e(O, TIM, '系统建成时间', Q, '2025年9月底前', null, 5, '2025年11月20日', 5),
  e(C, ECO, '每个终端建设成本', '<=', '1800', '元', 10, '1760', 10), e(B, SOC, '预警信息覆盖农村人口', '>=', '28', '万人', 15, '28.4', 15),
  e(B, SUS, '终端运维机制', Q, '长效运行', null, 10, '达成', 10), e(S, SAT, '农村群众满意度', '>=', '90', '%', 15, '91%', 15),
];

/** 社区矫正 at year end: a ≤ rate met, a reason beside a met row. 90 + 9.4. */
const PAROLEE = [
  e(O, NUM, '在册社区矫正对象监管', '>=', '420', '人', 15, '436', 15), e(O, NUM, '开展集中教育学习', '>=', '48', '场次', 10, '52', 10),
  e(O, QUA, '矫正对象信息化核查率', '=', '100', '%', 10, '100%', 10), e(O, TIM, '入矫报到衔接时间', '<=', '10', '日', 5, '7', 5),
  e(C, ECO, '每人年均监管教育成本', '<=', '2500', '元', 10, '2380', 10), e(B, SOC, '社区矫正对象再犯罪率', '<=', '0.2', '%', 15, '0.15%', 15, '按计划完成'),
  e(B, SUS, '矫正工作规范化水平', Q, '持续提升', null, 10, '达成', 10), e(S, SAT, '矫正对象及家属满意度', '>=', '90', '%', 15, '93%', 15),
];

/** 区体育局 部门整体自评 with targets on the four-branch tree: 99.64. */
const SPORTE = [
  e(LZ, '重点工作', '举办全民健身赛事活动', '>=', '50', '场次', 20, '56', 20), e(LZ, '重点工作', '新建社会足球场地', '>=', '8', '块', 10, '8', 10),
  e(LZ, '重点工作', '国民体质监测达标率', '>=', '92', '%', 15, '93.1%', 15), e(GL, '预算管理', '预算执行率', '>=', '95', '%', 10, '96.4%', 10),
  e(GL, '资产管理', '体育场馆资产账实相符率', '=', '100', '%', 5, '100%', 5),
  e(SX, '社会效益', '经常参加体育锻炼人口比例', '>=', '42', '%', 15, '41%', 14.64, '老年人群参与率提升较慢'),
  e(SX, '服务对象满意度', '健身群众满意度', '>=', '90', '%', 15, '93%', 15), e(KC, '长效机制', '全民健身公共服务体系', Q, '持续完善', null, 10, '达成', 10),
];
const SPORTE_GOAL = '年度重点工作：1.举办全民健身赛事活动50场次；2.新建社会足球场地8块；3.国民体质监测达标率92%以上；4.经常参加体育锻炼人口比例达到42%。';
const sporte = (goal = SPORTE_GOAL) => dse({ org: '区体育局', goal, total_score: 99.64, indicators: SPORTE });

/** 区司法局 部门整体自评 score sheet (no targets), 100 points: 95.7. */
const LAWS = [
  s('投入', '预算编制', '预算编制科学性', 8, 7), s('投入', '目标设定', '绩效目标合理性', 6, 6), s('过程', '预算执行', '预算执行率', 10, 9.2),
  s('过程', '资产管理', '资产管理规范性', 6, 6), s('过程', '财务管理', '资金使用合规性', 10, 10), s('产出', '产出数量', '重点工作完成率', 20, 19),
  s('产出', '产出质量', '人民调解成功率', 10, 10), s('效益', '社会效益', '矛盾纠纷化解成效', 15, 14), s('效益', '满意度', '群众满意度', 15, 14.5),
];
const laws = (fields: Record<string, unknown> = {}, indicators = LAWS) => dse({
  org: '区司法局', goal: '全年调解矛盾纠纷6500件，开展普法宣传活动200场次，公证事项5个工作日内办结。', total_score: 95.7, indicators, ...fields,
});

export const SET19_PROJECT_SELF_EVALUATION_CASES: FormCase[] = [
  { id: 'S19-E01', sector: '全民健身自评（全部达成）', form: fite(), expect: [], scoring: { total: 99.7, grade: '优' } },
  {
    id: 'S19-E02', sector: '全民健身自评（完成情况写驿站管理员姓名手机）', expect: [F('private_data', null, 'goal_outcome')], scoring: { total: 99.7, grade: '优' },
    form: fite({ goal_outcome: '全年新建驿站10个、路径42条，驿站管理员汤建华（电话13983326611）负责日常开放。' }),
  },
  {
    id: 'S19-E03', sector: '全民健身自评（路径36条得9分无原因）', expect: [F('self_evaluation', 1, null)], scoring: { total: 98.7, grade: '优' },
    form: fite({ total_score: 98.7 }, patch(FITE, { 1: { actual: '36', score: 9 } })),
  },
  { id: 'S19-E04', sector: '垃圾分类自评（收运量不足、成本超支有原因）', form: wastee(), expect: [], scoring: { total: 98.39, grade: '优' } },
  {
    id: 'S19-E05', sector: '垃圾分类自评（目标写厨余日处理200吨无指标）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 98.39, grade: '优' },
    form: wastee(`${WASTEE_GOAL}厨余垃圾日处理能力达到200吨。`),
  },
  { id: 'S19-E06', sector: '托育自评（托位不足、定性部分达成10.5）', form: nurse(), expect: [], scoring: { total: 92, grade: '优' } },
  {
    id: 'S19-E07', sector: '托育自评（部分达成却得14分）', expect: [F('self_evaluation', 4, null), F('self_evaluation', null, null, true)],
    form: nurse({ total_score: 95.5 }, patch(NURSE, { 4: { score: 14 } })),
  },
  { id: 'S19-E08', sector: '托育自评（总分写93，应为92）', form: nurse({ total_score: 93 }), expect: [F('self_evaluation', null, null)], scoring: { total: 92, grade: '优' } },
  { id: 'S19-E09', sector: '学生资助自评（问题写“个别学生”）', form: aide('个别学生家庭经济状况变化后未及时动态调整资助档次。'), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S19-E10', sector: '学生资助自评（问题写学生姓名）', expect: [F('private_data', null, 'problems')], scoring: { total: 100, grade: '优' },
    form: aide('高三学生蒋雨桐家庭经济状况变化后未及时调整资助档次，已补发差额。'),
  },
  {
    id: 'S19-E11', sector: '人防自评（2020框架，成本超标有原因）', policy: { framework: '2020' }, expect: [], scoring: { total: 98.8, grade: '优' },
    form: pse({
      project_name: '人防工程及警报设施维护', goal: '维护人防工程12万平方米，维护防空警报器86台，警报器鸣响率98%以上。',
      budget: budget(350, 350, 343, 98, 9.8), total_score: 98.8, indicators: SHELTERE,
    }),
  },
  {
    id: 'S19-E12', sector: '应急广播自评（11月20日建成仍得满分）', expect: [F('self_evaluation', 3, null)],
    form: pse({
      project_name: '农村应急广播体系建设', goal: '在86个行政村新建应急广播终端1500个，终端在线率95%以上，预警信息覆盖农村人口28万人。',
      budget: budget(270, 270, 264.6, 98, 9.8), total_score: 99.8, indicators: RADIOE,
    }),
  },
  {
    id: 'S19-E13', sector: '社区矫正自评（已达成行写偏差原因）', expect: [], scoring: { total: 99.4, grade: '优' },
    form: pse({
      project_name: '社区矫正监督管理', goal: '依法对全区420名社区矫正对象实施监督管理，开展集中教育学习48场次，再犯罪率控制在0.2%以内。',
      budget: budget(105, 105, 98.7, 94, 9.4), total_score: 99.4, indicators: PAROLEE,
    }),
  },
];

export const SET19_DEPARTMENT_SELF_EVALUATION_CASES: FormCase[] = [
  { id: 'S19-G01', sector: '体育局整体自评（有目标值，体育锻炼比例41%）', form: sporte(), expect: [], scoring: { total: 99.64, grade: '优' } },
  {
    id: 'S19-G02', sector: '体育局整体自评（目标第5项承办比赛3项无指标）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 99.64, grade: '优' },
    form: sporte(`${SPORTE_GOAL}5.承办市级以上体育比赛3项。`),
  },
  { id: 'S19-G03', sector: '司法局整体自评（评分表，目标不对行）', form: laws(), expect: [], scoring: { total: 95.7, grade: '优' } },
  { id: 'S19-G04', sector: '司法局整体自评（总分写97.7）', form: laws({ total_score: 97.7 }), expect: [F('self_evaluation', null, null)], scoring: { total: 95.7, grade: '优' } },
  {
    id: 'S19-G05', sector: '司法局整体自评（资产管理6分得7分）', expect: [F('self_evaluation', 3, null), F('self_evaluation', null, null, true)],
    form: laws({ total_score: 96.7 }, patch(LAWS, { 3: { score: 7 } })),
  },
];
