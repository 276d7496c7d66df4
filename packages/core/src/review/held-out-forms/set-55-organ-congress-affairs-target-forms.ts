import { F, type FormCase, funds, Q, split } from './form-case-types';
import { BEN, d, EFF, GOALR, OUT, SATL, TASK, unitForms } from './set-55-tree';

/**
 * Held-out set 55F (session 24): 2026年部门（单位）整体绩效目标表 on seed 004's tree of 区委组织部 (Z), 区人大常委会办公室 (R) and
 * 区机关事务服务中心 (J). Written before reading any code under review/; readings in set-55-cases.ts.
 */

// 区委组织部: 1860 = 政府预算资金 1860; 基本 1240 + 项目 620 (three tasks 260 + 200 + 160).
const Z_TASKS = [
  { name: '干部教育培训', content: '举办主体班、专题班等干部培训班12期，培训干部1500人次。', budget_wan: 260 },
  { name: '基层党组织建设', content: '开展软弱涣散基层党组织整顿，轮训村（社区）党组织书记320人次。', budget_wan: 200 },
  { name: '人才引进培育', content: '引进急需紧缺高层次人才50名，落实人才安居、津贴等政策。', budget_wan: 160 },
];
const Z_GOAL = '坚持新时代党的组织路线，全年举办干部培训班12期、培训干部1500人次，轮训村（社区）党组织书记320人次，引进高层次人才50名，'
  + '软弱涣散基层党组织整顿转化率100%，推动全区基层党组织全面进步全面过硬。';
const Z = unitForms({ org: '中共重庆市某区委组织部', budget_total_wan: 1860, fund_sources: funds(1860, null, null), structure: split(1240, 620), goal: Z_GOAL }, Z_TASKS, [
  d(OUT, TASK, '干部教育培训任务完成率', '>=', '95', '%', Z_TASKS[0]!.content),
  d(OUT, TASK, '基层党组织建设任务完成率', '>=', '95', '%', Z_TASKS[1]!.content),
  d(OUT, TASK, '人才引进培育任务完成率', '>=', '95', '%', Z_TASKS[2]!.content),
  d(OUT, GOALR, '举办干部培训班', '>=', '12', '期', '全年举办主体班、专题班、网络专题班的期数。'),
  d(OUT, GOALR, '培训干部人次', '>=', '1500', '人次', '参加区委组织部组织的各类培训的干部人次。'),
  d(OUT, GOALR, '村（社区）党组织书记轮训', '>=', '320', '人次', '全区村（社区）党组织书记参加集中轮训的人次。'),
  d(OUT, GOALR, '引进高层次人才', '>=', '50', '名', '经认定引进的急需紧缺高层次人才人数。'),
  d(OUT, GOALR, '软弱涣散基层党组织整顿转化率', '=', '100', '%', '整顿转化率=已整顿转化的软弱涣散基层党组织数/排查确定的软弱涣散基层党组织数×100%。'),
  d(EFF, BEN, '基层党组织组织力', Q, '明显提升', null, '基层党组织政治功能和组织功能是否进一步增强。'),
  d(EFF, SATL, '参训干部满意度', '>=', '90', '%', '通过问卷调查参训干部对培训内容、师资和组织服务的满意程度。'),
]);

export const SET55_ORGANISATION_CASES: FormCase[] = [
  { id: 'S55-Z01', sector: '区委组织部整体目标（干净，任务合计等于项目支出620）', form: Z.form(), expect: [] },
  {
    id: 'S55-Z02', sector: '组织部（培训人次的说明引用干部教育培训条例和2023—2027年规划的学时，安静）', expect: [],
    form: Z.form({}, Z.described(15, '依据《干部教育培训工作条例》（2023年修订）和《2023—2027年全国干部教育培训规划》，县处级以上领导干部每5年参加集中培训累计不少于3个月或者550学时。')),
  },
  { id: 'S55-Z03', sector: '组织部（基本1240+项目640≠总额1860）', expect: [F('budget_arithmetic')], form: Z.form({ structure: split(1240, 640) }) },
  {
    id: 'S55-Z04', sector: '组织部（履职目标写培训干部2000人次，指标1500）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: Z.form({ goal: Z_GOAL.replace('培训干部1500人次', '培训干部2000人次') }),
  },
  {
    id: 'S55-Z05', sector: '组织部（培训班指标值≥12期，说明写不少于15期）', expect: [F('goal_vs_indicators', 14)],
    form: Z.form({}, Z.described(14, '全年举办主体班、专题班等各类干部培训班不少于15期。')),
  },
  {
    id: 'S55-Z06', sector: '组织部（任务写拟引进博士姓名和手机）', expect: [F('private_data', null, 'tasks[2].content')],
    form: Z.form({ tasks: Z.withTask(2, { content: `${Z_TASKS[2]!.content}其中拟引进博士王海峰（手机13983451276）任区数字经济产业办副主任。` }) }),
  },
  {
    id: 'S55-Z07', sector: '组织部（新增任务建设党员教育示范基地6个，无指标）', expect: [F('goal_vs_indicators')],
    form: Z.form({ tasks: [...Z_TASKS, { name: '党员教育管理', content: '建设党员教育示范基地6个，开展党员冬训。', budget_wan: 80 }] }),
  },
  {
    id: 'S55-Z08', sector: '组织部（任务含机关运行保障1240（基本支出），合计1860等于总额，无指标，安静）', expect: [],
    form: Z.form({ tasks: [{ name: '机关运行保障', content: '保障在职人员工资福利和机关日常运转。', budget_wan: 1240 }, ...Z_TASKS] }),
  },
  {
    id: 'S55-Z09', sector: '组织部（引进高层次人才在重点工作任务完成下又填一行）', expect: [F('names', 21)],
    form: Z.form({}, [...Z.rows, d(OUT, TASK, '引进高层次人才', '>=', '50', '名', '经认定引进的急需紧缺高层次人才人数。')]),
  },
  { id: 'S55-Z10', sector: '组织部（预算执行率≥100%）', expect: [F('implausible_target', 4)], form: Z.form({}, Z.changed({ 4: { target: '100' } })) },
  {
    id: 'S55-Z11', sector: '组织部（目标写二十届三中全会、“三个区分开来”，整顿转化率说明引用支部工作条例按5%比例倒排，安静）', expect: [],
    form: Z.form(
      { goal: `深入学习贯彻党的二十届三中全会精神，落实“三个区分开来”要求。${Z_GOAL}` },
      Z.described(18, '根据《中国共产党支部工作条例（试行）》，按不低于5%的比例倒排确定软弱涣散基层党组织，整顿转化率=已整顿转化数/倒排确定数×100%。'),
    ),
  },
  {
    id: 'S55-Z12', sector: '组织部（培训人次说明写2025年完成1420人次作基数，安静）', expect: [],
    form: Z.form({}, Z.described(15, '培训人次=各班次参训人数之和。2025年完成1420人次，2026年按增长约5%确定。')),
  },
];

// 区人大常委会办公室: 980 = 政府预算资金 980; 基本 720 + 项目 260 (70 + 120 + 70).
const R_TASKS = [
  { name: '常委会会议服务保障', content: '服务保障区人大常委会会议8次、主任会议12次。', budget_wan: 70 },
  { name: '代表履职服务', content: '举办人大代表履职培训，培训代表300人次，提升代表联络站“家站点”服务水平。', budget_wan: 120 },
  { name: '监督调研', content: '开展执法检查3项、专题调研6项，形成调研报告提交常委会审议。', budget_wan: 70 },
];
const R_GOAL = '围绕区委中心工作依法履行监督、决定、任免等职权，服务保障常委会会议8次、主任会议12次，培训代表300人次，开展执法检查3项、'
  + '专题调研6项，代表建议按期办结率100%。';
const R = unitForms({ org: '重庆市某区人大常委会办公室', budget_total_wan: 980, fund_sources: funds(980, null, null), structure: split(720, 260), goal: R_GOAL }, R_TASKS, [
  d(OUT, TASK, '常委会会议服务保障任务完成率', '=', '100', '%', R_TASKS[0]!.content),
  d(OUT, TASK, '代表履职服务任务完成率', '>=', '95', '%', R_TASKS[1]!.content),
  d(OUT, TASK, '监督调研任务完成率', '>=', '95', '%', R_TASKS[2]!.content),
  d(OUT, GOALR, '服务保障常委会会议', '>=', '8', '次', '全年召开区人大常委会会议的次数。'),
  d(OUT, GOALR, '服务保障主任会议', '>=', '12', '次', '全年召开主任会议的次数。'),
  d(OUT, GOALR, '代表培训人次', '>=', '300', '人次', '区人大代表参加履职培训的人次。'),
  d(OUT, GOALR, '执法检查', '>=', '3', '项', '常委会年度监督工作计划确定的执法检查项目数。'),
  d(OUT, GOALR, '专题调研', '>=', '6', '项', '围绕全区中心工作开展专题调研的项目数。'),
  d(OUT, GOALR, '代表建议按期办结率', '=', '100', '%', '按期办结率=按期办结的代表建议件数/交办的代表建议总件数×100%。'),
  d(EFF, BEN, '人大监督实效', Q, '有效增强', null, '审议意见落实和执法检查发现问题整改情况。'),
  d(EFF, SATL, '人大代表满意度', '>=', '90', '%', '人大代表对履职服务保障工作的满意程度。'),
]);

export const SET55_CONGRESS_CASES: FormCase[] = [
  { id: 'S55-R01', sector: '区人大常委会办公室整体目标（干净）', form: R.form(), expect: [] },
  {
    id: 'S55-R02', sector: '人大办（目标写区第十八届人大第五次会议、“十五五”开局之年，安静）', expect: [],
    form: R.form({ goal: `2026年是“十五五”开局之年，认真落实区第十八届人民代表大会第五次会议决议。${R_GOAL}` }),
  },
  { id: 'S55-R03', sector: '人大办（政府预算资金960+单位资金30≠980）', expect: [F('budget_arithmetic')], form: R.form({ fund_sources: funds(960, null, 30) }) },
  {
    id: 'S55-R04', sector: '人大办（目标写执法检查5项，指标3项）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: R.form({ goal: R_GOAL.replace('开展执法检查3项', '开展执法检查5项') }),
  },
  {
    id: 'S55-R05', sector: '人大办（代表培训≥300人次，说明写不少于450人次）', expect: [F('goal_vs_indicators', 16)],
    form: R.form({}, R.described(16, '全年培训区人大代表不少于450人次。')),
  },
  {
    id: 'S55-R06', sector: '人大办（任务写新建代表联络站4个，无指标）', expect: [F('goal_vs_indicators')],
    form: R.form({ tasks: R.withTask(1, { content: `${R_TASKS[1]!.content}新建代表联络站4个。` }) }),
  },
  {
    id: 'S55-R07', sector: '人大办（任务写联络站站长姓名和手机）', expect: [F('private_data', null, 'tasks[1].content')],
    form: R.form({ tasks: R.withTask(1, { content: `${R_TASKS[1]!.content}由联络站站长陈光明（13608361245）负责日常接待。` }) }),
  },
  {
    id: 'S55-R08', sector: '人大办（执法检查说明引用监督法（2024年修正）第三十五条，安静）', expect: [],
    form: R.form({}, R.described(17, '依据《中华人民共和国各级人民代表大会常务委员会监督法》（2024年修正）第三十五条，结合2026年度监督工作计划确定。')),
  },
  { id: 'S55-R09', sector: '人大办（结转结余率≥15%）', expect: [F('direction', 5)], form: R.form({}, R.changed({ 5: { comparator: '>=' } })) },
  {
    id: 'S55-R10', sector: '人大办（代表建议按期办结率在履职效益下又填一行）', expect: [F('names', 22), F('level_vs_name', 22)],
    form: R.form({}, [...R.rows, d(EFF, BEN, '代表建议按期办结率', '=', '100', '%', '按期办结率=按期办结的代表建议件数/交办的代表建议总件数×100%。')]),
  },
  {
    id: 'S55-R11', sector: '人大办（会议保障规范性定性，说明写会议材料提前3天送达，安静）', expect: [],
    form: R.form({}, R.changed({ 11: { name: '会议服务保障规范性', comparator: Q, target: '规范', unit: null, description: '严格执行《区人大常委会议事规则》，会议材料提前3天送达常委会组成人员。' } })),
  },
  {
    id: 'S55-R12', sector: '人大办（结转结余率≤10%，说明引用财政部通知，安静）', expect: [],
    form: R.form({}, R.changed({ 5: { target: '10', description: '根据《财政部关于进一步加强财政结转结余资金管理的通知》（财预〔2013〕372号），结转结余率控制在10%以内。' } })),
  },
  {
    id: 'S55-R13', sector: '人大办（任务表末行“合计260”，安静）', expect: [],
    form: R.form({ tasks: [...R_TASKS, { name: '合计', content: '', budget_wan: 260 }] }),
  },
];

// 区机关事务服务中心: 2450 = 政府预算资金 2300 + 单位资金 150 (食堂经营收入); 基本 900 + 项目 1550 (680 + 420 + 450).
const J_TASKS = [
  { name: '机关办公区物业管理', content: '承担区级机关集中办公区12万平方米物业保洁、安保、维修服务。', budget_wan: 680 },
  { name: '公务用车服务平台运行', content: '统筹全区公务用车保障，全年保障公务出行8000车次。', budget_wan: 420 },
  { name: '公共机构节能改造', content: '实施公共机构节能改造项目5个，推动公共机构单位建筑面积能耗下降1.5%。', budget_wan: 450 },
];
const J_GOAL = '做好区级机关事务保障，物业服务覆盖集中办公区12万平方米，保障公务出行8000车次，实施节能改造项目5个，公共机构单位建筑面积能耗'
  + '较上年下降1.5%，机关食堂食品安全事故为零。';
const J = unitForms({ org: '重庆市某区机关事务服务中心', budget_total_wan: 2450, fund_sources: funds(2300, null, 150), structure: split(900, 1550), goal: J_GOAL }, J_TASKS, [
  d(OUT, TASK, '机关办公区物业管理任务完成率', '>=', '95', '%', J_TASKS[0]!.content),
  d(OUT, TASK, '公务用车服务平台运行任务完成率', '>=', '95', '%', J_TASKS[1]!.content),
  d(OUT, TASK, '公共机构节能改造任务完成率', '>=', '95', '%', J_TASKS[2]!.content),
  d(OUT, GOALR, '物业服务保障面积', '>=', '12', '万平方米', '纳入物业服务的集中办公区建筑面积。'),
  d(OUT, GOALR, '保障公务出行', '>=', '8000', '车次', '公务用车服务平台全年派车的车次。'),
  d(OUT, GOALR, '节能改造项目', '>=', '5', '个', '年度实施的公共机构节能改造项目数。'),
  d(OUT, GOALR, '公共机构单位建筑面积能耗下降率', '>=', '1.5', '%', '下降率=（上年单位建筑面积能耗-本年单位建筑面积能耗）/上年单位建筑面积能耗×100%。'),
  d(OUT, GOALR, '机关食堂食品安全事故', '=', '0', '起', '机关食堂全年发生食品安全事故的起数。'),
  d(EFF, BEN, '公共机构节能降耗', Q, '成效明显', null, '公共机构能源资源节约工作成效。'),
  d(EFF, SATL, '服务对象满意度', '>=', '90', '%', '机关干部职工对物业、用车、食堂服务的满意程度。'),
]);

export const SET55_AFFAIRS_CASES: FormCase[] = [
  { id: 'S55-J01', sector: '区机关事务服务中心整体目标（干净）', form: J.form(), expect: [] },
  {
    id: 'S55-J02', sector: '机关事务（公务出行说明引用中办发〔2017〕71号和每辆年均200车次测算，安静）', expect: [],
    form: J.form({}, J.described(15, '依据《党政机关公务用车管理办法》（中办发〔2017〕71号），平台40辆车按每辆年均200车次测算。')),
  },
  { id: 'S55-J03', sector: '机关事务（基本900+项目1600≠总额2450）', expect: [F('budget_arithmetic')], form: J.form({ structure: split(900, 1600) }) },
  {
    id: 'S55-J04', sector: '机关事务（目标写保障公务出行10000车次，指标8000）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: J.form({ goal: J_GOAL.replace('保障公务出行8000车次', '保障公务出行10000车次') }),
  },
  {
    id: 'S55-J05', sector: '机关事务（物业面积≥12万平方米，说明写15万平方米全部纳入）', expect: [F('goal_vs_indicators', 14)],
    form: J.form({}, J.described(14, '集中办公区总建筑面积15万平方米，全部纳入物业服务。')),
  },
  {
    id: 'S55-J06', sector: '机关事务（任务写三名调度员姓名）', expect: [F('private_data', null, 'tasks[1].content')],
    form: J.form({ tasks: J.withTask(1, { content: `${J_TASKS[1]!.content}平台调度员张德兵、刘红梅、周建新实行24小时值班。` }) }),
  },
  {
    id: 'S55-J07', sector: '机关事务（食品安全事故说明引用食品安全法（2021年修正）第一百零四条，安静）', expect: [],
    form: J.form({}, J.described(18, '依据《中华人民共和国食品安全法》（2021年修正），机关食堂全年不发生食品安全事故，发生1起即为未完成。')),
  },
  { id: 'S55-J08', sector: '机关事务（预算执行率≥9%，漏了一位）', expect: [F('implausible_target', 4)], form: J.form({}, J.changed({ 4: { target: '9' } })) },
  {
    id: 'S55-J09', sector: '机关事务（新增任务机关幼儿园保育260名，无指标）', expect: [F('goal_vs_indicators')],
    form: J.form({ tasks: [...J_TASKS, { name: '机关幼儿园运行保障', content: '保障机关幼儿园在园幼儿260名保育教育服务。', budget_wan: 120 }] }),
  },
  {
    id: 'S55-J10', sector: '机关事务（目标复述预算总额和结构、单位资金150为食堂收入，安静）', expect: [],
    form: J.form({ goal: `2026年部门预算总额2450万元，其中基本支出900万元、项目支出1550万元，单位资金150万元为机关食堂经营收入。${J_GOAL}` }),
  },
  {
    id: 'S55-J11', sector: '机关事务（节能改造项目在重点工作任务完成下又填一行）', expect: [F('names', 21)],
    form: J.form({}, [...J.rows, d(OUT, TASK, '节能改造项目', '>=', '5', '个', '年度实施的公共机构节能改造项目数。')]),
  },
  {
    id: 'S55-J12', sector: '机关事务（能耗下降率说明引用“十四五”规划到2025年下降5%，安静）', expect: [],
    form: J.form({}, J.described(17, '依据《“十四五”公共机构节约能源资源工作规划》，到2025年单位建筑面积能耗下降5%，2026年按上年基数再下降1.5%。')),
  },
];
