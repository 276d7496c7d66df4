import { F, type FormCase, funds, Q, split } from './form-case-types';
import { BEN, d, EFF, GOALR, OUT, SATL, TASK, unitForms } from './set-55-tree';

/**
 * Held-out set 56F (session 24): 2026年部门（单位）整体绩效目标表 on seed 004's tree (set-55-tree.ts) with long 年度履职目标 of
 * 共青团区委 (T, 620 = 政府 620; 基本 380 + 项目 240) and 区委政法委 (P, 1080 = 政府 1080; 基本 560 + 项目 520). Written before
 * reading any code under review/; readings in set-56-cases.ts.
 */

const T_TASKS = [
  { name: '青年志愿服务', content: '组织“青春志愿行”系列志愿服务活动，新注册青年志愿者3000名，开展志愿服务活动120场次。', budget_wan: 90 },
  { name: '希望工程助学', content: '实施希望工程圆梦行动，按每人5000元标准资助家庭困难大学新生160名。', budget_wan: 80 },
  { name: '青少年思想引领', content: '举办“青马工程”培训班4期，培训青年骨干400人次。', budget_wan: 70 },
];
const T_GOAL = '坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大和二十届三中全会精神，落实《中长期青年发展规划（2016—'
  + '2025年）》和共青团区第十五次代表大会部署，围绕“十五五”开局之年全区中心工作，推动3个街道、12个镇团组织联动，2026年新注册青年'
  + '志愿者3000名、开展志愿服务活动120场次；实施希望工程圆梦行动，按每人5000元标准资助家庭困难大学新生160名；举办“青马工程”培训班'
  + '4期、培训青年骨干400人次；青年思想引领成效明显提升，服务对象满意度达到90%以上。';
const T = unitForms({ org: '共青团重庆市某区委员会', budget_total_wan: 620, fund_sources: funds(620, null, null), structure: split(380, 240), goal: T_GOAL }, T_TASKS, [
  d(OUT, TASK, '青年志愿服务任务完成率', '>=', '95', '%', T_TASKS[0]!.content),
  d(OUT, TASK, '希望工程助学任务完成率', '=', '100', '%', T_TASKS[1]!.content),
  d(OUT, TASK, '青少年思想引领任务完成率', '>=', '95', '%', T_TASKS[2]!.content),
  d(OUT, GOALR, '新注册青年志愿者', '>=', '3000', '名', '在“志愿重庆”平台新注册的14—35周岁青年志愿者人数。'),
  d(OUT, GOALR, '开展志愿服务活动', '>=', '120', '场次', '团区委及基层团组织组织开展的志愿服务活动场次。'),
  d(OUT, GOALR, '资助家庭困难大学新生', '>=', '160', '名', '经审核确定的希望工程圆梦行动资助人数。'),
  d(OUT, GOALR, '资助标准', '=', '5000', '元/人', '希望工程圆梦行动一次性资助标准。'),
  d(OUT, GOALR, '“青马工程”培训班', '>=', '4', '期', '全年举办“青马工程”培训班的期数。'),
  d(OUT, GOALR, '培训青年骨干', '>=', '400', '人次', '参加“青马工程”培训的青年骨干人次。'),
  d(EFF, BEN, '青年思想引领成效', Q, '明显提升', null, '青少年对党的创新理论的认同度和参与团组织活动的积极性。'),
  d(EFF, SATL, '服务对象满意度', '>=', '90', '%', '受助学生、志愿者和参训青年的满意程度。'),
]);

export const SET56_YOUTH_CASES: FormCase[] = [
  { id: 'S56-T01', sector: '团区委整体目标（长目标，二十届三中全会、第十五次团代会、3个街道12个镇，干净）', form: T.form(), expect: [] },
  {
    id: 'S56-T02', sector: '团区委（目标写新注册志愿者5000名，指标3000）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: T.form({ goal: T_GOAL.replace('新注册青年志愿者3000名', '新注册青年志愿者5000名') }),
  },
  {
    id: 'S56-T03', sector: '团区委（任务写建设青年之家8个，无指标）', expect: [F('goal_vs_indicators')],
    form: T.form({ tasks: T.withTask(0, { content: `${T_TASKS[0]!.content}新建青年之家服务阵地8个。` }) }),
  },
  {
    id: 'S56-T04', sector: '团区委（任务列受助学生姓名和录取高校）', expect: [F('private_data', null, 'tasks[1].content')],
    form: T.form({ tasks: T.withTask(1, { content: `${T_TASKS[1]!.content}首批资助对象：李思雨（重庆大学）、王浩然（西南大学）、陈佳怡（重庆医科大学）。` }) }),
  },
  {
    id: 'S56-T05', sector: '团区委（目标写12355青少年服务台和团区委办公室座机，安静）', expect: [],
    form: T.form({ goal: `${T_GOAL}畅通12355青少年服务台，团区委办公室咨询电话023-72345610。` }),
  },
  {
    id: 'S56-T06', sector: '团区委（任务写受助学生身份证号和家庭住址）', expect: [F('private_data', null, 'tasks[1].content')],
    form: T.form({ tasks: T.withTask(1, { content: `${T_TASKS[1]!.content}如受助学生周雨桐，身份证号500234200708156328，家住龙潭镇桂花村5组。` }) }),
  },
  {
    id: 'S56-T07', sector: '团区委（目标引述2025年注册2860名、资助150名，安静）', expect: [],
    form: T.form({ goal: `2025年全区新注册青年志愿者2860名、资助家庭困难大学新生150名。${T_GOAL}` }),
  },
  {
    id: 'S56-T08', sector: '团区委（目标写在王家大院、刘家院子、赵家湾社区开展活动，安静）', expect: [],
    form: T.form({ goal: T_GOAL.replace('开展志愿服务活动120场次', '在王家大院、刘家院子、赵家湾社区等地开展志愿服务活动120场次') }),
  },
  {
    id: 'S56-T09', sector: '团区委（目标写资助标准每人6000元，指标5000元）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: T.form({ goal: T_GOAL.replace('按每人5000元标准', '按每人6000元标准') }),
  },
  {
    id: 'S56-T10', sector: '团区委（目标写团区委书记姓名牵头，无联系方式，安静）', expect: [],
    form: T.form({ goal: `${T_GOAL}各项工作由团区委书记刘洋牵头、副书记陈静分工负责。` }),
  },
  {
    id: 'S56-T11', sector: '团区委（任务写志愿者部张部长手机）', expect: [F('private_data', null, 'tasks[0].content')],
    form: T.form({ tasks: T.withTask(0, { content: `${T_TASKS[0]!.content}志愿服务联络人：团区委志愿者部张部长（13896005432）。` }) }),
  },
  {
    id: 'S56-T12', sector: '团区委（目标其中分句：大学生志愿者1200名、社区青年志愿者1800名，无分项指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: T.form({ goal: T_GOAL.replace('新注册青年志愿者3000名', '新注册青年志愿者3000名（其中大学生志愿者1200名、社区青年志愿者1800名）') }),
  },
];

const P_TASKS = [
  { name: '网格化服务管理', content: '全区划分基础网格860个，开展专职网格员业务培训6期、1200人次，升级网格化服务管理信息平台。', budget_wan: 300 },
  { name: '平安建设宣传', content: '开展平安建设宣传活动50场次，组织群众安全感调查。', budget_wan: 120 },
  { name: '见义勇为奖励', content: '表彰奖励见义勇为人员20名，落实见义勇为人员慰问和帮扶。', budget_wan: 100 },
];
const P_GOAL = '坚持和发展新时代“枫桥经验”，深化平安建设，落实《重庆市平安建设条例》和《关于加强基层网格化服务管理的实施意见》（区委政法委'
  + '〔2025〕12号），2026年在全区3个街道、12个镇、185个村（社区）划分基础网格860个，开展专职网格员业务培训6期、1200人次；开展平安'
  + '建设宣传活动50场次；表彰奖励见义勇为人员20名；群众安全感保持在95%以上，服务对象满意度达到90%以上，力争不发生有重大影响的群体性'
  + '事件和个人极端案事件。';
const P = unitForms({ org: '中共重庆市某区委政法委员会', budget_total_wan: 1080, fund_sources: funds(1080, null, null), structure: split(560, 520), goal: P_GOAL }, P_TASKS, [
  d(OUT, TASK, '网格化服务管理任务完成率', '>=', '95', '%', P_TASKS[0]!.content),
  d(OUT, TASK, '平安建设宣传任务完成率', '>=', '95', '%', P_TASKS[1]!.content),
  d(OUT, TASK, '见义勇为奖励任务完成率', '=', '100', '%', P_TASKS[2]!.content),
  d(OUT, GOALR, '划分基础网格', '>=', '860', '个', '按每300—500户划分一个城市网格、每个村民小组划分一个农村网格。'),
  d(OUT, GOALR, '网格员业务培训', '>=', '6', '期', '全年举办专职网格员业务培训的期数。'),
  d(OUT, GOALR, '网格员培训人次', '>=', '1200', '人次', '参加业务培训的专职网格员人次。'),
  d(OUT, GOALR, '平安建设宣传活动', '>=', '50', '场次', '全年开展平安建设集中宣传活动的场次。'),
  d(OUT, GOALR, '表彰奖励见义勇为人员', '>=', '20', '名', '经区见义勇为评审委员会确认并表彰奖励的人数。'),
  d(EFF, BEN, '群众安全感', '>=', '95', '%', '以全市群众安全感调查结果为准。'),
  d(EFF, SATL, '服务对象满意度', '>=', '90', '%', '基层网格员和群众对政法综治服务的满意程度。'),
]);

export const SET56_POLITICS_CASES: FormCase[] = [
  { id: 'S56-P01', sector: '区委政法委整体目标（长目标，枫桥经验、〔2025〕12号、185个村（社区），干净）', form: P.form(), expect: [] },
  {
    id: 'S56-P02', sector: '政法委（目标写培训2000人次，指标1200）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: P.form({ goal: P_GOAL.replace('6期、1200人次', '6期、2000人次') }),
  },
  {
    id: 'S56-P03', sector: '政法委（目标写新建矛盾纠纷调解室30个，无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: P.form({ goal: P_GOAL.replace('开展平安建设宣传活动50场次；', '开展平安建设宣传活动50场次；新建村（社区）矛盾纠纷调解室30个；') }),
  },
  {
    id: 'S56-P04', sector: '政法委（任务写社区矫正对象化名加身份证号）', expect: [F('private_data', null, 'tasks[0].content')],
    form: P.form({ tasks: P.withTask(0, { content: `${P_TASKS[0]!.content}重点关注社区矫正对象刘某强（身份证号500231198304117219）。` }) }),
  },
  {
    id: 'S56-P05', sector: '政法委（任务写精神障碍患者姓名和住址）', expect: [F('private_data', null, 'tasks[0].content')],
    form: P.form({ tasks: P.withTask(0, { content: `${P_TASKS[0]!.content}对严重精神障碍患者黄德明（住桂花路23号2单元501）落实网格员走访。` }) }),
  },
  {
    id: 'S56-P06', sector: '政法委（目标写张家湾社区、李家沱街道、桂花路、陈家坪，安静）', expect: [],
    form: P.form({ goal: `${P_GOAL}在张家湾社区、李家沱街道、桂花路沿线和陈家坪片区开展网格化示范创建。` }),
  },
  {
    id: 'S56-P07', sector: '政法委（目标写110、12345、12348热线和平安办座机，安静）', expect: [],
    form: P.form({ goal: `${P_GOAL}畅通110、12345、12348公共法律服务热线，区平安建设办公室值班电话023-72876543。` }),
  },
  {
    id: 'S56-P08', sector: '政法委（目标写群众安全感98%，指标95%）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: P.form({ goal: P_GOAL.replace('群众安全感保持在95%以上', '群众安全感保持在98%以上') }),
  },
  {
    id: 'S56-P09', sector: '政法委（目标写2025年群众安全感96.8%、列全市第8位，安静）', expect: [],
    form: P.form({ goal: `2025年全区群众安全感达到96.8%，列全市第8位。${P_GOAL}` }),
  },
  {
    id: 'S56-P10', sector: '政法委（目标其中分句：城市网格312个、农村网格548个，无分项指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: P.form({ goal: P_GOAL.replace('划分基础网格860个', '划分基础网格860个，其中城市网格312个、农村网格548个') }),
  },
  {
    id: 'S56-P11', sector: '政法委（任务列网格员姓名和手机）', expect: [F('private_data', null, 'tasks[0].content')],
    form: P.form({ tasks: P.withTask(0, { content: `${P_TASKS[0]!.content}试点网格员：谭小燕（13883456721）、罗建（15923456781）。` }) }),
  },
  {
    id: 'S56-P12', sector: '政法委（目标写《平安重庆建设第十四个五年规划》和综治中心建筑面积2500平方米，安静）', expect: [],
    form: P.form({ goal: `对照《平安重庆建设第十四个五年规划》，依托2024年建成的区社会治理综合服务中心（建筑面积2500平方米）。${P_GOAL}` }),
  },
  {
    id: 'S56-P13', sector: '政法委（表彰见义勇为人员指标15名，目标20名）', expect: [F('goal_vs_indicators')],
    form: P.form({}, P.changed({ 18: { target: '15' } })),
  },
];
