import { B, C, CLIENT, DIR, DUTY, ECO, ECON, O, Q, QTY, QUAL, S, SAT, SOC, SOCIAL, SUST, SUSTAIN, TIME, UVN, type RowCase } from './case-types';

/**
 * Held-out set 37 (session 15), written before reading the review code and measured as written. It aims at the two weakest
 * codes of set 36's first measurement, direction and unit_vs_name, in wording no earlier set used (grep of every held-out-*.ts):
 * bad things named without the usual words (cases of a named crime, 伤亡, 损毁, 滞留, 积压, 超标, 逃逸, 复发, 返贫, prices and
 * costs rising, time spent, waiting, queues, distances walked), good things named without …率 (保有量, 存量, 覆盖面, 到位数),
 * rates and counts swapped in units (人次 on a …率, % on a …数/…量/…人数, 元 on a …率, 天 on a …率), ceilings and floors both
 * right and wrong, and 部门整体 rows (HELD_OUT_37_DEPT, beside DEPT_BASE: 履职效能, 管理效率, 社会效应). Areas mixed; more than
 * half fine.
 *
 * Readings chosen before measuring (earlier sets' readings followed where they speak):
 * - Cases of a named crime or wrong (抢劫, 赌博, 欺凌, 拐卖, 传销, 走私) counted under 效益 are bad; the same act counted as work
 *   done (查处…, 侦破…) is good. 伤亡, 损毁, 滞留, 积压, 超标, 逃逸, 复发, 返贫 are bad; their 侦破率/消除率/化解 good.
 * - A price, cost, fee or its rise borne by people (次均费用, 菜价, 造价, 个人卫生支出占比) is kept down; time spent, waiting,
 *   queues, trips and distances to a service are kept down.
 * - 保有量 of a promoted thing, 存量 of a reserve, 覆盖面 and 到位数 are good: a ceiling on them is the wrong way.
 * - A …率 in 人次/元/天 and a …数/…量/…人数/人次 in % are unit_vs_name; when the comparator is also wrong the unit is the finding.
 *
 * First measurement, as written and before reading or changing any review code (UNSEEN_REPORT=1): 155 project rows and 31
 * department rows (186; 90 labelled fine):
 *   direction                    tp 33 fp 1 fn 34  precision  97.1%  recall  49.3%
 *   level_vs_name                tp 0  fp 1 fn 0   precision   0.0%  recall    —
 *   unit_vs_name                 tp 28 fp 0 fn 1   precision 100.0%  recall  96.6%
 * (False alarms: direction on 查处酒驾醉驾违法行为 (违法 read as the bad thing, the act two words ahead); level_vs_name on 上级补助资金
 * 到位数 under 数量 — my label's fault, see below. Missed: unit_vs_name on the department 职业技能提升培训人次 ≥95% (提升 read as a
 * change); direction on every named crime (抢劫, 赌博, 酒驾, 欺凌, 拐卖, 传销, 走私, 盗抢, 逃逸), 滞留, queue length, 垫资/通勤 time,
 * distances to school or a park, fee and price rises (次均费用增幅, 农资价格上涨), 个人就医支出占比, 家庭校外培训支出, 公车运行支出,
 * ceilings on 保有量/存量/覆盖面/到位数/人均公园绿地面积/优良天数, 细颗粒物平均浓度值, bare 漏损, 化肥折纯施用量 and 垃圾填埋量.)
 * Relabelled after measuring (marked below): 上级补助资金到位数 ≥500万元 under 数量 is money received, an input (level_vs_name is right).
 * Added after measuring: 14 fine rows (the set as written was 48% fine, under the brief's half), measured as written: one false
 * alarm (direction on 疏导滞留旅客), fixed below.
 * Fixed by general cause (review-audit-cases-b37.test.ts; name-word-classes.ts, classify-name.ts): crimes named by the act, 滞留 and
 * queue length are bad; a price, fee or charge's rise, out-of-pocket spending, official cars' running cost and travel to a service
 * are kept down; a coverage without 率, people in place, a reserve, land or clean vehicles kept, good-air days and green space per
 * head are good when large; a concentration 值 and bare 漏损 are bad; a qualifier may sit inside 化肥…施用量; an act word naming a
 * place (救助站) acts against nothing; 疏导/疏散/劝返 act against what they move; sessions of a named activity (…提升培训人次) are
 * counted, not a change.
 * Limit (review-unseen-wording.test.ts): 垃圾填埋量 ≥ under 生态效益 (a landfill project's output as often as a harm to cut).
 * After the fixes: every code precision 100% and recall 100% outside the limit; every earlier set stays at 0 false alarms.
 */

export const HELD_OUT_37: RowCase[] = [
  // named crimes and wrongs: counted as an outcome (bad) or as work done (good)
  ['公安', B, SOC, '入室抢劫案件', '>=', '10', '起', DIR],
  ['公安', B, SOC, '入室抢劫案件', '<=', '10', '起', null],
  ['公安', O, QTY, '侦破入室抢劫案件', '>=', '10', '起', null],
  ['公安', B, SOC, '聚众赌博案件', '>=', '30', '起', DIR],
  ['公安', O, QTY, '查处聚众赌博', '>=', '30', '起', null],
  ['公安', B, SOC, '酒驾醉驾案件', '>=', '200', '起', DIR],
  ['公安', O, QTY, '查处酒驾醉驾违法行为', '>=', '3000', '起', null],
  ['教育', B, SOC, '校园欺凌事件', '>=', '5', '起', DIR],
  ['教育', B, SOC, '校园欺凌事件', '<=', '2', '起', null],
  ['妇联', B, SOC, '拐卖妇女儿童案件', '=', '0', '起', null],
  ['妇联', B, SOC, '拐卖妇女儿童案件', '>', '0', '起', DIR],
  ['市场监管', B, SOC, '传销案件', '>=', '3', '起', DIR],
  ['海关', B, ECON, '走私冻品案件', '>=', '8', '起', DIR],
  ['海关', O, QTY, '查获走私冻品', '>=', '500', '吨', null],
  // 伤亡 / 损毁 / 滞留 / 积压
  ['应急', B, SOC, '溺水伤亡人数', '>=', '3', '人', DIR],
  ['应急', B, SOC, '生产安全伤亡人数', '<=', '2', '人', null],
  ['住建', O, QUAL, '建筑施工人员伤亡', '>=', '1', '人', DIR],
  ['水利', B, SOC, '农田水利设施损毁', '>=', '5', '处', DIR],
  ['交通', B, SOC, '汛期公路水毁里程', '<=', '10', '公里', null],
  ['文物', B, SOC, '不可移动文物损毁', '>=', '1', '处', DIR],
  ['文物', B, SOC, '不可移动文物损毁', '=', '0', '处', null],
  ['交通', B, SOC, '春运旅客滞留时长', '>=', '2', '小时', DIR],
  ['交通', B, SOC, '春运旅客滞留人数', '<=', '100', '人', null],
  ['口岸', B, ECON, '港口集装箱滞留天数', '>=', '5', '天', DIR],
  ['信访', B, SOC, '信访积案积压件数', '>=', '10', '件', DIR],
  ['政务服务', O, TIME, '审批事项积压数', '<=', '5', '件', null],
  ['法院', O, QUAL, '一年以上长期未结积压案件', '>=', '20', '件', DIR],
  ['法院', O, QTY, '化解长期积压案件', '>=', '20', '件', null],
  // 超标 / 逃逸 / 复发 / 返贫
  ['生态环境', B, ECO, '污水处理厂出水超标天数', '>=', '3', '天', DIR],
  ['生态环境', B, ECO, '功能区噪声超标点位', '<=', '2', '个', null],
  ['市场监管', O, QUAL, '蔬菜农药残留超标批次', '>=', '5', '批次', DIR],
  ['市场监管', O, QTY, '农药残留快速检测', '>=', '5000', '批次', null],
  ['公安', B, SOC, '交通肇事逃逸案件', '>=', '10', '起', DIR],
  ['公安', O, QUAL, '肇事逃逸案件侦破率', '>=', '90', '%', null],
  ['卫健', B, SOC, '肺结核治愈后复发率', '>=', '3', '%', DIR],
  ['卫健', B, SOC, '肺结核治愈后复发率', '<=', '3', '%', null],
  ['卫健', B, SOC, '精神障碍患者病情复发', '>=', '20', '人', DIR],
  ['乡村振兴', B, SOC, '返贫致贫户数', '>=', '5', '户', DIR],
  ['乡村振兴', B, SOC, '新增返贫人口', '=', '0', '人', null],
  ['乡村振兴', B, SOC, '防返贫监测对象风险消除', '>=', '80', '%', null],
  ['乡村振兴', B, SUST, '因灾因病返贫风险', Q, '守住不发生底线', null, null],
  // prices, costs and fees borne by people
  ['医保', B, SOC, '住院次均费用增幅', '>=', '5', '%', DIR],
  ['医保', B, SOC, '住院次均费用增幅', '<=', '5', '%', null],
  ['医保', B, SOC, '门诊患者次均自付金额', '<=', '300', '元', null],
  ['医保', B, SOC, '药品集采平均降价幅度', '>=', '50', '%', null],
  ['卫健', B, SOC, '居民个人就医支出占比', '>=', '30', '%', DIR],
  ['卫健', B, SOC, '居民个人就医支出占比', '<=', '27', '%', null],
  ['商务', B, ECON, '节日期间蔬菜价格上涨幅度', '>=', '5', '%', DIR],
  ['住建', B, ECON, '集中供暖收费标准', '<=', '25', '元/平方米', null],
  ['住建', C, '经济成本指标', '安置房单位工程造价', '>=', '3500', '元/平方米', DIR],
  ['住建', C, '经济成本指标', '安置房单位工程造价', '<=', '3500', '元/平方米', null],
  ['教育', B, SOC, '家庭校外培训支出', '>=', '2000', '元', DIR],
  ['交通', B, ECON, '企业物流运输费用', '<=', '12', '万元', null],
  // time spent, waiting, queues, distances
  ['营商环境', O, TIME, '企业开办耗时', '>=', '1', '个工作日', DIR],
  ['营商环境', O, TIME, '企业开办耗时', '<=', '1', '个工作日', null],
  ['自然资源', O, TIME, '不动产登记办理用时', '<=', '5', '个工作日', null],
  ['政务服务', B, SOC, '群众办事跑腿次数', '>=', '2', '次', DIR],
  ['政务服务', B, SOC, '群众办事跑腿次数', '<=', '1', '次', null],
  ['卫健', B, SOC, '门诊患者候诊时长', '>=', '30', '分钟', DIR],
  ['卫健', B, SOC, '门诊患者候诊时长', '<=', '30', '分钟', null],
  ['政务服务', B, SOC, '窗口排队等候时长', '>=', '15', '分钟', DIR],
  ['卫健', O, TIME, '急救车辆到达现场平均用时', '<=', '12', '分钟', null],
  ['交通', B, SOC, '高峰时段路口排队长度', '>=', '200', '米', DIR],
  ['交通', B, SOC, '高峰时段路口排队长度', '<=', '150', '米', null],
  ['医保', B, SOC, '参保群众报销垫资天数', '>=', '10', '天', DIR],
  ['教育', B, SOC, '农村学生平均上学距离', '>=', '5', '公里', DIR],
  ['住建', B, SOC, '居民步行到公园绿地距离', '<=', '500', '米', null],
  ['住建', B, SOC, '居民步行到公园绿地距离', '>=', '500', '米', DIR],
  ['民政', B, SOC, '老人步行到助餐点时间', '<=', '15', '分钟', null],
  ['交通', B, SOC, '市民平均通勤时长', '>=', '40', '分钟', DIR],
  // good things named without …率
  ['工信', B, ECON, '新能源汽车保有量', '>=', '2', '万辆', null],
  ['工信', B, ECO, '新能源汽车保有量', '<=', '2', '万辆', DIR],
  ['人社', B, SUST, '高技能人才存量', '>=', '5000', '人', null],
  ['粮食', B, SUST, '地方储备粮存量', '>=', '5', '万吨', null],
  ['粮食', B, SUST, '地方储备粮存量', '<=', '5', '万吨', DIR],
  ['应急', O, QTY, '应急物资储备存量', '>=', '1000', '件', null],
  ['文旅', B, SOC, '公共文化服务覆盖面', '>=', '95', '%', null],
  ['医保', B, SOC, '基本医保覆盖面', '<=', '95', '%', DIR],
  ['金融', B, ECON, '普惠金融服务覆盖面', Q, '持续扩大', null, null],
  ['卫健', O, QTY, '家庭医生签约到位数', '>=', '5000', '人', null],
  // Relabelled after measuring (written as fine): money received is an input, not an output counted under 数量 (the house's reading of
  // 资金投入 under 数量, held by every earlier set); level_vs_name is right.
  ['财政', O, QTY, '上级补助资金到位数', '>=', '500', '万元', 'level_vs_name'],
  ['应急', O, QTY, '应急救援队伍到位数', '<=', '3', '支', DIR],
  ['住建', B, ECO, '人均公园绿地面积', '<=', '12', '平方米', DIR],
  ['住建', B, ECO, '人均公园绿地面积', '>=', '14', '平方米', null],
  ['卫健', B, SOC, '每千人口执业医师数', '>=', '3', '人', null],
  ['卫健', B, SOC, '每千人口执业医师数', '<=', '3', '人', DIR],
  ['养老', B, SOC, '每千名老人养老床位数', '>=', '35', '张', null],
  ['林业', B, ECO, '活立木蓄积存量', '>=', '120', '万立方米', null],
  ['林业', B, ECO, '活立木蓄积存量', '<', '120', '万立方米', DIR],
  ['水利', B, SUST, '水库有效库容', '>=', '8000', '万立方米', null],
  // a …率 in 人次, 元, 天
  ['卫健', O, QUAL, '家庭医生签约服务率', '>=', '5000', '人次', UVN],
  ['卫健', O, QUAL, '适龄儿童含麻疹成分疫苗接种率', '>=', '3000', '人次', UVN],
  ['人社', O, QUAL, '技能培训持证率', '>=', '800', '人次', UVN],
  ['民政', O, QUAL, '困难群众救助金发放率', '>=', '500', '万元', UVN],
  ['农业', O, QUAL, '耕地地力补贴兑付率', '>=', '1200', '元', UVN],
  ['住建', O, TIME, '保障房项目完工率', '>=', '30', '天', UVN],
  ['政务服务', O, TIME, '审批事项按时办结率', '>=', '5', '天', UVN],
  ['12345', O, TIME, '热线工单按期回复率', '<=', '3', '天', UVN, [DIR]],
  ['财政', O, QUAL, '资金拨付到位率', '>=', '200', '万元', UVN],
  ['体育', B, SOC, '公共体育场馆开放率', '>=', '300', '天', UVN],
  ['医保', B, SOC, '住院费用报销比例', '>=', '8000', '元', UVN],
  ['卫健', O, QUAL, '高危孕产妇专案管理率', '>=', '1500', '人次', UVN],
  // the same …率 rightly in %
  ['卫健', O, QUAL, '家庭医生签约服务率', '>=', '75', '%', null],
  ['人社', O, QUAL, '技能培训持证率', '>=', '80', '%', null],
  ['住建', O, TIME, '保障房项目完工率', '>=', '90', '%', null],
  ['体育', B, SOC, '公共体育场馆开放率', '>=', '95', '%', null],
  ['医保', B, SOC, '住院费用报销比例', '>=', '70', '%', null],
  // a …数/…量/…人数/人次 in %
  ['残联', O, QTY, '残疾人康复服务人次', '>=', '90', '%', UVN],
  ['人社', B, SOC, '高校毕业生留本地就业人数', '>=', '95', '%', UVN],
  ['农业', O, QTY, '秸秆收储量', '>=', '90', '%', UVN],
  ['水务', O, QTY, '乡镇污水日处理量', '>=', '95', '%', UVN],
  ['卫健', O, QTY, '门诊接诊量', '>=', '85', '%', UVN],
  ['教育', O, QTY, '受资助家庭经济困难学生人数', '>=', '98', '%', UVN],
  ['文旅', O, QTY, '图书借阅量', '>=', '60', '%', UVN],
  ['信访', O, QTY, '群众来访接待量', '>=', '90', '%', UVN],
  ['气象', O, QTY, '发布预警信息条数', '>=', '95', '%', UVN],
  ['市场监管', O, QTY, '食品抽检批次数', '>=', '80', '%', UVN],
  ['林业', O, QTY, '义务植树株数', '>=', '70', '%', UVN],
  ['民政', O, QTY, '急难临时救助人次', '>=', '100', '%', UVN],
  // the same counts rightly in counts
  ['残联', O, QTY, '残疾人康复服务人次', '>=', '1200', '人次', null],
  ['人社', B, SOC, '高校毕业生留本地就业人数', '>=', '8000', '人', null],
  ['农业', O, QTY, '秸秆收储量', '>=', '3', '万吨', null],
  ['水务', O, QTY, '乡镇污水日处理量', '>=', '1500', '万吨', null],
  ['信访', O, QTY, '群众来访接待量', '>=', '2000', '人次', null],
  ['气象', O, QTY, '发布预警信息条数', '>=', '300', '条', null],
  ['林业', O, QTY, '义务植树株数', '>=', '20', '万株', null],
  ['文旅', O, QTY, '图书借阅量', '>=', '15', '万册次', null],
  // ceilings and floors, right and wrong, on plain good and bad things
  ['生态环境', B, ECO, '城区细颗粒物平均浓度值', '>=', '35', 'μg/m³', DIR],
  ['生态环境', B, ECO, '全年空气质量达优良天数', '>=', '300', '天', null],
  ['生态环境', B, ECO, '全年空气质量达优良天数', '<=', '300', '天', DIR],
  ['生态环境', B, ECO, '重度及以上污染天数', '<=', '5', '天', null],
  ['生态环境', B, ECO, '重度及以上污染天数', '>=', '5', '天', DIR],
  ['水务', B, SOC, '城市供水管网漏损', '>=', '10', '%', DIR],
  ['水务', B, SOC, '城市供水管网漏损', '<=', '9', '%', null],
  ['水务', B, SOC, '城区内涝积水点', '>=', '3', '处', DIR],
  ['电力', B, SOC, '农村户均停电时长', '>=', '10', '小时', DIR],
  ['电力', B, SOC, '农村户均停电时长', '<=', '10', '小时', null],
  ['城管', B, SOC, '生活垃圾无害化处理量', '>=', '500', '吨/日', null],
  ['城管', B, ECO, '垃圾填埋量', '<=', '100', '吨/日', null],
  ['城管', B, ECO, '垃圾填埋量', '>=', '100', '吨/日', DIR],
  ['农业', B, ECO, '农用化肥折纯施用量', '>=', '2', '万吨', DIR],
  ['农业', B, ECO, '农用化肥折纯施用量', '<=', '2', '万吨', null],
  ['农业', B, ECON, '水稻亩均单产', '>=', '450', '公斤/亩', null],
  ['农业', B, ECON, '水稻亩均单产', '<=', '450', '公斤/亩', DIR],
  ['人社', B, SOC, '城镇青年失业率', '<=', '5.5', '%', null],
  ['人社', B, SOC, '城镇青年失业率', '>=', '5.5', '%', DIR],
  ['人社', B, SOC, '欠薪金额', '>=', '50', '万元', DIR],
  ['教育', B, SOC, '中小学生近视人数', '>=', '2000', '人', DIR],
  ['卫健', B, SOC, '新生儿出生缺陷发生', '<=', '10', '例', null],
  ['应急', B, SOC, '森林火灾过火面积', '>=', '50', '公顷', DIR],
  ['应急', B, SOC, '森林火灾过火面积', '<=', '50', '公顷', null],
  ['应急', B, SOC, '洪涝灾害直接经济损失', '>=', '1000', '万元', DIR],
  ['商务', B, ECON, '县域消费品零售额', '>=', '200', '亿元', null],
  ['商务', B, ECON, '县域消费品零售额', '<=', '200', '亿元', DIR],
  ['满意度', S, SAT, '患者就医体验满意度', '>=', '90', '%', null],
  // Added after the first measurement (the set as written was 48% fine, under the brief's half): fine rows only, measured as
  // written before any further change.
  ['公安', O, QTY, '打掉赌博窝点', '>=', '15', '个', null],
  ['公安', O, QTY, '破获走私案件', '>=', '6', '起', null],
  ['公安', B, SOC, '盗抢机动车案件', '<=', '30', '起', null],
  ['交通', O, QTY, '疏导滞留旅客', '>=', '5000', '人次', null],
  ['交通', B, SOC, '市民平均通勤时长', '<=', '35', '分钟', null],
  ['教育', B, SOC, '农村学生平均上学距离', '<=', '3', '公里', null],
  ['医保', B, SOC, '居民个人就医支出占比', '<=', '25', '%', null],
  ['工信', B, ECON, '机动车保有量', '>=', '30', '万辆', null],
  ['人社', O, QTY, '职业技能提升培训人次', '>=', '3000', '人次', null],
  ['民政', O, QTY, '救助站救助流浪乞讨人员', '>=', '800', '人次', null],
  ['应急', O, QTY, '应急救援队伍到位数', '>=', '12', '支', null],
  ['粮食', B, SUST, '人才储备存量', '>=', '200', '人', null],
  ['商务', B, ECON, '居民人均消费支出', '>=', '2.8', '万元', null],
  ['住建', B, SOC, '人均体育场地面积', '>=', '2.2', '平方米', null],
];

const MGMT = '管理效率';

export const HELD_OUT_37_DEPT: RowCase[] = [
  ['公安局', DUTY, QTY, '侦破刑事案件', '>=', '800', '起', null],
  ['公安局', SOCIAL, SOC, '电动车盗抢案件', '>=', '100', '起', DIR],
  ['公安局', SOCIAL, SOC, '命案积案', '<=', '2', '件', null],
  ['交通局', DUTY, QUAL, '公路养护质量优良率', '>=', '85', '%', null],
  ['交通局', SOCIAL, SOC, '道路拥堵时长', '>=', '30', '分钟', DIR],
  ['交通局', DUTY, QTY, '公交线网覆盖面', '<=', '80', '%', DIR],
  ['卫健委', DUTY, QTY, '基层诊疗人次', '>=', '60', '%', UVN],
  ['卫健委', DUTY, QUAL, '基层诊疗量占比', '>=', '65', '%', null],
  ['卫健委', SOCIAL, SOC, '群众看病自付费用增长', '>=', '3', '%', DIR],
  ['医保局', DUTY, QUAL, '医保基金结算率', '>=', '20', '天', UVN],
  ['医保局', MGMT, '预算执行', '部门预算执行率', '>=', '90', '%', null],
  ['医保局', SOCIAL, SOC, '异地就医备案办理时长', '<=', '1', '个工作日', null],
  ['人社局', DUTY, QTY, '职业技能提升培训人次', '>=', '95', '%', UVN],
  ['人社局', SOCIAL, SOC, '劳动争议积压案件', '>=', '30', '件', DIR],
  ['人社局', SOCIAL, SOC, '零就业家庭帮扶', Q, '动态清零', null, null],
  ['民政局', DUTY, QTY, '特困人员供养到位数', '>=', '1500', '人', null],
  ['民政局', DUTY, QUAL, '低保金发放准确率', '>=', '300', '元', UVN],
  ['民政局', SOCIAL, SOC, '流浪乞讨人员滞留救助站时长', '>=', '10', '天', DIR],
  ['生态环境局', DUTY, QUAL, '排污单位超标排放', '>=', '5', '家', DIR],
  ['生态环境局', SOCIAL, ECO, '地表水考核断面达标', '>=', '90', '%', null],
  ['生态环境局', MGMT, '资产管理', '办公设备利用率', '>=', '90', '%', null],
  ['应急管理局', SOCIAL, SOC, '安全生产伤亡事件', '<=', '1', '起', null],
  ['应急管理局', DUTY, QTY, '隐患排查整改', '>=', '95', '%', null],
  ['农业农村局', SOCIAL, ECON, '农资价格上涨', '>=', '5', '%', DIR],
  ['农业农村局', DUTY, QTY, '动物疫病强制免疫数量', '>=', '98', '%', UVN],
  ['农业农村局', SUSTAIN, SUST, '永久基本农田保有量', '>=', '50', '万亩', null],
  ['农业农村局', SUSTAIN, SUST, '永久基本农田保有量', '<=', '50', '万亩', DIR],
  ['财政局', MGMT, '预算管理', '结转结余资金存量', '<=', '500', '万元', null],
  ['财政局', MGMT, '预算管理', '公务接待及公车运行支出', '<=', '80', '万元', null],
  ['财政局', MGMT, '预算管理', '公务接待及公车运行支出', '>=', '80', '万元', DIR],
  ['财政局', CLIENT, SAT, '预算单位对财政服务满意度', '>=', '90', '%', null],
];
