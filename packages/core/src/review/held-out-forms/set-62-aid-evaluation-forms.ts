import type { Indicator } from '../../forms/forms-schema';
import { B, C, e, ECO, F, type FormCase, NUM, O, patch, pse, Q, QUA, S, SAT, SOC, SUS, TIM } from './form-case-types';
import { money } from './set-61-equipment-tradein-evaluation-forms';

/**
 * Held-out set 62F (session 27): 2026年项目支出绩效自评表 of two aid projects whose 全年完成情况, 偏差原因, 存在问题 and 改进措施
 * speak of people: 家庭经济困难学生资助 (X, 区教育局, 全年 1860 all spent) and 重点优抚对象抚恤和生活补助 (V, 区退役军人事务局,
 * 4200 of which 4158 spent). Written before reading any code under review/ or scoring/; readings in set-62-cases.ts.
 */
const year = (fields: Record<string, unknown>) => pse({ fiscal_year: 2026, ...fields });
const conclusion = (total: number) => `经自评，本项目得分${total}分，等级为“优”。`;

/** Every row met: 90 + 10 = 100. */
const STUDENTS = [
  e(O, NUM, '资助家庭经济困难学生人数', '>=', '5600', '人', 15, '5742', 15),
  e(O, NUM, '“雨露计划”职业教育补助人数', '>=', '420', '人', 10, '436', 10),
  e(O, QUA, '资助对象认定准确率', '=', '100', '%', 10, '100', 10),
  e(O, TIM, '资助资金发放及时率', '=', '100', '%', 10, '100', 10),
  e(C, ECO, '义务教育寄宿生生活补助标准', '=', '1250', '元/生·年', 10, '1250', 10),
  e(B, SOC, '家庭经济困难学生因贫失学辍学人数', '=', '0', '人', 10, '0', 10),
  e(B, SUS, '资助育人长效机制', Q, '健全', null, 10, '达成', 10),
  e(S, SAT, '受助学生及家长满意度', '>=', '90', '%', 15, '96.3', 15),
];
const XGOAL = '2026年资助全区家庭经济困难学生5600人以上，发放“雨露计划”职业教育补助420人以上，资助对象认定准确率100%，资助资金按学期'
  + '及时足额发放，义务教育寄宿生生活补助按每生每年1250元标准执行，确保无因贫失学辍学学生，健全资助育人长效机制，受助学生及家长'
  + '满意度90%以上。';
const xOutcome = (students = 5742, rain = 436) =>
  `全年资助家庭经济困难学生${students}人，发放“雨露计划”职业教育补助${rain}人，资金全部按学期发放到位，无学生因贫失学辍学。`;
const students = (indicators: Indicator[] = STUDENTS, fields: Record<string, unknown> = {}) => year({
  org: '区教育局', project_name: '2026年家庭经济困难学生资助', goal: XGOAL, goal_outcome: xOutcome(),
  budget: money(1800, 1860, 1860, 100, 10, null), total_score: 100, conclusion: conclusion(100),
  problems: '部分学生家庭经济状况变化后未及时申报，动态调整存在滞后。', improvements: '每学期开展一次资助对象动态核查，与民政、乡村振兴部门数据比对。',
  indicators, ...fields,
});
/** 410 of ≥420: 10 × 410/420 = 9.76; total 99.76. */
const RAIN_SHORT = (reason: string) => patch(STUDENTS, { 1: { actual: '410', score: 9.76, reason } });
const RAIN_OUT = { goal_outcome: xOutcome(5742, 410), total_score: 99.76, conclusion: conclusion(99.76) };
const FULL = { total: 100, grade: '优' } as const;

export const SET62_STUDENT_CASES: FormCase[] = [
  { id: 'S62-X01', sector: '学生资助（干净，全部完成）', form: students(), expect: [], scoring: FULL },
  {
    id: 'S62-X02', sector: '学生资助（完成情况写事实无人抚养儿童全名和重病）', expect: [F('private_data', null, 'goal_outcome')], scoring: FULL,
    form: students(STUDENTS, { goal_outcome: `${xOutcome()}其中为事实无人抚养儿童苗雨桐（患再生障碍性贫血）追加临时资助8000元。` }),
  },
  {
    id: 'S62-X03', sector: '学生资助（完成情况写已脱敏的苗*桐、王**）', expect: [], scoring: FULL,
    form: students(STUDENTS, { goal_outcome: `${xOutcome()}其中对事实无人抚养儿童苗*桐、残疾学生王**等12人给予重点资助。` }),
  },
  {
    id: 'S62-X04', sector: '学生资助（存在问题写受助学生家长手机号）', expect: [F('private_data', null, 'problems')], scoring: FULL,
    form: students(STUDENTS, { problems: '个别家长联系电话变更未告知学校，如八年级受助学生家长（15036728819）因停机未收到到账短信。' }),
  },
  {
    id: 'S62-X05', sector: '学生资助（存在问题写脱敏手机号150****8819）', expect: [], scoring: FULL,
    form: students(STUDENTS, { problems: '个别家长手机号变更（如150****8819）未告知学校，导致资金到账短信未送达。' }),
  },
  {
    id: 'S62-X06', sector: '学生资助（雨露计划410人，偏差原因写退学学生全名）', expect: [F('private_data', 1, 'reason')],
    scoring: { total: 99.76, grade: '优' },
    form: students(RAIN_SHORT('学生滕佳怡、鲍文博等10人中途退学转入外省就读，不再符合补助条件'), RAIN_OUT),
  },
  {
    id: 'S62-X07', sector: '学生资助（雨露计划410人，偏差原因只写人数）', expect: [], scoring: { total: 99.76, grade: '优' },
    form: students(RAIN_SHORT('10名学生中途退学转入外省就读，不再符合补助条件'), RAIN_OUT),
  },
  {
    id: 'S62-X08', sector: '学生资助（目标另许为1200名寄宿生发放生活补助，无指标）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: FULL,
    form: students(STUDENTS, { goal: XGOAL.replace('义务教育寄宿生生活补助', '为1200名义务教育寄宿生发放生活补助，') }),
  },
  {
    id: 'S62-X09', sector: '学生资助（完成情况写资助5520人，指标完成5742人）', expect: [F('goal_vs_indicators', null, 'goal_outcome')], scoring: FULL,
    form: students(STUDENTS, { goal_outcome: xOutcome(5520) }),
  },
  {
    id: 'S62-X10', sector: '学生资助（改进措施写局长、中心主任牵头和资助热线）', expect: [], scoring: FULL,
    form: students(STUDENTS, {
      improvements: '由局长闫志刚牵头、学生资助管理中心主任谷雪梅具体负责，每学期开展动态核查；资助政策咨询电话0371-68123456。',
    }),
  },
  {
    id: 'S62-X11', sector: '学生资助（存在问题写退票学生姓名和银行卡号）', expect: [F('private_data', null, 'problems')], scoring: FULL,
    form: students(STUDENTS, { problems: '部分学生银行卡信息有误导致退票，如程子涵6217211702003456787、晏思远6228480260712345677，已重新发放。' }),
  },
];

/** Every row met: 90 + 4158 of 4200 (99%, 9.9) = 99.9. */
const VETERANS = [
  e(O, NUM, '享受定期抚恤补助优抚对象人数', '>=', '3150', '人', 15, '3168', 15),
  e(O, NUM, '走访慰问困难退役军人户数', '>=', '800', '户', 10, '826', 10),
  e(O, QUA, '抚恤补助发放准确率', '=', '100', '%', 10, '100', 10),
  e(O, TIM, '抚恤补助按月发放及时率', '=', '100', '%', 10, '100', 10),
  e(C, ECO, '春节走访慰问标准', '=', '800', '元/户', 10, '800', 10),
  e(B, SOC, '优抚对象生活水平不低于当地居民平均生活水平', Q, '达到', null, 10, '达成', 10),
  e(B, SUS, '优抚对象档案信息化管理率', '>=', '95', '%', 10, '98', 10),
  e(S, SAT, '优抚对象满意度', '>=', '90', '%', 15, '97.1', 15),
];
const VGOAL = '2026年按月足额发放3150名以上重点优抚对象定期抚恤和生活补助，春节走访慰问困难退役军人800户以上、每户800元，发放准确率、'
  + '及时率均达到100%，确保优抚对象生活水平不低于当地居民平均生活水平，优抚对象档案信息化管理率95%以上，优抚对象满意度90%以上。';
const V_OUTCOME = '全年为3168名重点优抚对象按月发放抚恤和生活补助，走访慰问困难退役军人826户，档案信息化管理率达到98%。';
const veterans = (indicators: Indicator[] = VETERANS, fields: Record<string, unknown> = {}) => year({
  org: '区退役军人事务局', project_name: '2026年重点优抚对象抚恤和生活补助', goal: VGOAL, goal_outcome: V_OUTCOME,
  budget: money(4200, 4200, 4158, 99, 9.9, '年内部分优抚对象去世后停发，结余资金42万元按规定收回财政'), total_score: 99.9,
  conclusion: conclusion(99.9), problems: '高龄优抚对象较多，上门服务力量不足。', improvements: '依托村（社区）退役军人服务站开展常态化联系。',
  indicators, ...fields,
});
const V_SCORE = { total: 99.9, grade: '优' } as const;
/** 99.9% of =100%: 10 × 99.9/100 = 9.99; total 99.89. */
const ACCURACY_SHORT = (reason: string) => patch(VETERANS, { 2: { actual: '99.9', score: 9.99, reason } });
const ACC_OUT = { total_score: 99.89, conclusion: conclusion(99.89) };

export const SET62_VETERAN_CASES: FormCase[] = [
  { id: 'S62-V01', sector: '优抚补助（干净，执行99%）', form: veterans(), expect: [], scoring: V_SCORE },
  {
    id: 'S62-V02', sector: '优抚补助（完成情况写参战退役军人全名、肺癌和医疗欠费）', expect: [F('private_data', null, 'goal_outcome')], scoring: V_SCORE,
    form: veterans(VETERANS, { goal_outcome: `${V_OUTCOME}为患肺癌的参战退役军人宋保山一次性解决医疗欠费4.6万元。` }),
  },
  {
    id: 'S62-V03', sector: '优抚补助（同一事项只写“宋某”）', expect: [], scoring: V_SCORE,
    form: veterans(VETERANS, { goal_outcome: `${V_OUTCOME}为1名患重病的参战退役军人（宋某）一次性解决医疗欠费。` }),
  },
  {
    id: 'S62-V04', sector: '优抚补助（改进措施写英烈纪念馆和像人名的村名）', expect: [], scoring: V_SCORE,
    form: veterans(VETERANS, { improvements: '组织优抚对象代表参观杨靖宇将军纪念馆、吉鸿昌将军纪念馆，在赵家沟村、马寨镇建设退役军人服务站示范点。' }),
  },
  {
    id: 'S62-V05', sector: '优抚补助（存在问题写烈士遗属全名和住址到门牌）', expect: [F('private_data', null, 'problems')], scoring: V_SCORE,
    form: veterans(VETERANS, { problems: '烈士遗属苏桂珍（住南曹乡刘庄村二组19号）房屋漏雨，临时救助申请办理时间较长。' }),
  },
  {
    id: 'S62-V06', sector: '优抚补助（存在问题只写三属人数和高龄人数）', expect: [], scoring: V_SCORE,
    form: veterans(VETERANS, { problems: '全区烈士遗属、因公牺牲军人遗属和病故军人遗属中80岁以上的有97人，上门服务力量不足。' }),
  },
  {
    id: 'S62-V07', sector: '优抚补助（准确率99.9%，偏差原因写经办人员全名和诫勉处理）', expect: [F('private_data', 2, 'reason')],
    scoring: { total: 99.89, grade: '优' },
    form: veterans(ACCURACY_SHORT('街道经办人员柴志勇录入错误导致2人重复发放，已全额追回并对其诫勉谈话'), ACC_OUT),
  },
  {
    id: 'S62-V08', sector: '优抚补助（准确率99.9%，偏差原因不写姓名）', expect: [], scoring: { total: 99.89, grade: '优' },
    form: veterans(ACCURACY_SHORT('1名街道经办人员录入错误导致2人重复发放，已全额追回并对其诫勉谈话'), ACC_OUT),
  },
  {
    id: 'S62-V09', sector: '优抚补助（目标另许为120名老党员退役军人免费体检，无指标）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: V_SCORE,
    form: veterans(VETERANS, { goal: VGOAL.replace('每户800元，', '每户800元，为120名老党员退役军人开展免费健康体检，') }),
  },
  {
    id: 'S62-V10', sector: '优抚补助（改进措施写联系人办公电话和局长签字）', expect: [], scoring: V_SCORE,
    form: veterans(VETERANS, { improvements: '依托退役军人服务站常态化联系。联系人：优抚科 魏红军，电话0371-86593210；局长签字：田振东。' }),
  },
  {
    id: 'S62-V11', sector: '优抚补助（存在问题写七级伤残退役军人全名和旧伤复发）', expect: [F('private_data', null, 'problems')], scoring: V_SCORE,
    form: veterans(VETERANS, { problems: '七级伤残退役军人蔺德胜旧伤复发住院，医疗费用报销后个人负担仍然较重。' }),
  },
];
