import { B, C, ECO, F, type FormCase, NUM, O, patch, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 41F (session 19), 项目支出绩效目标表 as a 中学 and a 镇卫生院 fill them: 校园安全技防设施建设 (实施期 three years,
 * 总体目标 beside 年度目标 in （1）（2） items, the county's template on 100 points; X) and 乡村医生补助 (one year, 8 rows on 90,
 * goal as one long sentence; V), 2021 tree. Written before reading any code under review/; readings in set-41-cases.ts.
 */

const HUNDRED = { weightTotals: { project_target: 100, department_target: 100, project_self_evaluation: 90, department_self_evaluation: 100 } };

/** 8 rows on 100 (the county's template); 36 = 上级补助 24 + 本级 12, both 财政资金. */
const GUARD = [
  r(O, NUM, '新增高清视频监控点位', '>=', '60', '个', 20), r(O, NUM, '一键报警装置安装', '=', '4', '套', 10),
  r(O, QUA, '技防设备验收合格率', '=', '100', '%', 10), r(O, TIM, '设备安装完成时间', Q, '2025年8月底前', null, 10),
  r(C, ECO, '项目成本控制', '<=', '36', '万元', 10), r(B, SOC, '校园安全责任事故', '=', '0', '起', 15),
  r(B, SUS, '技防设施使用年限', '>=', '5', '年', 10), r(S, SAT, '师生及家长满意度', '>=', '92', '%', 15),
];
const GUARD_MID = '总体目标：2025—2027年完成全校视频监控、一键报警、周界防范等技防设施建设，实现校园技防全覆盖。';
const GUARD_YEAR = '年度目标：（1）新增高清视频监控点位60个；（2）安装一键报警装置4套并与公安110联网；（3）2025年8月底前完成安装，验收合格率100%。';
const guard = (fields: Record<string, unknown> = {}, indicators = GUARD) => pt({
  org: '县第二中学校', department: '县教育委员会', project_name: '校园安全技防设施建设', budget_total_wan: 36, budget_fiscal_wan: 36,
  budget_other_wan: 0, overview: '项目实施期2025—2027年。资金来源：上级补助24万元，县本级12万元。对校门、围墙、教学楼、宿舍等重点部位建设技防设施。',
  basis: '《中小学幼儿园安全防范工作规范（试行）》。', goal: `${GUARD_MID}${GUARD_YEAR}`, indicators, ...fields,
});
const guardYear = (year: string) => `${GUARD_MID}${year}`;

/** 8 rows on 90; 21.6 = 18 人 × 1.2 万元 = 上级补助 14.4 + 本级 7.2. */
const DOCTOR = [
  r(O, NUM, '补助乡村医生', '=', '18', '人', 15), r(O, NUM, '覆盖村卫生室', '=', '12', '个', 10),
  r(O, QUA, '乡村医生考核合格率', '>=', '95', '%', 10), r(O, TIM, '补助资金发放时限', Q, '按季度发放', null, 5),
  r(C, ECO, '人均年补助标准', '=', '1.2', '万元/人', 10), r(B, SOC, '村卫生室基本公共卫生服务开展率', '>=', '95', '%', 15),
  r(B, SUS, '乡村医生队伍稳定性', Q, '保持稳定', null, 15), r(S, SAT, '乡村医生满意度', '>=', '90', '%', 10),
];
const DOCTOR_GOAL = '为全镇12个村卫生室的18名在岗乡村医生按每人每年1.2万元标准发放补助，乡村医生年度考核合格率不低于95%，'
  + '村卫生室基本公共卫生服务开展率达到95%以上，稳定乡村医生队伍。';
const doctor = (fields: Record<string, unknown> = {}, indicators = DOCTOR) => pt({
  org: '石桥镇卫生院', department: '县卫生健康委员会', project_name: '乡村医生补助', budget_total_wan: 21.6, budget_fiscal_wan: 14.4,
  budget_other_wan: 7.2, overview: '对在村卫生室执业并承担基本公共卫生服务的乡村医生按季度发放定额补助。',
  basis: '《关于进一步加强乡村医生队伍建设的实施意见》。', goal: DOCTOR_GOAL, indicators, ...fields,
});

export const SET41_SCHOOL_CLINIC_CASES: FormCase[] = [
  { id: 'S41-X01', sector: '校园技防（干净，模板100分，总体+年度目标）', policy: HUNDRED, form: guard(), expect: [] },
  { id: 'S41-X02', sector: '校园技防（模板100分，权重合计90）', policy: HUNDRED, form: guard({}, patch(GUARD, { 0: { weight: 10 } })), expect: [F('weights', null, 'weight')] },
  {
    id: 'S41-X03', sector: '校园技防（指标解释写学生姓名身份证号）', policy: HUNDRED, expect: [F('private_data', 5, null)],
    form: guard({}, patch(GUARD, { 5: { description: '2024年学生张雨涵（身份证号500231201005126528）放学途中受伤，经认定不属校园责任事故。' } })),
  },
  {
    id: 'S41-X04', sector: '校园技防（指标解释写学籍系统、学校标识码、校园电话，安静）', policy: HUNDRED, expect: [],
    form: guard({}, patch(GUARD, { 5: { description: '以全国中小学生学籍信息管理系统在籍学生为统计范围，学校标识码3150012345，校园电话023-74561234。' } })),
  },
  {
    id: 'S41-X05', sector: '校园技防（年度目标写应急疏散演练4次，无指标）', policy: HUNDRED, expect: [F('goal_vs_indicators', null, 'goal')],
    form: guard({ goal: guardYear(GUARD_YEAR.replace(/。$/, '；（4）开展应急疏散演练4次。')) }),
  },
  {
    id: 'S41-X06', sector: '校园技防（年度目标换说法：监控点位六十个，安静）', policy: HUNDRED, expect: [],
    form: guard({ goal: guardYear('年度目标：视频监控点位新增六十个，一键报警装置安装4套，8月底前全部完工并验收合格。') }),
  },
  {
    id: 'S41-X07', sector: '校园技防（总体目标写三年180个点位，安静）', policy: HUNDRED, expect: [],
    form: guard({ goal: `总体目标：2025—2027年累计建设高清视频监控点位180个、一键报警装置12套，实现校园技防全覆盖。${GUARD_YEAR}` }),
  },
  { id: 'S41-X08', sector: '校园技防（财政30+其他0≠36）', policy: HUNDRED, form: guard({ budget_fiscal_wan: 30 }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S41-X09', sector: '校园技防（概况写家长姓名手机）', policy: HUNDRED, expect: [F('private_data', null, 'overview')],
    form: guard({ overview: '项目实施期2025—2027年。设备验收邀请家长委员会代表陈志刚（13708231234）参加。' }),
  },
  {
    id: 'S41-X10', sector: '校园技防（无满意度指标）', policy: HUNDRED, expect: [F('coverage', null, null)],
    form: guard({}, [...patch(GUARD.slice(0, 7), { 5: { weight: 30 } })]),
  },
  {
    id: 'S41-X11', sector: '校园技防（概况写保卫处座机、公安110联动，安静）', policy: HUNDRED, expect: [],
    form: guard({ overview: '项目实施期2025—2027年。学校保卫处电话023-74561234，一键报警与公安110联动。' }),
  },
  {
    id: 'S41-X12', sector: '校园技防（概况写统一社会信用代码、20位项目编码，安静）', policy: HUNDRED, expect: [],
    form: guard({ overview: '项目实施期2025—2027年。学校统一社会信用代码12500231MB1234567X，项目编码50023125000000001234。' }),
  },
  { id: 'S41-V01', sector: '乡村医生补助（干净，长句目标）', form: doctor(), expect: [] },
  { id: 'S41-V02', sector: '乡村医生补助（目标写业务培训2期，无指标）', form: doctor({ goal: DOCTOR_GOAL.replace(/。$/, '，组织乡村医生业务培训2期。') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S41-V03', sector: '乡村医生补助（目标写20名，指标18人）', form: doctor({ goal: DOCTOR_GOAL.replace('18名', '20名') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S41-V04', sector: '乡村医生补助（指标解释写村医姓名身份证号）', expect: [F('private_data', 0, null)],
    form: doctor({}, patch(DOCTOR, { 0: { description: '补助对象：王德贵（身份证号512224196508123417）等18名在岗乡村医生。' } })),
  },
  {
    id: 'S41-V05', sector: '乡村医生补助（概况写院办座机、项目编码，安静）', expect: [],
    form: doctor({ overview: '对在岗乡村医生按季度发放定额补助。项目编码51150225Y000000123456，卫生院办公室电话0831-5123456。' }),
  },
  { id: 'S41-V06', sector: '乡村医生补助（上级14.4+本级7.2=21.6，安静）', form: doctor({ overview: '资金来源：上级补助14.4万元，镇本级7.2万元。' }), expect: [] },
  { id: 'S41-V07', sector: '乡村医生补助（财政14.4+其他6.2≠21.6）', form: doctor({ budget_other_wan: 6.2 }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S41-V08', sector: '乡村医生补助（一行权重0，合计仍90）', expect: [F('weights', 3, 'weight')],
    form: doctor({}, patch(DOCTOR, { 3: { weight: 0 }, 0: { weight: 20 } })),
  },
  {
    id: 'S41-V09', sector: '乡村医生补助（补助乡村医生/补助乡村医生人数两行重复）', expect: [F('names', 6, null)],
    form: doctor({}, patch(DOCTOR, { 6: { level1: O, level2: NUM, name: '补助乡村医生人数', comparator: '=', target: '18', unit: '人' } })),
  },
  {
    id: 'S41-V10', sector: '乡村医生补助（目标写“两不愁三保障”“一村一室一医”，安静）', expect: [],
    form: doctor({ goal: `落实“两不愁三保障”中基本医疗有保障要求，巩固“一村一室一医”成果。${DOCTOR_GOAL}` }),
  },
  {
    id: 'S41-V11', sector: '乡村医生补助（项目联系人院办座机，安静）', expect: [],
    form: doctor({ overview: '对在岗乡村医生按季度发放定额补助。项目联系人：院办公室李梅，联系电话：0831-5123456。' }),
  },
  {
    id: 'S41-V12', sector: '乡村医生补助（目标写60岁以下优先，安静）', expect: [],
    form: doctor({ goal: DOCTOR_GOAL.replace('稳定乡村医生队伍', '优先保障60岁以下在岗乡村医生，稳定乡村医生队伍') }),
  },
];
