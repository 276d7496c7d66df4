import type { Indicator } from '../../forms/forms-schema';
import { F, type FormCase, funds, Q, split } from './form-case-types';
import { BEN, d, EFF, GOALR, OUT, SATL, TASK, type Task, unitForms } from './set-55-tree';

/**
 * Held-out set 60F (session 26), 2026年部门整体支出绩效目标表 on seed 004's tree (set-55-tree.ts: 年度主要任务 each with a
 * 重点工作任务完成 row, quantities under 履职目标实现, no 分值): 区社会福利院 (B, 1980 = 政府1680 + 单位300 = 基本1120 + 项目860)
 * and 区社会保险事务中心 (S, 1460 all 政府 = 基本980 + 项目480). Written before reading any code under review/; readings in
 * set-60-cases.ts.
 */
const B_TASKS: Task[] = [
  { name: '集中供养特困人员', content: '集中供养城乡特困人员260名，提供生活照料、医疗护理和精神慰藉服务。', budget_wan: 420 },
  { name: '孤残儿童养育', content: '养育孤儿和事实无人抚养儿童45名，开展康复训练和特殊教育。', budget_wan: 260 },
  { name: '护理员培训', content: '开展养老护理员、育婴员技能培训，培训300人次。', budget_wan: 60 },
  { name: '院舍适老化改造', content: '完成2栋住养楼适老化改造，改造床位120张。', budget_wan: 120 },
];
const B_GOAL = '2026年，区社会福利院集中供养城乡特困人员260名，养育孤残儿童45名，完成2栋住养楼120张床位适老化改造，开展护理员技能培训'
  + '300人次，院内安全责任事故为零，供养对象满意度达到92%以上。';
const W = unitForms({
  org: '区社会福利院', department: '区民政局', budget_total_wan: 1980, fund_sources: funds(1680, null, 300), structure: split(1120, 860),
  goal: B_GOAL,
}, B_TASKS, [
  d(OUT, TASK, '集中供养任务完成率', '=', '100', '%', B_TASKS[0]!.content),
  d(OUT, TASK, '孤残儿童养育任务完成率', '=', '100', '%', B_TASKS[1]!.content),
  d(OUT, TASK, '护理员培训任务完成率', '>=', '95', '%', B_TASKS[2]!.content),
  d(OUT, TASK, '适老化改造任务完成率', '=', '100', '%', B_TASKS[3]!.content),
  d(OUT, GOALR, '集中供养特困人员', '>=', '260', '名', '在院集中供养的城乡特困人员年末人数。'),
  d(OUT, GOALR, '养育孤残儿童', '=', '45', '名', '在院养育的孤儿和事实无人抚养儿童人数。'),
  d(OUT, GOALR, '护理员技能培训', '>=', '300', '人次', '养老护理员、育婴员参加技能培训的人次。'),
  d(OUT, GOALR, '适老化改造床位', '>=', '120', '张', '住养楼完成适老化改造的床位数。'),
  d(OUT, GOALR, '适老化改造住养楼', '=', '2', '栋', '完成适老化改造的住养楼栋数。'),
  d(EFF, BEN, '院内安全责任事故', '=', '0', '起', '因管理原因发生的火灾、食物中毒、走失等安全责任事故。'),
  d(EFF, BEN, '供养对象生活质量', Q, '明显改善', null, '供养对象生活照料、医疗护理和精神慰藉服务水平。'),
  d(EFF, SATL, '供养对象满意度', '>=', '92', '%', '以问卷调查方式测评的在院供养对象及其监护人满意程度。'),
]);
const CLINIC: Task = { name: '院内医务室运行', content: '保障院内医务室日常运行，为供养对象提供基本医疗和康复服务。', budget_wan: 80 };
const withClinic = [...W.withTask(0, { budget_wan: 340 }), CLINIC];
const B_BASIC = (budget_wan: number): Task => ({ name: '机构运行保障', content: '保障在编职工86人工资福利和院舍水电、食堂等日常运转。', budget_wan });
const without = (rows: readonly Indicator[], drop: readonly number[]) => rows.filter((_, i) => !drop.includes(i));

export const SET60_WELFARE_CASES: FormCase[] = [
  { id: 'S60-B01', sector: '社会福利院整体目标（干净）', form: W.form(), expect: [] },
  {
    id: 'S60-B02', sector: '社会福利院（任务写培训400人次，指标和目标300）', expect: [F('goal_vs_indicators')],
    form: W.form({ tasks: W.withTask(2, { content: '开展养老护理员、育婴员技能培训，培训400人次。' }) }),
  },
  {
    id: 'S60-B03', sector: '社会福利院（新增医务室运行任务80万元，无完成率行也无其他指标）', expect: [F('goal_vs_indicators')],
    form: W.form({ tasks: withClinic }),
  },
  {
    id: 'S60-B04', sector: '社会福利院（新增医务室任务，以履职效益行基本医疗服务保障体现，安静）', expect: [],
    form: W.form({ tasks: withClinic }, [...W.rows, d(EFF, BEN, '供养对象基本医疗服务保障', Q, '及时有效', null, '院内医务室为供养对象提供基本医疗和康复服务情况。')]),
  },
  {
    id: 'S60-B05', sector: '社会福利院（任务写每人每年体检1次，指标体检260人次，安静）', expect: [],
    form: W.form(
      { tasks: W.withTask(0, { content: '集中供养城乡特困人员260名，提供生活照料、医疗护理和精神慰藉服务，每人每年免费健康体检1次。' }) },
      [...W.rows, d(OUT, GOALR, '供养对象健康体检', '>=', '260', '人次', '为在院供养对象组织免费健康体检的人次。')],
    ),
  },
  {
    id: 'S60-B06', sector: '社会福利院（任务写民政部令第55号、区民政发〔2026〕5号和9月30日前，安静）', expect: [],
    form: W.form({
      tasks: W.withTask(3, {
        content: '依据《特困人员供养服务设施（敬老院）管理办法》（民政部令第55号）和区民政发〔2026〕5号文件，于2026年9月30日前完成2栋住养楼适老化改造，改造床位120张。',
      }),
    }),
  },
  {
    id: 'S60-B07', sector: '社会福利院（无效益指标：删去履职效益两行，满意度列为一级）',
    expect: [F('coverage', null, 'indicators'), F('goal_vs_indicators', null, 'goal', true)],
    form: W.form({}, [...without(W.rows, [20, 21, 22]), d('满意度指标', '服务对象满意度指标', '供养对象满意度', '>=', '92', '%', '问卷测评。')]),
  },
  {
    id: 'S60-B08', sector: '社会福利院（任务写培训不少于300人次，指标≥300，安静）', expect: [],
    form: W.form({ tasks: W.withTask(2, { content: '开展养老护理员、育婴员技能培训，全年培训不少于300人次。' }) }),
  },
  {
    id: 'S60-B09', sector: '社会福利院（任务表含机构运行1220，合计2080超过总额1980）', expect: [F('budget_arithmetic')],
    form: W.form({ tasks: [B_BASIC(1220), ...B_TASKS] }),
  },
  {
    id: 'S60-B10', sector: '社会福利院（任务表含机构运行1120（在编职工86人），合计等于总额，安静）', expect: [],
    form: W.form({ tasks: [B_BASIC(1120), ...B_TASKS] }),
  },
  {
    id: 'S60-B11', sector: '社会福利院（目标写孤残儿童50名，指标45名）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: W.form({ goal: B_GOAL.replace('养育孤残儿童45名', '养育孤残儿童50名') }),
  },
  {
    id: 'S60-B12', sector: '社会福利院（目标加一句兜底民生、标准化规范化建设，无数字，安静）', expect: [],
    form: W.form({ goal: `${B_GOAL}切实兜住兜准兜牢民生底线，持续推进院舍服务标准化、规范化建设，不断提升供养服务质量。` }),
  },
];

const S_TASKS: Task[] = [
  { name: '社保待遇资格认证', content: '开展领取养老保险待遇人员资格认证，认证12.6万人。', budget_wan: 90 },
  { name: '社保基金稽核', content: '开展社会保险基金稽核，稽核参保单位800户，追回违规领取的待遇资金。', budget_wan: 120 },
  { name: '经办服务能力提升', content: '建设“15分钟社保服务圈”，新建镇村社保服务点30个。', budget_wan: 180 },
  { name: '社保政策宣传', content: '开展社保政策进企业、进社区宣传活动60场。', budget_wan: 90 },
];
const S_SATISFIED = '参保群众满意度达到90%以上。';
const S_GOAL = `2026年，完成养老保险待遇领取资格认证12.6万人，稽核参保单位800户，新建社保服务点30个，开展政策宣传60场，待遇按时足额发放率100%，${S_SATISFIED}`;
const I = unitForms({
  org: '区社会保险事务中心', department: '区人力资源和社会保障局', budget_total_wan: 1460, fund_sources: funds(1460, null, null),
  structure: split(980, 480), goal: S_GOAL,
}, S_TASKS, [
  d(OUT, TASK, '待遇资格认证任务完成率', '=', '100', '%', S_TASKS[0]!.content),
  d(OUT, TASK, '基金稽核任务完成率', '=', '100', '%', S_TASKS[1]!.content),
  d(OUT, TASK, '经办服务能力提升任务完成率', '>=', '95', '%', S_TASKS[2]!.content),
  d(OUT, TASK, '政策宣传任务完成率', '=', '100', '%', S_TASKS[3]!.content),
  d(OUT, GOALR, '待遇领取资格认证人数', '>=', '12.6', '万人', '全年完成养老保险待遇领取资格认证的人数。'),
  d(OUT, GOALR, '稽核参保单位', '>=', '800', '户', '全年实地或书面稽核的参保单位户数。'),
  d(OUT, GOALR, '新建社保服务点', '>=', '30', '个', '在镇（街道）、村（社区）新建的社保经办服务点个数。'),
  d(OUT, GOALR, '政策宣传活动', '>=', '60', '场', '社保政策进企业、进社区宣传活动场次。'),
  d(OUT, GOALR, '待遇按时足额发放率', '=', '100', '%', '按时足额发放的待遇人次/应发放待遇人次×100%。'),
  d(EFF, BEN, '社保基金安全', Q, '无重大风险', null, '社会保险基金未发生重大违规支付和重大案件。'),
  d(EFF, BEN, '社保经办便民程度', Q, '明显提升', null, '参保群众就近办理社保业务的便利程度。'),
  d(EFF, SATL, '参保群众满意度', '>=', '90', '%', '以第三方调查方式测评的参保群众满意程度。'),
]);
const CARD: Task = { name: '社保卡应用推广', content: '推进社保卡居民服务“一卡通”应用，新增发放第三代社保卡5万张。', budget_wan: 60 };
const withCard = [...I.withTask(2, { budget_wan: 120 }), CARD];
const WINDOW: Task = { name: '窗口服务提质', content: '推行综合柜员制，优化经办窗口服务流程。', budget_wan: 40 };
const S_BASIC = (budget_wan: number): Task => ({ name: '机构运行保障', content: '保障单位人员工资福利和经办大厅日常运转。', budget_wan });

export const SET60_INSURANCE_CASES: FormCase[] = [
  { id: 'S60-S01', sector: '社保事务中心整体目标（干净）', form: I.form(), expect: [] },
  {
    id: 'S60-S02', sector: '社保事务中心（目标写稽核参保单位1000户，指标800户）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: I.form({ goal: S_GOAL.replace('稽核参保单位800户', '稽核参保单位1000户') }),
  },
  {
    id: 'S60-S03', sector: '社保事务中心（新增社保卡任务写发卡5万张，无指标）', expect: [F('goal_vs_indicators')],
    form: I.form({ tasks: withCard }),
  },
  {
    id: 'S60-S04', sector: '社保事务中心（新增社保卡任务，有新增发卡5万张一行，安静）', expect: [],
    form: I.form({ tasks: withCard }, [...I.rows, d(OUT, GOALR, '新增发放第三代社保卡', '>=', '5', '万张', '全年新增发放的第三代社保卡张数。')]),
  },
  {
    id: 'S60-S05', sector: '社保事务中心（新增窗口服务提质任务40万元，以窗口服务满意度一行体现，安静）', expect: [],
    form: I.form(
      { tasks: [...I.withTask(2, { budget_wan: 140 }), WINDOW] },
      [...I.rows, d(EFF, SATL, '经办窗口服务满意度', '>=', '95', '%', '办事群众对经办窗口服务的评价。')],
    ),
  },
  {
    id: 'S60-S06', sector: '社保事务中心（任务写追回违规领取待遇资金不少于150万元，无指标）', expect: [F('goal_vs_indicators')],
    form: I.form({ tasks: I.withTask(1, { content: '开展社会保险基金稽核，稽核参保单位800户，追回违规领取的待遇资金不少于150万元。' }) }),
  },
  {
    id: 'S60-S07', sector: '社保事务中心（任务写人社部发〔2026〕3号、6月30日前第一批，安静）', expect: [],
    form: I.form({
      tasks: I.withTask(0, { content: '依据人社部发〔2026〕3号文件，于2026年6月30日前完成第一批认证，全年完成领取养老保险待遇人员资格认证12.6万人。' }),
    }),
  },
  {
    id: 'S60-S08', sector: '社保事务中心（无效益、无满意度指标，目标也不写满意度）', expect: [F('coverage', null, 'indicators')],
    form: I.form({ goal: S_GOAL.replace(`，${S_SATISFIED}`, '。') }, I.rows.slice(0, 20)),
  },
  {
    id: 'S60-S09', sector: '社保事务中心（认证人数指标写126000人，任务写12.6万人，安静）', expect: [],
    form: I.form({}, I.changed({ 15: { target: '126000', unit: '人' } })),
  },
  {
    id: 'S60-S10', sector: '社保事务中心（任务表含机构运行1080，合计1560超过总额1460）', expect: [F('budget_arithmetic')],
    form: I.form({ tasks: [S_BASIC(1080), ...S_TASKS] }),
  },
  {
    id: 'S60-S11', sector: '社保事务中心（任务写从全区1.2万户参保单位中抽取稽核800户，安静）', expect: [],
    form: I.form({ tasks: I.withTask(1, { content: '从全区1.2万户参保单位中随机抽取稽核参保单位800户，追回违规领取的待遇资金。' }) }),
  },
  {
    id: 'S60-S12', sector: '社保事务中心（任务写宣传活动不少于80场，指标和目标60场）', expect: [F('goal_vs_indicators')],
    form: I.form({ tasks: I.withTask(3, { content: '开展社保政策进企业、进社区宣传活动不少于80场。' }) }),
  },
];
