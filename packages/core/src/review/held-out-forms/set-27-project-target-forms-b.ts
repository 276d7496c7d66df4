import { B, C, ECO, ENV, F, type FormCase, NUM, O, patch, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 27 (issue 3), 项目支出绩效目标表 as submitted for review, in 中小学校舍建设, 不动产登记, 安全生产执法 and
 * 矿山生态修复. Written before reading any code under review/; readings in set-27-cases.ts.
 */

/** 中小学校舍新建: 9 rows on 90. */
const SCH = [
  r(O, NUM, '新建教学楼', '=', '3', '栋', 10), r(O, NUM, '新增建筑面积', '>=', '2.4', '万平方米', 10),
  r(O, NUM, '新增学位', '>=', '1800', '个', 10), r(O, QUA, '工程竣工验收合格率', '=', '100', '%', 10),
  r(O, TIM, '交付使用时间', Q, '2025年8月底前', null, 5), r(C, ECO, '每平方米建安成本', '<=', '3500', '元', 5),
  r(B, SOC, '学位紧张状况', Q, '有效缓解', null, 15), r(B, SUS, '校舍设计使用年限', '>=', '50', '年', 10),
  r(S, SAT, '师生及家长满意度', '>=', '90', '%', 15),
];
const SCH_GOAL = '新建教学楼3栋、建筑面积2.4万平方米，新增学位1800个，2025年8月底前交付使用，工程竣工验收合格率100%。';
const sch = (fields: Record<string, unknown> = {}, indicators = SCH) => pt({
  org: '区教育委员会', project_name: '城区中小学校舍新建', budget_total_wan: 8400, budget_fiscal_wan: 6000, budget_other_wan: 2400,
  overview: '在茶园新区新建小学和初中教学楼，缓解城区学位紧张。', basis: '《区中小学布局规划（2021—2030年）》。', goal: SCH_GOAL, indicators, ...fields,
});

/** 不动产登记信息化: 8 rows on 90. */
const REG = [
  r(O, NUM, '完成历史档案数字化', '>=', '80', '万页', 10), r(O, NUM, '新增不动产登记便民服务点', '=', '12', '个', 10),
  r(O, QUA, '登记簿数据准确率', '>=', '99.5', '%', 10), r(O, TIM, '一般登记办结时限', '<=', '5', '个工作日', 10),
  r(C, ECO, '每页数字化成本', '<=', '0.5', '元', 5), r(B, SOC, '登记业务网上办理率', '>=', '85', '%', 15),
  r(B, SUS, '不动产登记信息共享', Q, '持续深化', null, 15), r(S, SAT, '办事群众满意度', '>=', '95', '%', 15),
];
const REG_GOAL = '完成不动产登记历史档案数字化80万页，新增便民服务点12个，一般登记5个工作日内办结，网上办理率达到85%以上。';
const reg = (fields: Record<string, unknown> = {}, indicators = REG) => pt({
  org: '区不动产登记中心', project_name: '不动产登记信息化建设', budget_total_wan: 420, budget_fiscal_wan: 420, budget_other_wan: 0,
  overview: '推进不动产登记历史档案数字化和“互联网+不动产登记”。', goal: REG_GOAL, indicators, ...fields,
});

/** 安全生产执法监管: 9 rows on 90. */
const SAFE = [
  r(O, NUM, '开展安全生产执法检查', '>=', '1200', '家次', 10), r(O, NUM, '开展安全生产培训', '>=', '3000', '人次', 10),
  r(O, QUA, '重大隐患整改率', '=', '100', '%', 10), r(O, TIM, '执法案件办结时限', '<=', '90', '天', 5),
  r(C, ECO, '人均培训成本', '<=', '200', '元', 5), r(B, SOC, '生产安全事故死亡人数', '<=', '3', '人', 15),
  r(B, SOC, '较大以上生产安全事故', '=', '0', '起', 10), r(B, SUS, '安全生产责任体系', Q, '持续完善', null, 10),
  r(S, SAT, '企业满意度', '>=', '90', '%', 15),
];
const SAFE_GOAL = '全年开展安全生产执法检查1200家次，培训企业主要负责人和安全管理人员3000人次，重大隐患整改率100%，生产安全事故死亡人数'
  + '控制在3人以内，不发生较大以上生产安全事故。';
const safe = (fields: Record<string, unknown> = {}, indicators = SAFE) => pt({
  org: '区应急管理局', project_name: '安全生产执法监管', budget_total_wan: 300, budget_fiscal_wan: 300, budget_other_wan: 0,
  overview: '开展安全生产执法检查、隐患排查治理和企业人员安全培训。', goal: SAFE_GOAL, indicators, ...fields,
});

/** 历史遗留废弃矿山生态修复: 9 rows on 90. */
const MINE = [
  r(O, NUM, '修复历史遗留废弃矿山', '=', '9', '个', 10), r(O, NUM, '完成生态修复面积', '>=', '860', '亩', 10),
  r(O, QUA, '修复工程验收合格率', '=', '100', '%', 10), r(O, TIM, '工程完工时间', Q, '2025年11月底前', null, 5),
  r(C, ECO, '亩均修复成本', '<=', '2.5', '万元', 5), r(B, ENV, '修复区植被覆盖率', '>=', '85', '%', 15),
  r(B, ENV, '新增林草面积', '>=', '600', '亩', 10), r(B, SUS, '修复成效管护期', '>=', '3', '年', 10),
  r(S, SAT, '周边群众满意度', '>=', '90', '%', 15),
];
const MINE_GOAL = '完成9个历史遗留废弃矿山生态修复，修复面积860亩，修复区植被覆盖率达到85%以上，新增林草面积600亩。';
const mine = (fields: Record<string, unknown> = {}, indicators = MINE) => pt({
  org: '区规划和自然资源局', project_name: '历史遗留废弃矿山生态修复', budget_total_wan: 2150, budget_fiscal_wan: 2150, budget_other_wan: 0,
  overview: '对历史遗留废弃矿山实施地形整治、土壤重构和植被恢复。', goal: MINE_GOAL, indicators, ...fields,
});

export const SET27_PROJECT_TARGET_CASES_B: FormCase[] = [
  // 中小学校舍建设
  { id: 'S27-P30', sector: '校舍建设（干净）', form: sch(), expect: [] },
  { id: 'S27-P31', sector: '校舍建设（目标3栋，指标2栋）', form: sch({}, patch(SCH, { 0: { target: '2' } })), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S27-P32', sector: '校舍建设（目标写总投资0.84亿元）', form: sch({ goal: `${SCH_GOAL}项目总投资0.84亿元，其中财政资金6000万元。` }), expect: [] },
  { id: 'S27-P33', sector: '校舍建设（财政6000+其他2000≠8400）', form: sch({ budget_other_wan: 2000 }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S27-P34', sector: '校舍建设（签字栏负责人、填报人、座机）', expect: [],
    form: sch({ basis: '《区中小学布局规划（2021—2030年）》，经区教委党委会审议通过。项目负责人：王建华（区教委副主任）；填报人：刘晓敏，联系电话：023-67881234。' }),
  },
  {
    id: 'S27-P35', sector: '校舍建设（立项依据写被征收人身份证号）', expect: [F('private_data', null, 'basis')],
    form: sch({ basis: '《区中小学布局规划（2021—2030年）》；用地涉及被征收人蒋光荣（身份证号：510212196803152518）的宅基地，已签订补偿协议。' }),
  },
  // 不动产登记
  { id: 'S27-P36', sector: '不动产登记（干净）', form: reg(), expect: [] },
  { id: 'S27-P37', sector: '不动产登记（目标抵押登记1个工作日无指标）', form: reg({ goal: `${REG_GOAL}抵押登记1个工作日内办结。` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S27-P38', sector: '不动产登记（概况写申请人手机）', expect: [F('private_data', null, 'overview')],
    form: reg({ overview: '针对申请人张伟（手机18725061234）等群众反映的“办证难”问题，推进“互联网+不动产登记”。' }),
  },
  {
    id: 'S27-P39', sector: '不动产登记（凭身份证、座机、事业单位信用代码）', expect: [],
    form: reg({ overview: '群众凭身份证原件和不动产权证书即可网上申请；咨询电话023-61234567；登记中心统一社会信用代码12500108MB1A23456X。' }),
  },
  { id: 'S27-P40', sector: '不动产登记（2024年度目标抄上年）', form: reg({ goal: `2024年度目标：${REG_GOAL}` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  // 安全生产执法
  { id: 'S27-P41', sector: '安全生产（干净）', form: safe(), expect: [] },
  { id: 'S27-P42', sector: '安全生产（目标1500家次，指标1200家次）', form: safe({ goal: SAFE_GOAL.replace('1200家次', '1500家次') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S27-P43', sector: '安全生产（概况写遇难者家属手机）', expect: [F('private_data', null, 'overview')],
    form: safe({ overview: '2024年某工贸企业发生一般事故后，对遇难者家属何秀兰（手机号159 2300 4567）开展慰问，并加强执法检查。' }),
  },
  {
    id: 'S27-P44', sector: '安全生产（目标为套话）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: safe({ goal: '认真贯彻落实安全生产工作部署，确保项目顺利实施，全面完成年度目标任务。' }),
  },
  // 矿山生态修复
  { id: 'S27-P45', sector: '矿山修复（干净）', form: mine(), expect: [] },
  { id: 'S27-P46', sector: '矿山修复（目标0.086万亩）', form: mine({ goal: MINE_GOAL.replace('修复面积860亩', '修复面积0.086万亩') }), expect: [] },
  {
    id: 'S27-P47', sector: '矿山修复（实施期目标与年度目标）', expect: [],
    form: mine({ goal: `实施期目标：2024—2026年累计修复废弃矿山25个、面积2400亩。年度目标：${MINE_GOAL}` }),
  },
  {
    id: 'S27-P48', sector: '矿山修复（2024年结转项目）', expect: [],
    form: mine({ goal: `本项目为2024年结转项目，2025年${MINE_GOAL}` }),
  },
  {
    id: 'S27-P49', sector: '矿山修复（无效益指标）', expect: [F('coverage', null, null)],
    form: mine({ goal: '完成9个历史遗留废弃矿山生态修复，修复面积860亩。' }, patch(MINE, {
      5: { level1: O, level2: QUA, name: '覆土厚度达标率', comparator: '>=', target: '95', unit: '%' },
      6: { level1: O, level2: NUM, name: '栽植苗木', comparator: '>=', target: '3', unit: '万株' },
      7: { level1: O, level2: TIM, name: '苗木栽植完成时间', comparator: Q, target: '2025年12月底前', unit: null },
    })),
  },
];
