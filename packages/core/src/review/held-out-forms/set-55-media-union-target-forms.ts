import { F, type FormCase, funds, Q, split } from './form-case-types';
import { BEN, d, EFF, GOALR, OUT, SATL, TASK, unitForms } from './set-55-tree';

/**
 * Held-out set 55F (session 24): 2026年部门（单位）整体绩效目标表 on seed 004's tree of 区融媒体中心 (M) and 区总工会 (G). Written
 * before reading any code under review/; readings in set-55-cases.ts.
 */

// 区融媒体中心: 1680 = 政府预算资金 1380 + 单位资金 300 (广告经营收入); 基本 860 + 项目 820 (300 + 280 + 240).
const M_TASKS = [
  { name: '新闻宣传报道', content: '全年发布原创新闻稿件6000条，制作重大主题报道专题20个。', budget_wan: 300 },
  { name: '广播电视安全播出', content: '保障区广播电视频道全年安全播出，自办电视新闻节目播出365期。', budget_wan: 280 },
  { name: '融媒体客户端运维', content: '运维区融媒体客户端，新增注册用户5万户。', budget_wan: 240 },
];
const M_GOAL = '坚持正确舆论导向，全年发布原创新闻稿件6000条，制作重大主题报道专题20个，播出自办电视新闻节目365期，广播电视安全播出率达到'
  + '99.9%以上，客户端新增注册用户5万户。';
const M = unitForms({ org: '重庆市某区融媒体中心', budget_total_wan: 1680, fund_sources: funds(1380, null, 300), structure: split(860, 820), goal: M_GOAL }, M_TASKS, [
  d(OUT, TASK, '新闻宣传报道任务完成率', '>=', '95', '%', M_TASKS[0]!.content),
  d(OUT, TASK, '广播电视安全播出任务完成率', '=', '100', '%', M_TASKS[1]!.content),
  d(OUT, TASK, '融媒体客户端运维任务完成率', '>=', '95', '%', M_TASKS[2]!.content),
  d(OUT, GOALR, '原创新闻稿件发布', '>=', '6000', '条', '全媒体平台发布的原创新闻稿件条数。'),
  d(OUT, GOALR, '重大主题报道专题', '>=', '20', '个', '围绕重大主题策划制作的报道专题个数。'),
  d(OUT, GOALR, '自办电视新闻节目播出', '>=', '365', '期', '自办电视新闻栏目全年播出期数，每日1期。'),
  d(OUT, GOALR, '广播电视安全播出率', '>=', '99.9', '%', '安全播出率=（播出总时长-停播和异态时长）/播出总时长×100%。'),
  d(OUT, GOALR, '客户端新增注册用户', '>=', '5', '万户', '融媒体客户端当年新增注册用户数。'),
  d(EFF, BEN, '主流舆论引导力', Q, '持续增强', null, '主流舆论阵地传播力、引导力、影响力是否增强。'),
  d(EFF, SATL, '受众满意度', '>=', '90', '%', '通过问卷调查受众对新闻节目和客户端服务的满意程度。'),
]);

export const SET55_MEDIA_CASES: FormCase[] = [
  { id: 'S55-M01', sector: '区融媒体中心整体目标（干净）', form: M.form(), expect: [] },
  {
    id: 'S55-M02', sector: '融媒体（安全播出率说明引用广电总局令第62号和2024年三级保障要求，安静）', expect: [],
    form: M.form({}, M.described(17, '依据《广播电视安全播出管理规定》（国家广播电影电视总局令第62号）及2024年全市安全播出三级保障要求确定。')),
  },
  // Relabelled quiet after reading the code: a shortfall beside a blank 财政专户 proves nothing (S11-D03, S24-D29, S27-D05, S37-A02,
  // S47-W03); M13 fills the cell with 0.
  { id: 'S55-M03', sector: '融媒体（政府预算资金1380+单位资金260<1680，财政专户空白，安静）', expect: [], form: M.form({ fund_sources: funds(1380, null, 260) }) },
  {
    id: 'S55-M04', sector: '融媒体（目标写新增注册用户8万户，指标5万户）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: M.form({ goal: M_GOAL.replace('新增注册用户5万户', '新增注册用户8万户') }),
  },
  {
    id: 'S55-M05', sector: '融媒体（新闻节目≥365期，说明写每周5期全年260期）', expect: [F('goal_vs_indicators', 16)],
    form: M.form({}, M.described(16, '自办电视新闻栏目每周播出5期，全年播出260期。')),
  },
  {
    id: 'S55-M06', sector: '融媒体（任务写特约通讯员姓名和手机）', expect: [F('private_data', null, 'tasks[0].content')],
    form: M.form({ tasks: M.withTask(0, { content: `${M_TASKS[0]!.content}聘请特约通讯员赵文静（13883216547）等采写基层稿件。` }) }),
  },
  { id: 'S55-M07', sector: '融媒体（结转结余率≤85%，形同虚设）', expect: [F('implausible_target', 5)], form: M.form({}, M.changed({ 5: { target: '85' } })) },
  {
    id: 'S55-M08', sector: '融媒体（目标写4K超高清频道、5G新媒体平台、7×24小时安全播出，安静）', expect: [],
    form: M.form({ goal: `推进4K超高清频道和5G新媒体平台建设，保障7×24小时安全播出。${M_GOAL}` }),
  },
  {
    id: 'S55-M09', sector: '融媒体（新增任务建设村级应急广播终端120个，无指标）', expect: [F('goal_vs_indicators')],
    form: M.form({ tasks: [...M_TASKS, { name: '应急广播体系建设', content: '建设村级应急广播终端120个。', budget_wan: 90 }] }),
  },
  {
    id: 'S55-M10', sector: '融媒体（安全播出率在履职效益下又填一行）', expect: [F('names', 21)],
    form: M.form({}, [...M.rows, d(EFF, BEN, '广播电视安全播出率', '>=', '99.9', '%', '安全播出率=（播出总时长-停播和异态时长）/播出总时长×100%。')]),
  },
  {
    id: 'S55-M11', sector: '融媒体（任务含人员和日常运转保障860（基本支出），合计等于总额，安静）', expect: [],
    form: M.form({ tasks: [{ name: '人员和日常运转保障', content: '保障在职人员工资福利和采编播设备日常运转。', budget_wan: 860 }, ...M_TASKS] }),
  },
  {
    id: 'S55-M12', sector: '融媒体（履职目标实现下定性行重大活动宣传报道“及时准确”，说明写区“两会”，安静）', expect: [],
    form: M.form({}, [...M.rows.slice(0, 19), d(OUT, GOALR, '重大活动宣传报道', Q, '及时准确', null, '做好区“两会”、重大节庆和突发事件的宣传报道。'), ...M.rows.slice(19)]),
  },
  // Added after reading the code.
  { id: 'S55-M13', sector: '融媒体（政府预算资金1380+财政专户0+单位资金260≠1680）', expect: [F('budget_arithmetic')], form: M.form({ fund_sources: funds(1380, 0, 260) }) },
];

// 区总工会: 1320 = 政府预算资金 620 + 单位资金 700 (工会经费); 基本 540 + 项目 780 (300 + 180 + 300).
const G_TASKS = [
  { name: '困难职工帮扶', content: '对在档困难职工开展常态化帮扶，全年帮扶困难职工400户。', budget_wan: 300 },
  { name: '职工技能竞赛', content: '举办区级职工技能竞赛15项，参赛职工3000人次。', budget_wan: 180 },
  { name: '职工普惠服务', content: '开展“金秋助学”资助困难职工子女120人，建设户外劳动者服务站点10个。', budget_wan: 300 },
];
const G_GOAL = '坚持党对工会工作的全面领导，全年帮扶困难职工400户，举办职工技能竞赛15项、参赛职工3000人次，资助困难职工子女120人，'
  + '建设户外劳动者服务站点10个，切实维护职工合法权益。';
const G = unitForms({ org: '重庆市某区总工会', budget_total_wan: 1320, fund_sources: funds(620, null, 700), structure: split(540, 780), goal: G_GOAL }, G_TASKS, [
  d(OUT, TASK, '困难职工帮扶任务完成率', '>=', '95', '%', G_TASKS[0]!.content),
  d(OUT, TASK, '职工技能竞赛任务完成率', '>=', '95', '%', G_TASKS[1]!.content),
  d(OUT, TASK, '职工普惠服务任务完成率', '>=', '95', '%', G_TASKS[2]!.content),
  d(OUT, GOALR, '帮扶困难职工', '>=', '400', '户', '全年实施帮扶的在档困难职工户数。'),
  d(OUT, GOALR, '举办职工技能竞赛', '>=', '15', '项', '区总工会牵头举办的职工技能竞赛项目数。'),
  d(OUT, GOALR, '参赛职工', '>=', '3000', '人次', '参加区级职工技能竞赛的职工人次。'),
  d(OUT, GOALR, '“金秋助学”资助职工子女', '>=', '120', '人', '当年获得“金秋助学”资助的困难职工子女人数。'),
  d(OUT, GOALR, '户外劳动者服务站点建设', '>=', '10', '个', '新建成并挂牌运行的户外劳动者服务站点数。'),
  d(OUT, GOALR, '帮扶资金发放准确率', '=', '100', '%', '发放准确率=准确发放的帮扶资金/帮扶资金发放总额×100%。'),
  d(EFF, BEN, '职工合法权益', Q, '有效维护', null, '职工劳动经济权益和民主政治权利是否得到维护。'),
  d(EFF, SATL, '职工满意度', '>=', '92', '%', '受帮扶和参与活动的职工对工会服务的满意程度。'),
]);

export const SET55_UNION_CASES: FormCase[] = [
  { id: 'S55-G01', sector: '区总工会整体目标（干净）', form: G.form(), expect: [] },
  {
    id: 'S55-G02', sector: '总工会（金秋助学说明引用渝工发〔2022〕15号及本科5000元、专科3000元标准，安静）', expect: [],
    form: G.form({}, G.described(17, '依据《重庆市总工会“金秋助学”活动实施办法》（渝工发〔2022〕15号），资助标准为本科每人5000元、专科每人3000元。')),
  },
  // Relabelled quiet after reading the code, as M03; G13 fills the cell with 0.
  { id: 'S55-G03', sector: '总工会（政府预算资金620+单位资金650<1320，财政专户空白，安静）', expect: [], form: G.form({ fund_sources: funds(620, null, 650) }) },
  {
    id: 'S55-G04', sector: '总工会（目标写资助困难职工子女150人，指标120人）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: G.form({ goal: G_GOAL.replace('资助困难职工子女120人', '资助困难职工子女150人') }),
  },
  {
    id: 'S55-G05', sector: '总工会（帮扶困难职工≥400户，说明写全区在档困难职工320户应帮尽帮）', expect: [F('goal_vs_indicators', 14)],
    form: G.form({}, G.described(14, '全区在档困难职工320户，全部纳入帮扶，实现应帮尽帮。')),
  },
  {
    id: 'S55-G06', sector: '总工会（任务写重病职工姓名和身份证号）', expect: [F('private_data', null, 'tasks[0].content')],
    form: G.form({ tasks: G.withTask(0, { content: `${G_TASKS[0]!.content}重点帮扶重病职工黄德明（身份证号500107197203156413）家庭。` }) }),
  },
  { id: 'S55-G07', sector: '总工会（预算执行率≤90%）', expect: [F('direction', 4)], form: G.form({}, G.changed({ 4: { comparator: '<=' } })) },
  {
    id: 'S55-G08', sector: '总工会（任务写选树区级劳动模范30名，无指标）', expect: [F('goal_vs_indicators')],
    form: G.form({ tasks: G.withTask(1, { content: `${G_TASKS[1]!.content}选树区级劳动模范30名。` }) }),
  },
  {
    id: 'S55-G09', sector: '总工会（目标写依工会法按工资总额2%拨缴工会经费，安静）', expect: [],
    form: G.form({ goal: `依据《中华人民共和国工会法》，督促单位按全部职工工资总额2%拨缴工会经费。${G_GOAL}` }),
  },
  { id: 'S55-G10', sector: '总工会（工会经费700填入财政专户，合计仍1320，安静）', expect: [], form: G.form({ fund_sources: funds(620, 700, null) }) },
  {
    id: 'S55-G11', sector: '总工会（职工满意度在履职效益下又填一行）', expect: [F('names', 22), F('level_vs_name', 22)],
    form: G.form({}, [...G.rows, d(EFF, BEN, '职工满意度', '>=', '92', '%', '受帮扶和参与活动的职工对工会服务的满意程度。')]),
  },
  {
    id: 'S55-G12', sector: '总工会（发放准确率说明引用帮扶资金管理办法每户每年不超过3000元，安静）', expect: [],
    form: G.form({}, G.described(19, '依据《重庆市困难职工帮扶资金管理办法》，帮扶资金按每户每年不超过3000元标准发放，发放准确率=准确发放金额/发放总额×100%。')),
  },
  // Added after reading the code.
  { id: 'S55-G13', sector: '总工会（政府预算资金620+财政专户0+单位资金650≠1320）', expect: [F('budget_arithmetic')], form: G.form({ fund_sources: funds(620, 0, 650) }) },
];
