import { dt, F, type FormCase, funds, KC, LZ, NUM, Q, QUA, r, SAT, SOC, split, SUS, SX, TIM } from './form-case-types';

/**
 * Held-out set 40F (session 19), 部门整体绩效目标表: 市人民防空办公室 on the 部门整体 tree (履职效能 / 管理效率 / 社会效应 /
 * 可持续发展), 100 points with 部门预算执行率 10 under 管理效率. Written before reading any code under review/; readings in
 * set-40-cases.ts.
 */
const ME = '管理效率';

const CD = [
  r(LZ, NUM, '新建人防工程面积', '>=', '3.5', '万平方米', 15), r(LZ, NUM, '人防警报器维护', '>=', '86', '台', 10),
  r(LZ, QUA, '人防警报试鸣音响覆盖率', '>=', '95', '%', 10), r(LZ, TIM, '人防工程竣工验收备案办结时限', '<=', '5', '个工作日', 10),
  r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10), r(SX, SOC, '人均人防工程面积', '>=', '1.2', '平方米', 15),
  r(SX, SAT, '市民对人防工作满意度', '>=', '90', '%', 15), r(KC, SUS, '人防工程平战结合利用机制', Q, '持续完善', null, 15),
];
const CD_GOAL = '新建人防工程3.5万平方米，维护人防警报器86台，人防警报试鸣音响覆盖率达到95%，人均人防工程面积达到1.2平方米。';
const task = (name: string, content: string, budget_wan: number | null) => ({ name, content, budget_wan });
const CD_TASKS = [
  task('人防工程建设', '新建人防工程3.5万平方米，开展人防工程质量监督检查。', 1200),
  task('人防通信警报', '维护人防警报器86台，组织“9·18”防空警报试鸣。', 260),
  task('人防宣传教育', '开展人防知识进社区、进学校宣传。', 80),
];
const measures = (text: string) => [{ title: '资金监管', text }];
const CD_MEASURES = measures('严格执行人防工程易地建设费征收使用管理规定，按季度开展绩效运行监控。');
const defence = (fields: Record<string, unknown> = {}, indicators = CD) => dt({
  org: '市人民防空办公室', budget_total_wan: 4200, fund_sources: funds(3900, null, 300), structure: split(2660, 1540),
  goal: CD_GOAL, tasks: CD_TASKS, measures: CD_MEASURES, indicators, ...fields,
});
const withTask = (i: number, content: string) => CD_TASKS.map((t, j) => (j === i ? { ...t, content } : t));

export const SET40_CIVIL_DEFENCE_CASES: FormCase[] = [
  { id: 'S40-A01', sector: '人防办整体目标（干净）', form: defence(), expect: [] },
  {
    id: 'S40-A02', sector: '人防办（主要任务写宣传活动40场次，无指标）', expect: [F('goal_vs_indicators', null, null)],
    form: defence({ tasks: withTask(2, '开展人防知识进社区、进学校宣传活动40场次。') }),
  },
  {
    id: 'S40-A03', sector: '人防办（目标写35000平方米、人防法第二十二条，安静）', expect: [],
    form: defence({ goal: CD_GOAL.replace('3.5万平方米', '35000平方米').replace(/。$/, '，落实《中华人民共和国人民防空法》第二十二条规定。') }),
  },
  { id: 'S40-A04', sector: '人防办（目标覆盖率96%，指标95%）', form: defence({ goal: CD_GOAL.replace('95%', '96%') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S40-A05', sector: '人防办（基本支出2660+项目支出1440≠4200）', form: defence({ structure: split(2660, 1440) }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S40-A06', sector: '人防办（其他资金空白，财政拨款3900<4200，安静）', form: defence({ fund_sources: funds(3900, null, null) }), expect: [] },
  { id: 'S40-A07', sector: '人防办（无部门预算执行率行，合计90）', form: defence({}, [...CD.slice(0, 4), ...CD.slice(5)]), expect: [F('weights', null, 'weight')] },
  {
    id: 'S40-A08', sector: '人防办（无效益指标：社会效益与可持续行删去）',
    // The 人均人防工程面积 row goes with the 效益 rows, so the goal's 1.2平方米 is no longer carried (set 25 P51).
    expect: [F('coverage', null, null), F('goal_vs_indicators', null, 'goal')],
    form: defence({}, [{ ...CD[0]!, weight: 20 }, { ...CD[1]!, weight: 15 }, { ...CD[2]!, weight: 15 }, CD[3]!, CD[4]!, { ...CD[6]!, weight: 30 }]),
  },
  {
    id: 'S40-A09', sector: '人防办（保障措施写质监员姓名身份证号）', expect: [F('private_data', null, 'measures[0].text')],
    form: defence({ measures: measures('人防工程质量监督由工程科质监员刘建华（身份证号500103198207154418）负责。') }),
  },
  {
    id: 'S40-A10', sector: '人防办（主要任务写补助户户主银行卡号）', expect: [F('private_data', null, 'tasks[0].content')],
    form: defence({ tasks: withTask(0, '新建人防工程3.5万平方米；早期人防工程治理补助直接打入户主赵德明6217 0031 2000 1234 567账户。') }),
  },
  {
    id: 'S40-A11', sector: '人防办（非税专户账号、企业信用代码，安静）', expect: [],
    form: defence({
      tasks: withTask(0, '新建人防工程3.5万平方米；易地建设费缴入市财政非税收入专户（账号50001083600050212345），缴款单位统一社会信用代码91500000MA5U123456。'),
    }),
  },
  {
    id: 'S40-A12', sector: '人防办（警报器分城区60台、郊县26台两行，安静）', expect: [],
    form: defence({}, [CD[0]!, r(LZ, NUM, '人防警报器维护（城区）', '>=', '60', '台', 5), r(LZ, NUM, '人防警报器维护（郊县）', '>=', '26', '台', 5), ...CD.slice(2)]),
  },
  {
    id: 'S40-A13', sector: '人防办（一项任务未列预算，目标写安排资金1200万元，安静）', expect: [],
    form: defence({
      goal: `安排人防工程建设资金1200万元，${CD_GOAL}`,
      tasks: CD_TASKS.map((t, j) => (j === 2 ? { ...t, budget_wan: null } : t)),
    }),
  },
  // Added after reading check-private-data.ts, to hold the account number labelled after it.
  {
    id: 'S40-A14', sector: '人防办（补助拨付至镇财政所账户，由其兑付到户，安静）', expect: [],
    form: defence({ tasks: withTask(0, '新建人防工程3.5万平方米；早期人防工程治理补助拨付至镇财政所50001083600050212345账户，由其兑付到户。') }),
  },
  {
    id: 'S40-A15', sector: '人防办（主要任务写补助转入申请人本人银行卡号）', expect: [F('private_data', null, 'tasks[0].content')],
    form: defence({ tasks: withTask(0, '新建人防工程3.5万平方米；早期人防工程治理补助转入申请人本人6228 4804 0256 4890 017银行卡。') }),
  },
];
