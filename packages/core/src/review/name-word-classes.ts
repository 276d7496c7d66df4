/**
 * The word classes an indicator's name is read by (classify-name.ts computeFacts): each a regex compiled once, read
 * once per distinct name and cached with its facts, never per row.
 */

// A satisfaction level ends the name (服务对象满意度, 群众满意率情况); 满意度调查覆盖率 is a coverage rate.
// 满意程度 and 满意比例 are the same level worded otherwise.
export const SATISFACTION = /满意(?:度|率|程度|比例)(?:指标|情况|水平)?$/;
// 好评率 (the share of favourable ratings): under 满意度 it is held to the same minimum as 满意率. 认可度 (the share who approve
// of the service) is the same level worded otherwise.
export const APPROVAL = /(?:好评|认可)(?:率|度)$/;
// A laboratory's result graded 满意 in a proficiency test or an inter-laboratory comparison (能力验证满意率, CNAS's grades 满意/
// 有问题/不满意) is the quality of the lab's work, not anyone's satisfaction.
export const PROFICIENCY = /(?:能力验证|实验室间比对|比对试验|测量审核)[\u4e00-\u9fa5]{0,4}满意/;
// A …度 that is measured as a share: 满意度 and its kin, not 进度/年度/制度/力度.
// 研发投入强度 is R&D spending as a share of GDP; 执法强度 and 混凝土强度 are not shares.
// 免疫密度 (share of animals immunised) and 植被盖度 (share of ground covered) are shares too; 路网密度 and 人口密度 are not.
export const RATE_DEGREE = /(满意|知晓|认可|认知|认同|参与|完成|覆盖|满足|信任|支持|配合|美誉|知名|好评|普及|熟悉|达成|偏离|贡献|响应|投入强|研发强|经费强|免疫密|应免密|盖)度$/;
// A growth or fall written as 增速/增幅/涨幅/降幅 (GDP增速, CPI涨幅, 能耗降幅) is a rate too: stated in % or 个百分点, never in 亿元.
// A speed or a power (网络接入速率 in Mbps, 发电功率 in kW) ends on 率 but is a measured quantity, never a share; so is a
// turnover (泊位周转率 in 次/日, 库存周转率 in 次/年), how many times a thing is used over in a period.
// A radiation dose rate (环境γ辐射剂量率 in μGy/h, 周围剂量当量率) and a crane's or a berth's handling rate (桥吊作业效率 in
// 自然箱/小时, 装卸效率) are measured quantities per hour too.
// The share of students a grant funds is written 资助面 or 受助面 (国家助学金资助面 about 20%), a rate without 率.
export const RATE_END = /((?<!速|[^成]功|周转|剂量(?:当量)?|(?:作业|装卸)效)率|(?:资助|受助)面|比例|占比|比重|百分比|增速|增幅|涨幅|降幅|跌幅)$/;
// A volume handled or produced (出栏量, 处置量, 秸秆综合利用量), a population (受益人口) and a scale held (储备粮规模) are counts too;
// 质量, 含量 (and a content named, 含盐量, 含水量), 容量, 流量, 增量 are not; people or vehicles passing (客流量, 车流量) are counted. Stops, sorties, ships or trips counted each time (流动科技馆巡展站次, 出动架次, 进出港艘次)
// are counts as 场次 and 人次 are, and so are new jobs (城镇新增就业, counted in 万人); 名次 and 等次 are a place and a grade. A yield per mu (亩产茶油, 水稻单产) is a quantity weighed;
// its rise (粮食亩产提高) is a change.
// A power factor (功率因数 0.95) ends on 数 but is a pure number, as 系数 and 指数 are.
// Provision per head of population named by what is provided, with no 数 after it (每千常住人口拥有社会体育指导员, 每万人口配备全科医生):
// a count of people or things per head all the same, as 每千人口执业医师数 is.
export const PER_HEAD_COUNT = /^每[十百千万]+(?:常住|户籍|服务)?(?:人口|人)(?:拥有|配备|配置)?[\u4e00-\u9fa5]{0,10}(?:员|师|者|医生|护士|床位|病床|托位|学位|机构|组织|设施|站点|场馆|社工)$/;
export const COUNT_END = /(规模|频次|班额|次数|人数|户数|个数|件数|场数|天数|台数|套数|家数|项数|班数|期数|篇数|份数|批数|所数|座数|处数|条数|名数|册数|总数|数量|人次|场次|批次|户次|班次|家次|站次|架次|艘次|车次|航次|趟次|台次|辆次|件次|轮次|期次|课次|面积|里程|长度|人口|新增就业|学时|课时|学时数|课时数|(?:单产|亩产)(?!提高|提升|增加|增长|上升|下降|降低|减少|变化)[\u4e00-\u9fa5]{0,3}|(?<![指系倍分参基函率因])数|[客人车]流量|(?<!质|含|容|流|能|热|剂|增|减|余|变|力|分|考)(?<!含[\u4e00-\u9fa5])量)$/;
// Things built, bought or set up (新增公交站亭, 新建污水处理设施, 山洪灾害监测站点, 村级光伏电站, 候鸟监测样点): counted, whatever noun ends the
// name; progress, completion and quality of the work are not. Devices laid out or put up (布设红外相机, 红外相机布设, 监控架设) are
// counted the same way, the verb before or after the thing; so are reefs sunk (投放人工鱼礁) and flats let (筹集人才公寓, 宿舍).
// Routes and lines opened (开通无人机物流航线, 公交线路, 客运班线) are counted (条), and works renewed (更新改造老化管网) as works built are.
// Devices set up (配置负压救护车, 配置移动CT车) are counted as those bought (购置) or fitted (配备) are.
export const BUILT_THING = /^(?:新增|新建|新设|建设|建成|更新改造|改造|改建|扩建|新改建|购置|配备|配置|安装|铺设|布设|架设)|(?:站|站点|点位|监测点|样点|样地|样方|网点|站亭|泊位|床位|学位|岗位|中心|馆|室|园|厂|库|池|井|塘|坝|闸|桥|厕|礁|公寓|宿舍|布设|架设|航线|线路|班线|专线|电梯)$/;
// Things a works verb builds (新建社区健身点, 建成高标准农田, 铺设管网): each one counted, never an amount of money per unit.
// 新增/购置/配备 lead money and loans as often (新增发放小额信贷, 购置经费) and 改造 leads spending on what exists: left out.
export const BUILT_STRUCTURE = /^(?:新建|建设|建成|改建|扩建|新改建|修建|铺设|安装)[\u4e00-\u9fa5]/;
// Entities counted one by one, whatever the verb before them (培育科技型中小企业, 涉税信息交换部门, 住户调查样本户,
// 地籍调查图斑, 扶持新型农业经营主体): in % or in money per unit the name should say which share or which amount.
// Written products are counted too (形成调研报告, 编发简报, 发表论文), and so are records gathered or shared (数据共享交换平台归集
// 数据, 开放数据集: 条, 个), whose share is named by a rate (数据共享率). Clues referred or rewarded (移送问题线索) are counted (条, 件).
// Books a unit writes are counted (部) whether or not the act of publishing follows (党史著作出版, 年鉴编纂出版), and so are the
// standards a body drafts (制定地方标准, 团体标准: 项), documents, not a money standard.
// The cells a 街道 divides its ground into (划分基础网格) are counted (个) as its 社区 are; their cover is a rate (网格覆盖率).
// So are the committees residents elect or a 街道 sets up (业主委员会, 业委会, 物业管理委员会): bodies, never money.
// Drafts a unit writes (县志初稿, 送审稿) are counted as its reports are, and so are village service co-ops (为农服务社, 供销社).
// Scenes where a technology is put to use (人工智能典型应用场景), guesthouses rated (等级旅游民宿), train or flight services run
// (中欧班列开行), projects approved (攻关项目立项) and places added (新增老年大学学位, 新建护理型床位) are counted one by one too.
// So are scenic areas created or rated (创建AAA级乡村旅游景区, 新增A级景点), whose grade letters are part of the name, items of
// business put online (上线…重点事项), shops brought onto a platform (接入…便利店) and vehicles bought or taken back (回收…电动自行车).
export const COUNTED_ENTITY = /(?:(?:地方|行业|团体|国家)标准|企业|部门|单位|机构|户|图斑|宗地|网格|委员会|业委会|线索|学校|医院|村|社区|乡镇|街道|报告|简报|论文|专著|(?:初|书|志|文|送审|评审|征求意见)稿|(?:服务|供销|经济|信用)社|应用场景|(?:旅游)?民宿|(?:旅游)?景区|景点|(?:班列|专列|航班|班车)(?:开行|开通)?|(?:项目|课题)立项|(?:新增|新建|提供)[\u4e00-\u9fa5（）()]{0,10}(?:学位|床位|托位)|(?:著作|年鉴|志书|丛书|读本)(?:编纂|编撰)?(?:出版|编印|印发)?|课题|工单|经营主体|市场主体|合作社|家庭农场|事项|便利店|门店|超市|(?:电动)?自行车|电动车|摩托车|汽车|(?:归集|汇聚|汇集|采集|共享|交换|开放|编目|挂接)(?:数据|数据集|数据资源|信息资源))$/;
// …or an act on a place (项目入库, 幼儿入园, 场馆开馆), not the place. Those who use a thing (专用标志使用企业) are counted, not its use.
// A grade the name ends on (新建公路技术等级) is what the thing is built to, not a thing counted (新建等级公路 is a road).
// 高标准农田 names a kind of farmland (建成高标准农田 is land built, counted in 亩), not a standard.
// A span of time the name ends on (改造林分管护期, 设施保修期限) is how long, not a thing built or counted.
export const NOT_A_THING = /((?:期限|年限|周期|(?<![一二三四五六七八九十\d第])期)$|进度|进展|任务|完成|效果|成效|质量|水平|能力|情况|机制|体系|管理|工作|(?<!高|地方|行业|团体|国家)标准|规范|等级$|等次$|级别$|合格|验收|达标|覆盖|到位|及时|按时|按期|完好|正常|使用(?!(?:企业|单位|主体|农户|户)$)|利用|运行|执行|支付|拨付|落实|开工|完工|竣工|比例|占比|[入出进开闭][库园馆室厂站池])/;
// Foreign investment used (实际使用外资 1.2亿美元) is an amount as well (set 29); its growth ends in 增速 or 增长率. So is a
// loan lent (发放个人住房贷款 18亿元, set 35); 不良贷款 is read by its share (不良贷款率). Turnover of trade or finance (数据交易额,
// 外贸进出口额, 融资额) is money as 营业额 and 成交额 are; so is retail or wholesale turnover (网络零售额, set 47).
// Capital put into a firm (注入资本金), a penalty (违约金) and a deposit (保证金) are money named by what it is for.
export const AMOUNT_END = /(金额|资金|经费|费用|成本|造价|单价|支出|投入|投资|补助|补贴|奖励|奖补|预算|资金额|总额|(?<!地方|行业|团体|国家)标准|收入|产值|营业额|销售额|零售额|批发额|消费额|成交额|交易额|贸易额|进出口额|出口额|进口额|融资额|利润|外资|(?<!不良)贷款|借款|(?:资本|违约|保证)金)$/;
// An amount stated as a level (旅游综合收入, 带动研发投入金额): in % it is a growth rate wearing the wrong name.
// 项目总成本 and 单位成本 are amounts as well: in % they say neither which share nor what it costs.
// A money standard per recipient (农村低保保障标准, 特困人员供养标准, 公益性岗位补贴标准) is an amount too; a share of the cost
// is worded 补助比例.
export const AMOUNT_LEVEL = /(金额|资金额|总额|经费|费用|成本|造价|单价|(?:经费|养老金|津贴|生活费|人均)[\u4e00-\u9fa5]{0,2}标准|收入|产值|营业额|销售额|成交额|交易额|贸易额|进出口额|出口额|进口额|融资额|利润|(?:保障|补助|补贴|救助|资助|供养|抚恤|生活|最低|待遇)[\u4e00-\u9fa5]{0,2}标准|(?:使用|利用|引进|引入|吸引)外资|(?<!不良)贷款|借款|(?:资本|违约|保证)金)$/;
// Rates that end the name and are good when high (造林保存率, 有害生物防治率, 湿地保护率, 矿山修复治理率, 数据整合率,
// 困难职工解困脱困率, 不合格药品召回率 too; 储备粮宜存率, 千人口献血率 and 国有资本保值增值率, a ratio often above 100%, as well;
// 种子发芽率, 调解协议履行率 and 森林火灾扑灭率, where the fire is what is put out; 严重精神障碍患者报告患病率 ≥4.5‰, the
// share of cases found, where 发病率 and 患病率 alone are the disease's own rates; 合格碘盐食用率, the share using a good thing;
// 戒断三年未复吸率, the share a relapse did not happen to, where 复吸率 alone is bad);
// 按时完工率, 供电可靠率 and 疫木除治率 (diseased trees cleared) are good shares as well, and so are 遗体火化率 (the burial
// reform's aim) and 馆藏档案数字化率 (records digitised);
// they win over bad words inside the name
// (事故隐患整改率, 投诉办结率, 系统故障修复及时率 are all good). 辅助器具适配率 is the share of needs fitted.
// A share done by the rules (病历书写规范率, 开放数据格式规范率, 执法合规率) is compliance, good when high; 不规范率 counts the failures.
// A share of places or traffic that gets through (公共场所无障碍通行率, 道路通行率) is access, good when high.
// Self-sufficiency (蔬菜自给率) and people kept on (博士后出站留区率, 人才留任率, 留用率) are good shares as well, and so are a
// stock kept (自然岸线保有率, a red line) and cases closed out (联单闭环率, as 销号率).
// A share supplied locally (核心零部件本地配套率) and smokers dissuaded (吸烟劝阻率) are good shares as well, and so are the
// share of people who read (成年居民综合阅读率), burials that save land (节地生态安葬率, the reform's aim as 火化率 is) and
// systems or vehicles brought online (数据上线率, as 在线率). Cases found in a screening passed on to care (阳性人员转介率) are
// a good share too; 转诊率 alone is not read (a county's 外转率 is kept down).
// Payments settled the prescribed way (公务卡结算率, 异地就医直接结算率; cash settlement is what 公务卡 replaces) and receipts
// or assets booked (入账率) are good shares as well.
// Payouts that reach the card or household (发放到卡率, 补贴到户率) and a 规范管理服务率 are good shares too, and so are the
// share of members who take part in study or training (青年大学习参学率, 参训率).
// Emergency calls answered (120呼救电话接听率), data captured by a monitoring station (数据获取率), trains on time (正点率, as 准点)
// and strokes given clot-busting or clot-removing care (静脉溶栓率, 取栓率, 再灌注率) are good shares as well, and so are matters
// answered back on (预警问题核实反馈率, as 回复 and 答复).
// Zombie firms cleared out (僵尸企业出清率) is work against a bad stock, good when high.
export const GOOD_RATE = /(及时|反馈|完成|完工|可靠|除治|处结|办复|答复|调处|审结|合格|覆盖|达标|知晓|准确|正确|完好|到位|执行|办结|结案|支付|拨付|发放|下达|公开|公示|编制|验收|通过|出勤|保障|保证|供应|按时|准时|准点|正点|兑现|落实|处置|整改|化解|稳控|响应|修复|处理|回复|查处|排查|整治|消除|利用|使用|运行|普及|优良|优良中等路|优良路|优等路|参与|参学|参训|入库|上报|录入|归档|采纳|转化|就业|参保|入学|治愈|救治|接种|检测|监测|巡查|检查|培训|考核|节约|节支|节能|节水|节电|节油|节煤|节气|回收|收缴|征收|兑付|下降|降低|减少|压减|压降|结清|偿还|清偿|办理|审核|受理|提交|实施|建成|开工|竣工|细化|应用|在线|可用|正常|稳定|安全|接通|接听|获取|溶栓|取栓|再灌注|适航|连续|完整|核查|核实|畅通|送达|妥投|到报|通达|有效|供水|供电|供气|供暖|供热|通水|通气|通网|巩固|管理|建档|随访|签约|配备|入园|免疫|应免|取证|清理|清零|清收|清欠|盘活|复耕|复垦|相符|鸣响|可办|网办|通办|列养|开放|履约|出租|入住|上岗|到岗|持证|成活|存活|育成|机械化|收回|收益|回报|获贷|(?<![账帐])核销|破案|侦破|破获|登记|备案|成功|追回|追缴|领取|保存|防治|保护|治理|整合|脱困|解困|召回|续约|续签|续保|销号|闭环|保有|宜存|献血|保值增值|发芽|出苗|适配|履行|扑灭|扑救|报告患病|保持|留存|留样|食用|火化|(?:生态|节地)安葬|阅读|数字化|电子化|筛查|亮灯|发布|转移|规范|合规化?|通行|自给|上线|配套|劝阻|转介|(?<!现金)结算|入账|到卡|到户|管理服务|留(?:区|市|县|乡|校|岗|任|用)|未(?:复吸|复发|复犯|再犯)|出清)率$/;
// A share done on time with the act between (机关党组织按期换届率, 按时足额发放率, 如期交付率) is good when high, as 及时率 is;
// 未按期… and 不按时… count the late ones (NEGATED_RATE reads only the acts it lists, so the negation is excluded here).
export const ON_TIME_SHARE = /(?<![不未非])(?:按期|按时|准时|如期)[\u4e00-\u9fa5]{0,4}率$/;
// A share of ground covered (植被盖度, 覆盖度) is good when high, as 覆盖率 is.
// …but not by invasive plants, pests or weeds (外来入侵植物覆盖度, 有害生物覆盖率): their cover is the harm. An act between
// (有害生物防治覆盖率) is the work's reach and is not matched.
export const HARM_COVER = /(?:入侵(?:物种|生物|植物|动物)?|有害生物|鼠害|虫害|杂草)(?:覆盖|盖)(?:度|率|面积)$/;
export const GOOD_DEGREE = /(满意|知晓|认可|认知|认同|满足|信任|支持|美誉|知名|好评|普及|完成|免疫密|应免密|盖)度$/;
// Population-wide service rates run near 100% too (接种率, 入学率, 巩固率, 参保率, 建档率), and so do compliance with the rules
// (规范率, 合规率), staff holding the licence their post requires (持证率, 持证上岗率) and cases closed out (闭环率, as 销号率);
// a broadcaster's 安全播出率 runs at 99.9% by standard.
// A fund's 收支平衡率 (income against spending) runs near 100% by design; a floor below half is a slip.
export const HIGH_RATE = /(运行|完成|及时|合格|覆盖|达标|完好|准确|正确|到位|办结|结案|支付|拨付|发放|下达|公开|编制|验收|通过|保障|保证|供应|按时|准时|准点|正点|兑现|落实|整改|稳控|响应|修复|在线|可用|正常|接听|获取|适航|入库|上报|归档|兑付|结清|受理|办理|审核|接种|入学|巩固|参保|建档|确权|通车|通邮|通电|保存|成活|存活|接通|连续|完整|核查|核实|畅通|送达|妥投|到报|通达|宜存|相符|鸣响|可办|网办|通办|列养|开放|履约|销号|闭环|规范|合规化?|上线|到卡|到户|持证(?:上岗)?|无害化(?:处理|处置)?|留样|偿还|清偿|安全播出|收支平衡)率$/;
// A system's or a service's trait measured as a share (政务云平台可用性 ≥99.95%, 数据准确性): near 100% when things go well.
export const HIGH_TRAIT = /(可用|及时|准确|正确|完整|连续)性$/;
// Results achieved against a bad thing (年减排二氧化碳, COD削减量, 节约财政资金, 挽回经济损失, 新增碳汇量 and 固碳量, carbon taken
// out of the air) and tax and fees cut for firms (新增减税降费): good when large in any unit.
// 减少/降低/压缩 are left out: 压缩审批时限 ≤5个工作日 states the limit reached, a ceiling rightly.
// 节约运维成本 likewise.
// 节约利息支出 and 节本增效 are savings to the people served, good when large as well.
// Arrears collected (社会保险费欠费追缴) are money won back, as 追回 is; so is money cut from a claim by review (核减结算金额, 审减资金).
export const GAIN = /^(?:年度?|累计|新增|实现)?(?:减排|削减|节约|节省|节能|节水|挽回|追回|追缴|减税降费|碳汇|固碳)|(?:减排|削减|节约|节省|节能|节水|挽回|追回|追缴|减税降费|碳汇|固碳)(?:量|总量|金额|额|资金|损失|规模)?$|(?:节约|节省)[\u4e00-\u9fa5]{0,4}(?:利息|支出|开支|成本|费用|经费)$|(?:挽回|追回|追缴)[\u4e00-\u9fa5]{0,2}(?:损失|金额|资金)$|^(?:核减|审减)[\u4e00-\u9fa5]{0,8}(?:金额|资金|额|造价)$|增效$/;
// A share of land under cover (城市绿化覆盖率 ~40%, 森林覆盖率 ~60%): a landscape figure, not a service rate near 100%.
// …but a city's green cover is held to a national floor (建成区绿化覆盖率 ≥36% for 园林城市): a single-digit floor is a slip.
export const URBAN_GREEN = /(?:建成区|城市|城区)[\u4e00-\u9fa5]{0,2}绿(?:化|地)[\u4e00-\u9fa5]{0,2}(?:覆盖率|率)$/;
export const LAND_COVER = /(绿化|绿地|森林|植被|林草|林木|草原|草地|湿地|水土保持|绿视)[\u4e00-\u9fa5]{0,2}(覆盖率|率)$/;
// Bad things anywhere in the name (积水, 成灾, 混投 of sorted waste, 民转刑, a price's 波动幅度, 占道 and land or plants taken or damaged by works,
// calls, complaints and reports made again (12345 重复来电率, 重复检举控告件数) and major or sensitive incidents (涉民族宗教因素重大事件, 舆情事件),
// and work left undone: 未整改隐患, 未按期完工项目; 未成年人 and 未利用地 are not negations; police incidents (家庭暴力警情) and water or
// power used (公共机构人均用水量; 人均生活用水量 is a supply standard and is not matched)); 排放标准 names a standard (淘汰国三排放标准柴油货车), not emissions.
// Water drawn (万元GDP取水量) and coal or oil burnt (单位面积供热耗煤量) are used up like water and power used.
// Fake or shoddy goods (假劣种子, 假冒伪劣) and heating or supply cut off (停热, 停暖, 停供, as 停电/停气) are bad things too.
// 非法 and 违反 say what 违法 and 违规 say (非法采矿案件, 违反公平竞争审查标准文件); a theft (文物被盗, 盗窃案件), a damage act counted
// as cases or acts (破坏野生动物资源案件) and a recruit sent back (退兵, as 退件/退回) are bad too; acting against them (查处…) is not.
// Crimes named by the act (抢劫, 盗抢, 赌博, 欺凌, 拐卖, 传销, 走私, 酒驾/醉驾, 肇事逃逸) are bad things counted; so are people or goods
// stranded (滞留) and a queue's length or size (排队长度).
// What a programme loses, misses or lets slip, named by the outcome: data late or missing (迟到, 缺测, 断记, 漏登/漏筛/漏检),
// errors and omissions (错漏), people dropping out or lost to follow-up (脱落, 失访), money withheld or diverted (截留, 挪用,
// 挤占; rain held by plants or soil, 雨水截留, is not), exhibits or clinics shut (停展, 停诊), harm to people (跌倒, 走失, 溺水,
// 致伤/致残; 防跌倒 and 防溺水 are the remedy), waste produced (餐厨垃圾产生量), stock kept past its years (超过轮换年限, 超设计使用年限)
// and sirens that did not sound (未响); a leak test (渗漏检测) misses nothing.
// Goods spoilt or written off (血液报废率, 疫苗报损率; scrapping old vehicles, ships or machines is a renewal programme's aim,
// and writing off assets their normal end), people absent or dropping out part-way (缺勤, 旷课, 中途退出, 退学率), appeals
// against a service (申诉, as 投诉) and a pest or an invasive species spreading over land (外来入侵物种覆盖面积, 病虫害危害面积;
// its 防治/清除面积, and a 监测覆盖面积, are the work against it).
// Flaws found in work done (案件审理瑕疵率) and points lost in an assessment (测评失分率) count what went wrong, as 差错 and 扣分
// do; a decision or an award overturned by the body above (仲裁裁决被法院撤销率, 复议决定被纠正率) is the unit's own work found
// wrong. Only the passive says so: a body's own 纠错率 or 撤销率 (行政复议纠错率, 不合格证书撤销率) is its work on others'.
// People or firms that broke faith (失信被执行人, 失信企业) are a credit programme's harm; its 惩戒 and 修复 act against it.
// Work not done by the rules (不规范地名, 合同签订不规范) is a bad state as 不合规 and 不达标 are; its 整改 and 规范化 are good.
// Trouble caused (患者肇事肇祸案件) and new cases of a disease (新发职业病病例数) are harms; cases found (新发现) are work.
// Land destroyed (毁林开垦案件, 毁草毁田) is damage counted as 破坏…案件 is; people bitten or hurt by animals (犬伤事件, 咬伤) are harms.
// People lost to follow-up (随访脱失率, as 失访), dues evaded (停车费逃缴率, 逃费), applications rejected (驳回, as 退件), unplanned
// care (非计划再入院率, 非计划转院率), dropping out part-way in any word (中途退站, 中途退班), a price's swings counted (价格异常波动次数),
// days or bouts of sand and dust (沙尘天气日数; a 沙尘暴监测站 is work) and loose coal burnt (散煤消费量; 散煤替代 is the remedy) are bad too.
// Waste dumped or discharged on the sly (油污水偷排案件, 偷倒渣土) and points a survey missed (管线点位漏探率, 漏查, 漏录) are as well.
// Human activity inside protected land (核心保护区人为活动点位, 人类活动图斑: the 绿盾 campaign's problems) and cases of a disease
// named by origin or confirmation (登革热本地病例, 输入性病例, 确诊病例) are harms too; antimicrobials may be named without 物 (兽用抗菌药).
// Villages with no collective income (空壳村), listings that found no buyer (流拍), vehicles running empty (空驶), dues paid late
// (滞纳), people trapped in lifts (电梯困人; 贫困人口 and 特困人员 are not), crafts with no one to carry them on (后继乏人), keeping
// dogs or trading without a licence (无证养犬, 无照经营), graves and stalls put anywhere (乱埋乱葬, 乱搭乱建, 乱摆) and water worse
// than grade V (劣Ⅴ类) are bad too. New drug users (新增吸毒人员, 新滋生吸毒人员; those already known are the caseload a 禁毒
// body manages, set 44's 吸毒人员风险评估率) and complaints carried from the courts to petitions (涉诉信访, 涉法涉诉信访: a
// case's disputes left unsettled) are harms counted as well. So are farmland turned to other uses (耕地非农化, 非粮化: the
// 耕地保护 programmes' harm), crises that happen to people (心理危机事件; 危机干预 is the remedy), books that do not match the
// goods (账实不符, 信息不相符; 不符合 names a condition and is left to the acts around it) and a claim paid twice (重复结算, 重复报销).
// Party branches rated weak and lax (软弱涣散: 整顿 is the work on them) are a failing state;
// staff taken on past the establishment (超编, 超职数), hospitality, cars or kit past the standard (超标准接待, 超标准配车), a
// stock-take's surplus or shortfall (盘盈, 盘亏) and balances left on the books (挂账往来款) are a 部门整体 form's breaches.
// Children out of school (失学) are bad as 辍学 is; dams that fail (溃坝, 垮坝), works run while unsafe (带病运行) and fees
// charged against the rules (乱收费) are breaches counted as 事故 and 乱搭 are.
// Bids rigged (围标, 串标), secrets leaked (泄密), spills from a waste truck (跑冒滴漏), vehicles left anywhere (乱停乱放),
// claims or adverts that are false (虚假宣传, 虚假申报) and harm not found or reported in time (未及时发现, 未及时上报) are
// breaches too; hidden government debt (隐性债务) and a treasury's temporary advances (暂付款) are what a 财政 form keeps down.
// Suppliers shut out on unfair terms (排斥供应商), acts done without the approval they need (未经审批, 未经批准), copied or
// look-alike reports (抄袭, 雷同) and payments the bank sends back (退票: a wrong account or name) are breaches as well.
// Tenders that fail (流标, 废标, as 流拍), losses (亏损; 扭亏/减亏/止亏 are the remedy), dykes breached or overtopped (溃堤, 漫堤,
// 决口; 封堵决口 is the work against it) and money carried over or left unspent as a share (结转资金比例, as 结转率) are too.
// Crowds crushed (踩踏; 防踩踏 is the remedy), acts out of the normal course (非正常专利申请, 非正常死亡) and work finished late
// (延期结题, 延期交付; a deferral granted, 申请延期, is not) are bad as well.
// New infections (透析患者新发感染, as 新发病例) and records falsified (监测数据弄虚作假, 数据造假) are harms as well.
// A river's 四乱 (乱占, 乱采, 乱堆, 乱建), problems a campaign names as 突出问题 and fire spots a satellite sees (焚烧火点; 发火点 and
// 热火点 are apart) are counted to be kept down; 突出问题 solved or listed (解决…突出问题, 梳理突出问题清单) and posts that fight
// fire (防火点, 灭火点) are work done.
// Fraud on a fund (欺诈骗保行为), tolls dodged (偷逃车辆通行费), a fund's gap (当期收支缺口; filling it, 弥补缺口, is the remedy),
// the fees paid to raise or hold money as a share of it (发行费率, 托管费率) and petition incidents (信访事件; handling them, 化解
// 信访事件, is the work; bare 信访 stays unread, set 43) are bad when large too.
export const BAD = /(事故|四乱|(?<!(?:解决|梳理|聚焦|排查|整治|化解|整改|清理|破解|办理|交办|处理)[\u4e00-\u9fa5]{0,6})突出问题|(?<![发热防灭扑])火点|(?<!防)踩踏|非正常|延期(?:结题|验收|交付|完工|竣工|办结|开工|投产)|溃坝|垮坝|溃堤|漫堤|漫顶|决口|带病(?:运行|作业|上岗)|新(?:增|滋生|发生?)吸毒|涉(?:法涉)?诉信访|空壳|流拍|流标|废标|空驶|滞纳|电梯[\u4e00-\u9fa5]{0,2}困人|困人(?:事件|故障|事故|次数|起数|数)|后继(?:乏|无)人|无[证照](?:养|经营|行医|驾驶|营运|运营|上岗|从业|施工|排污|生产)|乱(?:埋|葬|搭|摆|扔|倒|贴|涂|画|收费|停|放)|围标|串标|泄密|排斥|抄袭|雷同|退票|未经(?:审批|批准|许可|授权|同意|备案|论证)|跑冒滴漏|隐性债务|暂付款|虚假(?:宣传|广告|信息|材料|申报|交易|发票|报销)?|未及时(?:发现|上报|报告|救治)|劣[ⅤVv5五]类|肇事|肇祸|新发(?!现|放)[\u4e00-\u9fa5]{0,8}?(?:病例|患者|病人|感染)|弄虚作假|造假|不端|瑕疵|失分|失信|被[\u4e00-\u9fa5]{0,4}?(?:撤销|改判|纠正|纠错|发回|确认违法)|抢劫|抢夺|盗抢|赌博|欺凌|霸凌|拐卖|传销|走私|酒驾|醉驾|毒驾|逃逸|逃(?:缴|费|税|票)|非计划|沙尘暴?(?:天气)?(?:过程)?(?:发生)?(?:日数|天数|次数|频次)|散煤(?:消费|使用|燃用|燃烧)?(?:总)?量|滞留|排队(?:长度|人数|车辆)|发生率|投诉|超支|差错|故障率|违纪|违法|违规|非法|违反|被盗|失窃|盗窃|退兵|(?:破坏|毁林|毁草|毁田|毁坏)[\u4e00-\u9fa5]{0,8}(?:案件|犯罪|行为|事件)|(?:犬|狗|动物)伤人?(?:事件|事故|人数|例数|起数|数)|咬伤(?:人数|例数|事件|数)|失误|延误|损失|(?<![扭减止])亏损|逾期|返工|返修|不合格|错误|流失|死亡|伤亡|漏报|误报|空置|闲置|结余率|结转率|(?:结余|结转)(?:资金)?(?:占比|比例|比重|比率|占[\u4e00-\u9fa5]{1,8}?(?:比例|比重|比率))|(?<!(?:反|防))欺诈|骗保|偷逃|(?<!(?:填补|弥补|补齐|补足)[\u4e00-\u9fa5]{0,8})缺口|(?:发行|承销|托管|代理|中介|登记|手续|管理)(?:服务)?费率|(?<!(?:受理|办理|化解|处理|接待|答复|回复|调处)[\u4e00-\u9fa5]{0,6})信访事件|调整率|(?:预算|资金|经费|支出|指标)[\u4e00-\u9fa5]{0,4}?(?:调整|调剂)(?:幅度|比例|比率|比重)|成本增长|费用增长|支出增长|上升率|超概算|超预算|拖欠|欠薪|偏差(?:比?率|比例|幅度)|偏离度|偏离率|辍学|失学|复发|违约|扣分|退件|退回|驳回|案发|发案|隐患数|污染|排放(?!标准)|能耗|消耗|耗能|损耗|负债|债务率|停播|停运|停电|停水|停气|停热|停暖|停供|中断|不达标|未达标|不合规|不规范|缺测|缺报|漏测|迟报|迟到|(?<![渗泄滴跑])漏(?:登|筛|检|缴|探|查|录)|偷排|偷倒|错漏|脱落|脱失|失访|(?<!雨水|降雨|径流|植被|林冠)截留|挪用|挤占|断记|停展|停诊|(?<!防)(?:跌倒|走失|溺水)|致伤|致残|(?:垃圾|废物|固废|废弃物|废水|粪污|渣土|污泥)[\u4e00-\u9fa5]{0,2}产生(?:总)?量|超(?:过|出|设计)?[\u4e00-\u9fa5]{0,2}(?:储存|存储|轮换|保管|使用|服役)年限|缺失率|越级|败诉|非访|闹访|缠访|集访|重复信访|重复访|突发[\u4e00-\u9fa5]{0,4}事件|群体性事件|安全事件|脱管|漏管|漏洞|不良(?:贷款|资产)?率|不良贷款|(?:化肥|农药|抗菌药物?|抗生素)(?:施用|使用)量|人[为类]活动(?:点位|点|图斑|问题|数量|个数|数)|(?:本地|本土|输入性?|确诊|聚集性?)(?:[\u4e00-\u9fa5]{0,4}?)病例|纠纷|(?<!好)差评|发生(?:次数|起数|例数|件数|宗数|数|面积|人数|量)|假劣|假冒|伪劣|骗取|骗补|套取|冒领|虚报|瞒报|谎报|空报|错报|复吸|复犯|超期|超时|积压|积案|拒报|拒访|拒答|拒填|错保|漏保|错发|漏发|错退|错评|漏评|重复(?:采集|录入|填报|报送|申报|建设|检查|率|来电|来访|上访|投诉|诉求|举报|检举|控告|报警|派单|交办|结算|报销|支付|领取|享受)|(?:重大|较大|敏感|舆情|涉稳|极端|暴力|暴恐|恐怖|危机)[\u4e00-\u9fa5]{0,2}事件|非(?:农|粮)化|超编|超职数|软弱涣散|超(?:标准|规格|范围)(?:接待|配备|配置|配车|用车|乘车|发放|列支|开支|建设|装修|购置|使用)|盘(?:盈|亏)|挂账|(?:账实|账账|账卡|账表|信息|数据)不(?:相)?符(?!合)|(?:跑动|跑腿)次数|代偿|警情|家庭暴力|家暴|(?<!生活)(?:用水|取水|用电|用气|用能|耗水|耗电|耗煤|耗油)(?:总)?量|(?:疫情|疫病)发生|(?<!车|车辆|船|船舶|机|机具|农机|设备|资产)报(?:废|损)率|缺勤|缺课|旷课|旷工|中途(?:退|放弃|终止|辍)|(?:退学|退训)率|申诉|(?:入侵(?:物种|生物|植物|动物)?|有害生物|病虫害?|鼠害|虫害)(?:覆盖|分布|蔓延|扩散|危害)(?:面积|范围)|积水|成灾|混投|错投|民转刑|占道|波动(?:幅度|幅|率|范围|次数)|(?:植被|生态|林地|耕地|草原|草地|湿地)破坏|占用(?:永久)?(?:基本农田|耕地|林地|草原|草地|湿地)|未(?:按期|按时|及时)?(?:整改|完工|完成|处置|销号|办结|结案|落实|修复|验收|交付|交房|鸣响|响))/;
// A failure, a damage or a loss named alone (设备故障, 系统宕机 in 次, 馆藏文物损坏, 档案丢失) is counted as such; 平均无故障运行时间 and 零故障 are not.
// Bad things a name ENDS on (欠税增长率 — tax or fees owed; 欠税清缴率 is their clearing —, 城镇登记失业率, 管网漏损率, 返贫致贫人口, 劣Ⅴ类水体比例, PM2.5平均浓度, 区域环境噪声, 出厂水浊度;
// 低噪声路面铺设 is work, not noise): anchored at the
// end, with at most two characters before what is measured (率, 数, 面积 …), so 失业保险参保人数, 失业保险 and
// 犯罪嫌疑人抓获率 stay good. Cases or deaths per head of population (每十万人口刑事案件立案数) are an incidence, bad when high
// though 立案 is an act and 每…人口…数 otherwise counts provision (每千人口执业医师数); an air-quality index rises as the air worsens.
// Land burnt (林火过火面积, as 火灾 is) and land over-drawn (地下水超采区面积) and residues left (农田地膜残留量, 农药残留浓度) are bad when high; 关停机井 shuts wells down
// as work, no machine stopped (停机). A device or a measure that stopped working (车检器失效率, as 失败) and land gone to weed (茶园荒芜率,
// as 撂荒) are bad the same way, and so are leaks and blockages (化粪池渗漏率, 管网淤积堵塞率), untreated discharge (粪污直排农户数;
// 整治直排口 is work) and villages emptied (空心化率). A hazard named alone (步道安全隐患 in 处) is counted as a fault is;
// an act on hazards anywhere before it (排查校舍安全隐患) is the work against them.
// Families fallen back into hardship (返困率, 因病致困) are bad as 返贫 is. Goods sent back (跨境电商退货率) are bad when high as well. Insurance surrendered (退保率), people resettled moving back (返迁率), smoking (吸烟率, 二手烟暴露率) and the density of pests and
// disease vectors (鼠密度, 蚊媒密度, 钉螺密度) are bad when high as well. Points or river sections in a bad state (土壤重金属超标点位,
// 劣Ⅴ类水体断面) are counted as its cases are, and the new pollutants (抗生素, 全氟化合物, 微塑料) are read by their concentration,
// content or detection rate in water or soil (水体抗生素检出浓度, 饮用水源全氟化合物检出率) as the classic ones are.
// Anaemia (贫血率), black-and-smelly water bodies (黑臭水体), leak points (渗漏点) and hazardous road sections (隐患路段) are
// bad states counted the same way. A name ending on the breach itself (兽药残留超标 in 批次, 车辆超载 in 辆次) counts it; 不超标 does not.
// Transformers or lines overloaded (配电变压器重过载比例) are bad as 超载 is; a single heavy metal (土壤镉含量, 铅, 汞, 砷, 铬, Cd,
// Pb, Hg), cooking fumes (餐饮油烟排放浓度), odour (臭气浓度) and O₃ are read by their concentration as the classic pollutants are,
// with a period between that may hold a digit (臭氧日最大8小时平均浓度); microbes counted in water or food (菌落总数, 大肠菌群)
// are bad when high.
// People under a hazard's threat (受地质灾害威胁人口) and the ground sinking (地面沉降速率) are bad as the hazard is.
// Nitrate, fluoride and the other dissolved pollutants groundwater and rivers are tested for (地下水硝酸盐氮浓度), the permanganate
// index a river section is assessed by (高锰酸盐指数均值) and dust fallen per area (月均降尘量) are kept down as the classic ones are.
// Power a grid could not take (新能源弃电率, 弃光率, 弃风率) is power wasted, bad when high.
export const BAD_END = /(?:(?:欠(?:税|费|缴)(?![\u4e00-\u9fa5]?[清追收回])|失业|发病|患病|病死|犯罪|火灾|中毒|漏损|线损|过载|失败|失效|过火|外溢|溢流|泄漏|渗漏|堵塞|淤堵|淤积|直排|空心化|超限|超载|超速|侵蚀|病险|宕机|(?<!关)停机|断网|返(?:贫|困)|致(?:贫|困)|返迁|退保|吸烟|二手烟暴露|侵占|违建|违章|乱占|乱建|乱堆|非法|盗采|盗伐|偷排|脱管|漏管|失管|劣[ⅤVv5五]类|黑臭|贫血|超标|超采|撂荒|荒芜|拥堵|积案|积压|沙化|荒漠化|次品|误诊|漏诊|近视|肥胖|纠纷发生|破损|损坏|损毁|毁损|损害|灭失|缺株|错案|误判|退货|故障|感染|母婴传播|(?:疫情|疫病|病毒)传播|大班额|自付|自费|威胁|地面沉降|弃(?:电|光|风|水))[\u4e00-\u9fa5]{0,2}(?:率|比例|比率|占比|比重|数|数量|面积|时长|人口|指数|次数|起数|例数|件数|宗数|批次|批数|事件|事件数|点位|断面|点|水体|路段)|(?:颗粒物|PM2\.?5|PM10|二氧化硫|二氧化氮|氮氧化物|臭氧|一氧化碳|化学需氧量|生化需氧量|氨氮|总磷|总氮|污染物|COD|BOD5?|SO2|NOx|NO2|VOCs?|挥发性有机物|悬浮物|石油类|重金属|镉|铅|汞|砷|铬|Cd|Pb|Hg|O3|油烟|臭气|恶臭|抗生素|全氟|微塑料|内分泌干扰物|环境激素|持久性有机污染物|二噁英|多环芳烃|(?:亚)?硝酸盐(?:氮)?|氟化物|氰化物|挥发酚|硫化物|六价铬)[\u4e00-\u9fa5\d]{0,10}(?:浓度|排放量|检出率|检出量|含量)(?:值|均值)?|高锰酸盐指数(?:值|均值|平均值)?|(?<!洒水|喷淋|雾炮|抑尘|喷雾)(?:降尘|积尘)(?:总)?(?:量|强度)|(?:菌落|细菌|大肠菌群|大肠杆菌|致病菌)总?(?:数|数量|含量|浓度)|(?:噪声|噪音)(?:昼间|夜间|昼夜|区域|平均|等效)*(?:平均值|均值|值|等效声级|声级|强度)?|浊度|残留(?:物)?(?:量|浓度)|(?<![中医草])(?:药|耗材)占比|疫情|疫病|(?<![无零])(?:故障|宕机|断网|(?<!关)停机|损坏|损毁|丢失|漏损)|(?<![无零]|(?:排查|摸排|检查|巡查|整改|整治|治理|消除|清除|处置|处理|查处|发现|查出|销号|化解)[\u4e00-\u9fa5]*)隐患(?:路段)?|^每[十百千万]+(?:常住|户籍)?(?:人口|人)[\u4e00-\u9fa5]{0,8}(?:案件|刑事|治安|事故|死亡|伤亡|发病|患病|感染)[\u4e00-\u9fa5]{0,4}(?:数|数量|起数|例数|人数)|(?:环境)?空气质量[\u4e00-\u9fa5]{0,4}指数|(?:鼠|蚊|蝇|蟑螂|蜚蠊|钉螺|病媒生物)[\u4e00-\u9fa5]{0,2}密度|(?<![不未无零])超(?:标|载|限))$/;
// Power lost on the lines (线损率), calls that failed (接口调用失败率) and spills (渗滤液外溢次数) are bad too; a pollutant's
// level may name its period first (PM10年平均浓度).
// A good rate negated (食品抽检不合格率, 未按期办结率), done late (超时办结率, 逾期整改率) or twice (重复录入率; 重复利用 is
// reuse) counts what went wrong: bad when it rises. So does a use against the rules (专用标志违规使用率, 非法占用率): the
// violation, not the use, is what is measured.
export const NEGATED_RATE = new RegExp(`(?:[不未非]|超时|超期|逾期|重复(?![利使]用))(?:按期|按时|及时)?(?:足额|全额)?${GOOD_RATE.source}|(?:违规|违法|非法)(?:使用|利用|占用)率$`);
// The acts a good rate names (GOOD_RATE without its 率$), read anywhere in a name.
export const GOOD_ACT = new RegExp(GOOD_RATE.source.slice(0, -2));
// A share of those that failed a duty (未按规定缴费台站占比, 病险水库未除险加固占比, 非持证上岗人员占比) counts failures, as a
// negated rate does, with what failed between the act and 占比. 未/不 negate any act a good rate names and the duties of paying
// and repairing; 非 negates only a credential or compliance, before other words it names a kind (非税收入, 非遗, 非管理岗位).
// Unused land (未利用地), a season (非供暖季) and a zone (非保护区) are kinds too. Group 1 is what lies between the act and 占比:
// an act there (未达标水体整治完成比例) works on the failures, and the share is of work done (classify-name.ts reads it).
export const NEGATED_SHARE = new RegExp(`(?:[不未](?:按规定|按要求|依规|依法|按期|按时|及时|如期)?(?:足额|全额)?(?:${GOOD_ACT.source.slice(1, -1)}|缴费|缴纳|缴存|除险|加固|改造|修缮)+|非(?:持证|合规|合格|达标|规范)(?:上岗|从业|经营|执业)?)(?![地季期区])([\u4e00-\u9fa5]{0,8})(?:占比|比例|比重|比率)$`);
// Time taken or allowed (办结时限, 响应时间, 审批用时, 平均住院日, 热线接通时长, 物资调运到位时间, 资金拨付到位的时间): shorter is better, so a floor (≥20个工作日) is the wrong way round.
// 服务时长, 开放时间, 使用年限 and 预警提前量 are good when long and are not matched. The interval between inspections
// (桥梁定期检查周期 ≤3年, 巡查间隔) is better short; an equipment's 更新周期 is not (it is kept in use that long), a data set's
// is (数据更新周期 ≤24小时), as are a project's 建设周期 and 工期. The point a work is due (改造项目开工时间 ≤6月, 竣工时间) is
// better early the same way. Time people spend searching (高峰时段找车位平均时长, 寻找充电桩时间) is time taken too, and so is the
// deadline an act is given (隐患整改期限, 办理期限); a benefit's or a warranty's 期限 (效益发挥期限, 保修期限) is not.
// Time to switch a facility's use over (平急转换时间, 切换时间) and to refer a case on (高危个案转介时间) is time taken too, and so
// is a due point named 节点 (完工节点) and the time people live in temporary housing while theirs is rebuilt (过渡安置期限).
// Waste collected or cleared at the door (大件垃圾上门收运时间, 清运时间) is time taken, as 配送 is.
// A deadline for paying out (发放期限, 拨付期限) is time taken, as 整改期限 is. So is a queue named with what it waits for
// (平均排队充电时长, 排队候车时间).
// Door-to-needle and door-to-balloon times (DNT, DTN, D2B, 门球时间), a train's or a bus's headway (行车间隔, 发车间隔) and a
// container's time in port or to collection (在港时间, 提离时间) are time taken too.
// A case heard (审理周期), an aircraft airborne after the call (升空时间, 起飞时间) and a ship waiting for its pilot or berth
// (候引时间, 待泊时间) take time as a patient waiting (候诊) does.
// Relief or goods handed out to each door (救灾物资发放到户时间, 补贴发放时间) take time as delivery (送达, 到账) does.
// Service restored after a failure (抢修恢复供水时间), an application confirmed (审核确认时长), a test report issued (检验报告出具时间)
// and a ship's stay in port (在港停时) take time as well.
export const TIME_TAKEN = /(?:时限|用时|耗时|住院日|住院天数|(?:响应|反应|处置|办理|办结|审批|审核|审查|到场|到达|(?:到达|抵达|赶到|赶赴)(?:现场|事发地|事故现场)|出动|等候|等待|处理|出警|抢修|修复|报送|报告|结算|回复|答复|通关|查验|放行|速报|开办|制发|核发|签发|颁发|换发|补发|制证|交付|送达|投递|到账|发放|分发|到户|到人|检验|鉴定|发证|办证|出证|配送|接通|接听|收运|清运|调运|调拨|转介|转诊|移交|运抵|到位|到岗|转运|提离|提箱|在港|停港|排队[\u4e00-\u9fa5]{0,2}?|候诊|候引|候船|候机|候泊|待泊|审理|升空|起飞|办税|缴费|纳税|发布|通勤|垫资|拥堵|转换|切换|(?:寻找|找)[\u4e00-\u9fa5]{1,3}|确认|出具|恢复(?:供水|供电|供气|供热|通行|通车|运行|正常)?)的?(?:平均)?(?:时间|时长|周期|天数)|(?:在港|在泊|港内|锚地)(?:停时|停留时间|停泊时间)|(?:检查|巡查|巡检|检测|监测|巡护|巡河|巡逻|随访|督查|抽查)(?:周期|间隔(?:时间|天数)?)|(?:建设|施工|实施|改造|采购|招标|开发|上线)周期|工期|(?:DNT|DTN|DPT|D2B|D2N|DIDO|FMC2B|门球|门针)(?:时间|时长)?|(?:行车|发车)间隔(?:时间|时长)?|(?:整改|办理|办结|审批|审核|处置|答复|回复|受理|核查|发放|拨付|兑付|下达|支付)期限|(?:数据|信息|系统|页面|图层|目录)[\u4e00-\u9fa5]{0,2}(?:更新|刷新|同步)(?:周期|间隔)|(?:开工|完工|竣工|完成|启动|投用|投运|上线|交付|验收)(?:时间|日期|时点|节点)|(?:过渡|周转|临时)安置(?:期限|期|时间|时长|周期))$/;
// Acting against a bad thing is good: 违法案件查处数, 排查隐患数, 污染治理项目, 投诉处理件数, 移送问题线索 (referred to the
// authorities), 疏导滞留旅客 (people stranded moved on), 整顿软弱涣散党组织 (branches put right), and so is holding its risk in check (重点管控新污染物). Helping or
// escorting the people a bad state holds (帮助滞留人员寻亲成功, 护送滞留人员返乡, 协助走失人员返家) is the service for them.
// Covering bare or idle ground against dust (闲置地块裸土覆盖面积, 堆土苫盖率) acts on it too; 覆盖 is read as an act only where it
// is followed by the measure (…覆盖面积, …覆盖率) or ends the name. Letting or filling what stands empty (空置房源配租率, 空置商铺招租率)
// acts on the vacancy the way 盘活 does; only after the vacancy is named (违规出租 is the breach itself).
export const TACKLE = /(帮助|协助|护送|查处|核处|管控|移送|整治|整顿|治理|排查|整改|处理|处置|防治|防控|防范|打击|化解|办理|办结|受理|核查|清理|清除|修复|消除|监测|检测|监管|巡查|检查|宣传|演练|预防|救援|救助|帮扶|调解|调处|赔付|理赔|补偿|答复|回应|销号|闭环|破获|侦破|抓获|打掉|摧毁|破案|起诉|审结|处治|修补|维修|养护|查办|侦办|立案|查获|拆除|取缔|关停|收缴|没收|纠正|追回|追缴|收回|挽回|封堵|查出|查实|发现|监控|扫描|盘活|复耕|复垦|消化|清欠|清收|召回|改造|疏浚|清淤|扑灭|扑救|疏导|疏散|劝返|清退|撤销|吊销|注销|退赔|发还|返还|淘汰|惩戒|苫盖|遮盖|覆盖(?=面积|率|$)|(?<=(?:空置|闲置)[\u4e00-\u9fa5]{0,6})(?:配租|配售|招租|出租|入住))/;
export const TACKLE_ALL = new RegExp(TACKLE.source, 'g');
// Enforcement verbs: leading a name, all after them is what they act on (查处渣土车跑冒滴漏, 整治电动车乱停乱放点位), however
// far the bad word stands; an aid verb leading a name (救助资金发放差错) names where the harm happens instead.
// Handling or taking down what breaks the rules (处置互联网违规宗教信息, 删除违法有害信息, 下架违规商品) acts on it the same way.
// A lead verb followed by 过程/期间/时 (处置过程中引发群体性事件) names when the bad thing happens, not what the verb acts on.
export const ENFORCE_LEAD = /^(?:查处|查办|整治|打击|取缔|纠正|清理|拆除|曝光|处置|删除|下架|屏蔽)(?!后|过程|期间|时)/;
// Handling verbs: leading a name that ends on a case someone brings (处理供应商质疑投诉, 调处邻里纠纷, 受理群众信访) they act on
// it, however long the case's own name; ending on an error or a loss (办理业务差错) the act is where it happens.
export const HANDLE_LEAD = /^(?:处理|受理|办理|调处|调解|化解|答复|处置|核查|核实)(?!后|过程|期间|时)/;
export const BROUGHT_CASE = /(?:投诉|纠纷|信访|申诉|积案|事件)$/;
// Taking a bad thing in or carrying it away (船舶污染物接收量, 医疗废物收集量, 垃圾清运) is work against it, and so is surveying or
// tracing it (土壤污染状况调查地块, 排污口溯源), but only after the bad word: before it the act is where the bad thing happens
// (档案接收超期件数: records received late; 经济普查单位漏登数, 审查调查安全事故).
export const TAKEN_IN = /(?:接收|收集|收运|清运|调查|普查|溯源)/;
// A backlog or a misuse cleared, counted (积压案件清理数, 信访积压案件化解, 盘活闲置资产, 复耕撂荒地), or a danger made safe (危桥改造,
// 病险水库除险加固): the work done against it,
// good when large in any unit, so a ceiling (≤50件) caps the work. The bad thing's own count (积压案件) stays bad.
// An act in front of the bad state's own rate (复垦耕地撂荒率: reclaimed land gone to weed) names the land, not work against it.
export const CLEARED = /(?:积压|积案|超期|逾期|闲置|空置|撂荒|拖欠|欠薪|违建|违章|危桥|危房|危旧|病险)[\u4e00-\u9fa5]{0,6}(?:清理|清零|化解|消化|盘活|处置|复耕|复垦|清欠|清收|拆除|销号|改造|加固|除险)(?:数|数量|件数|起数|宗数|量|面积|金额)?$|^(?:清理|化解|消化|盘活|处置|复耕|复垦|清欠|清收|拆除|改造|加固)[\u4e00-\u9fa5]{0,2}(?:积压|积案|超期|逾期|闲置|空置|撂荒|拖欠|违建|违章|危桥|危房|危旧|病险)(?!(?:率|比例|占比|比重)$)[\u4e00-\u9fa5]{0,6}$/;
// A fall stated as a share of the old figure ends the name (能耗下降率, 二氧化碳排放降低, 降幅): it cannot pass 100%.
export const FALL = /(?:下降|降低|减少|压减|压降|削减|降幅|跌幅)(?:率|幅度|比例)?$/;
// Overdue rates (办件超期率, 工单逾期率, 超时办结率): timeliness read from the late side, filed under 时效 or 质量 but no quantity;
// a loan's 逾期率 (个贷逾期率) is a credit quality.
export const OVERDUE_RATE = /(?<![贷债款])(?:超期|逾期|超时)(?:办结|办理|办件|完成|整改|审批|答复)?率$/;
// A cut stated as a share or a margin (肺结核发病率下降幅度, 承诺办结时限压缩比例, 单位GDP能耗降低率): the cut of a bad thing, good
// when large, as the …下降率 of GOOD_RATE is.
export const CUT_SHARE = /(?:下降|降低|减少|压减|压降|压缩|削减|缩减|缩短|精简)(?:率|幅度|比例|百分比)$/;
// A cut measured by what it removed, named after the thing cut (化学需氧量排放减少量, 三公经费压减额, 企业开办时间缩短天数,
// 漏损率降低百分点, 投诉量降幅): the size of the cut, good when large. A bare …下降 stays a change (事故发生率下降 ≤5% may state
// the rate itself), and the loss of land or of a water table (地下水位降幅); the thing cut may be named by a Latin abbreviation (PM2.5平均浓度降幅, COD), forest or people (耕地减少量) is a harm, not a cut achieved.
export const CUT_AMOUNT = /^(?![\u4e00-\u9fa5]*(?:耕地|林地|湿地|草原|草地|森林|植被|绿地|水源|水位|人口|收入|产量|储量))[\u4e00-\u9fa5（）()A-Za-z0-9.]*(?:(?:下降|降低|减少|压减|压降|压缩|削减|缩减|缩短|精简|减负)(?:量|额|金额|资金|数|个数|天数|百分点|值)|降幅)$/;
// A name led by the cut it asks for (压减一般性支出比例, 降低单位面积电耗): in % the value is the size of the cut, good when large.
// A rate or a share after the verb (压减业务差错率, 降低药占比) is the thing kept low itself, its own ceiling rightly, and so is a
// count or a time (减少群众跑动次数 ≤2次, 压缩审批时限); 压缩/缩减/精简 lead a cut only with the share said (压缩公用经费比例), as
// 精简会议 ≤10 caps the meetings.
export const CUT_LED = /^(?:(?:压减|降低|减少|削减)(?![\u4e00-\u9fa5]*(?:率|占比|比重|指数|度|数|数量|时限|时间|时长)$)[\u4e00-\u9fa5]{1,14}|(?:压缩|缩减|精简)[\u4e00-\u9fa5]{1,12}(?:比例|幅度|百分比))$/;
// Less of a bad thing (事故发生率下降, 污染物减排量) is a change, not a bad thing to keep low.
export const REDUCE = /(下降|降低|减少|压减|压降|减排|削减|减轻|缓解|降幅|跌幅)/;
// Changes, indexes and ratios may exceed 100% or be small: 增长率, 发展指数, 资金放大倍数, 撬动比.
// A debt ratio (地方政府债务率: debt over disposable revenue, warning line 120%) is not a share either.
// 超额完成率 is how far the result passed its target: small or above 100%, like a growth rate, and not a completion share.
// 改造提升 and 提升改造 are one works verb (renovate and upgrade: 改造提升老旧街巷), not a quantity raised.
export const CHANGE = /(增长|增幅|增速|涨幅|降幅|跌幅|增加|提高|(?<!改造)提升(?!改造)|上升|下降|降低|减少|减排|削减|压减|压降|变化|变动|同比|环比|比上年|较上年|倍|指数|速度|系数|放大|撬动|杠杆|弹性|比值|保值|增值率|超额|债务率)/;
// Sessions of a named activity (职业技能提升培训人次, 质量提升宣传场次): the change word names the kind of activity, and the sessions
// are what is counted, never a change.
export const COUNTED_SESSIONS = /(?:培训|服务|活动|宣传|讲座|演出|诊疗|接待)(?:人次|场次|班次|期次)$/;
// Paid or done monthly or quarterly (补贴资金按月发放率) is timeliness too; 按月足额发放率 also says the full amount, a quality.
export const TIMELINESS = /(及时率|及时性|及时|按时[\u4e00-\u9fa5]{0,4}率|按(?:月|季度?)(?!足额)[\u4e00-\u9fa5]{0,4}率|准时[\u4e00-\u9fa5]{0,2}率|按期[\u4e00-\u9fa5]{0,4}率|时效|时限|完成时间|办结时间|响应时间|周期)$/;
// 成活率/存活率 (planting, stock), 可用率 and 在线率 (a system's availability), 完整率 (records kept whole) and 规范管理率
// (patients managed to the protocol) rate how well the output was made.
export const QUALITY = /(合格率|完好率|准确率|正确率|优良率|差错率|错误率|通过率|验收率|达标率|精准率|规范率|成活率|存活率|育成率|可用率|在线率|完整率|规范(?:化)?管理率|履约率)$/;
export const OUTPUT_TIMELY = /(及时率|按时[\u4e00-\u9fa5]{0,4}率|按(?:月|季度?)(?!足额)[\u4e00-\u9fa5]{0,4}率|准时[\u4e00-\u9fa5]{0,2}率|按期[\u4e00-\u9fa5]{0,4}率|及时性|时效|时限|完成时间|办结时间|完工时间)$/;
// The accuracy of an act done on cases or records (补贴机具核验准确率, 信息录入准确率) is the quality of that work, an output; a
// forecast's or a measurement's accuracy (预报准确率) is read apart.
export const OUTPUT_QUALITY = /(验收合格率|验收通过率|验收率|竣工合格率|工程合格率|产品合格率|质量合格率|(?:核验|核查|核对|审核|审查|录入|登记|认定|识别|发放|兑付)准确率)$/;
// 专利转化实施率 is the take-up of results, an outcome.
export const OUTPUT_QUANTITY = /((?<!学业|学历|学习)完成率|完工率|拨付率|支付率|发放率|执行率|到位率|下达率|采购率|(?<!转化)实施率|开工率)$/;
export const SATISFACTION_KIN = /(满意|好评|认可|认同|信任|口碑|美誉|获得感|幸福感|安全感|投诉|评价|评议|点赞|差评|支持度|支持率|评教|评学|测评|评分|打分)/;
// Work done for or with people, ending the name: 培训, 宣传, 义诊, 走访慰问. 培训合格率 and 宣传覆盖面 end otherwise.
// 农技人员下乡服务, 上门服务: a service taken to people is work done for them as well. Contests (职工技能竞赛) and study
// sessions held (理论学习中心组学习) are counted in 场/次 too (set 29).
// Operations carried out (人工增雨作业, 防雹作业) are counted in 次 as well; homework (学生作业) is not work done for people.
// Shows, doctors, books or know-how taken to the countryside or a community (送戏下乡, 送科技进村) are services counted in 场/次.
// Practice organised for students or volunteers (大学生社会实践, 研学实践) is work done with people as 活动 is.
export const ACTIVITY = /(培训|(?:社会|研学)实践|宣传|讲座|放映|简报|(?:学习|座谈|推介|观摩|调度)会|演练|义诊|巡诊|走访|慰问|家访|宣讲|授课|推介|招聘会|咨询|指导|督导|帮扶|救助|接待|送教|送医|送戏|(?:送戏|送医|送教|送书|送法|送科技|送文化|送电影)(?:下乡|进村|进社区|进校园|进企业|入户)|展演|巡演|比赛|竞赛|赛事|活动|(?<!家庭|课外|学生)作业|(?:中心组|集中|专题|理论)学习|(?:下乡|上门|入户|巡回)服务)$/;
// A score the people served give (学员评教得分, 群众测评分, 服务评价得分): a satisfaction level, so it is held to % like one.
// 满意度调查得分 is the same rating named after the survey, and so is 受益农户满意度调查 valued in 分; 开展满意度调查 (a verb
// before it) is the survey itself.
export const RATING = /(?:(?:评教|评学|测评|评价|评议|评分|打分)(?:得分|分数|分值|分)?|满意度?调查(?:得分|分数|分值)|(?<!(?:开展|组织|进行|实施|委托|完成)[\u4e00-\u9fa5]{0,12})满意度?调查)$/;
// 受益群众, 服务对象: the 三级 names only who is asked, the 二级 says it is their satisfaction.
export const PEOPLE_ONLY = /^[\u4e00-\u9fa5]{0,8}(群众|居民|公众|对象|学生|家长|师生|教师|职工|干部|企业|农户|患者|游客|用户|使用者|读者|村民|市民|老人|人员|单位|部门|群体|人群|住户|商户|考生|学员|受益人|受助者)$/;
export const SPENDING = /(金额|资金|经费|费用|费|成本|支出|投入|投资|保障金|价款|造价|单价|租金)/;
// Money found, cut or recovered by oversight (审计查出问题金额, 审减金额, 罚没款) is an output, not money spent, and so is the
// money an evaluation or an audit covers (重点绩效评价资金规模, 审计资金总额, 评价覆盖项目资金; 评价经费 is spent); money left
// idle (专项债券资金闲置 =0) is a misuse kept at zero. Money stopped or seized by enforcement (拦截涉诈资金, 紧急止付, 冻结, 查扣)
// is its output, not spending. 高标准农田
// and 标准化 name the kind of works (高标准农田亩均建设成本 is spent), not a standard of pay.
// A cost examined (定价成本监审项目, 农产品成本调查) is the oversight's object, not money spent; what the examination costs (成本
// 调查经费, 成本监审补助) is spent.
// Money collected or set aside by rule (收取车辆通行费, 从土地出让收益中计提农田水利建设资金) is raised, not spent.
// Money put up for review (送审金额, 报审造价) is the review's workload, not money the project spends.
export const NOT_SPENDING = /(成本(?:监审|调查)(?![\u4e00-\u9fa5]*(?:费|资金|经费|补助|补贴))|送审|报审|查出|查处|查实|发现|核减|审减|罚没|罚款|增收|收入|产值|税收|节约|节省|节支|带动|拉动|撬动|效益|利润|营业|销售|融资|贷款|吸引|引进|招商|社会资本|回收|收缴|征收|收取|计收|计提|提取|追回|追缴|收回|返还|拦截|止付|冻结|查扣|扣押|查封|清退|挽回|盘活|争取|筹集|筹措|募集|减少|降低|下降|拖欠|欠薪|违规|违纪|违法|挪用|截留|套取|骗取|冒领|浪费|损失|差错|错付|闲置|沉淀|滞留|(?<!高)标准(?!化)|定额|生均公用经费|(?:生均|人均|户均)(?:补助|补贴|拨款)|(?:评价|评审|评估|审计|审核|监管|监督|核查|检查|抽查|清查)(?:[\u4e00-\u9fa5]{0,2}(?:资金|金额|预算)(?:规模|总额|总量)|覆盖[\u4e00-\u9fa5]{0,4}(?:资金|金额|预算)))/;
export const BENEFIT_HINT = /(效益|效果|影响|提升|提高|改善|促进|带动|增强|增收|节约|知晓|普及|稳定|可持续|持续|长效|示范|引领|成效|获得感|安全感|幸福感|利用率|使用率|运行率|保证率|作用|水平|环境|素质|能力|意识|氛围|形象|秩序|就业|增长率)/;

// Drugs and inputs whose use is kept down (抗菌药物使用率, 化肥施用强度): bad when high, though 使用率 is otherwise good.
export const OVERUSE = /(?:化肥|农药|抗菌药物?|抗生素|静脉输液)[\u4e00-\u9fa5]{0,2}(?:施用|使用)(?:量|率|强度)$/;
// Bed occupancy is held inside a band (85%–93%): above it is overcrowding, so neither a floor nor a ceiling is wrong.
export const TWO_SIDED = /(?:床位|病床)(?:使用|入住|占用)率$/;
// A bad thing negated in front (零事故安全运行天数, 无责任事故安全行驶里程, 无欠薪企业占比, 未发生安全事故连续天数, 零上访村创建数):
// the days, distance or places in the good state, good when large. 无人 (无人机) negates nothing, nor does 零 starting a word
// (零工欠薪投诉件数 counts gig workers' complaints).
export const ZERO_STATE = /(?:零(?![工售星散碎部件食钱用担])|无(?!人)|未发生|不发生)[\u4e00-\u9fa5]{0,3}?(?:事故|死亡|伤亡|欠薪|上访|信访|投诉|发案|案件|火灾|污染|违建|违法|疫情|差错)[\u4e00-\u9fa5（）()]{0,8}(?:天数|日数|里程|公里数|占比|比例|比重|创建数|个数|数量|数)$/;
// Money or goods tied to a crime (涉案, 涉诈资金) returned are taken back from the wrong the same way.
// Taking back or clearing out what was wrongly had or should go (违规享受低保人员清退率, 不符合条件对象清退率, 涉案财物发还率,
// 落后产能淘汰率): the act against the wrong, good when large, whoever bears its cost.
export const WRONG_UNDONE = /(?:违规|违法|违纪|不符合|不合规|不合格|冒领|多领|虚报|骗取|套取|落后|过剩|僵尸|涉(?:案|诈|赌|毒|黑|恶)|被盗|被骗|被抢|赃)[\u4e00-\u9fa5]{0,8}(?:清退|追回|追缴|发还|返还|退赔|淘汰|退出|关停|取缔|撤销|注销)(?:率|比例)$/;
// A share of what meets a grade (农村公路优良中等路比例, 达到或好于Ⅲ类水体比例, 除险加固后一类坝比例) or a floor the name states
// (室温不低于18℃的户数占比), and the share of public purchases set aside for small firms (面向中小企业预留采购份额 ≥40% by rule):
// good when high; 不达标比例 is not.
// A share of bad things cleared (黑臭水体动态清零比例, 隐患整改比例) is work done against them, good when large; so is a share
// of business done online or paperless (全流程电子化交易率, 网上办理率). A share of places or people a service covers or reaches,
// named with what it covers (配送线路覆盖行政村比例, 惠及脱贫人口比例), is a coverage rate in other words; the cover of land by
// plants (植被覆盖比例) names nothing between and is left to LAND_COVER's reading, and a pest's or a pollutant's cover
// (入侵植物覆盖河道比例) is a harm, not a service.
// The share of power or energy from clean sources (绿电消费占全社会用电量比重, 可再生能源消费比重) is good when high, though the
// power used it is a share of is a thing kept down. Data or a catalogue kept current (开放数据集季度更新率) is good when high.
export const GOOD_SHARE = /(?:数据|数据集|数据资源|信息|目录)[\u4e00-\u9fa5]{0,4}更新率$|(?:绿电|绿色电力|可再生能源|清洁能源|非化石能源|新能源)[\u4e00-\u9fa5]{0,14}(?:比例|比率|占比|比重)$|(?<![不未非])(?:清零|消除|整治|整改|处置)(?:比例|比率|占比|比重)$|(?<![不未非])(?<!(?:入侵|有害|病虫|鼠害|虫害|杂草|污染|疫情)[\u4e00-\u9fa5]{0,6})(?:覆盖|通达|惠及)[\u4e00-\u9fa5]{1,8}(?:比例|比率|占比|比重)$|(?<![不未非劣])(?:优良|达标|合格|完好|好于|优于|达到|一类|Ⅰ类|(?<![IV])I类|甲级|甲等)[\u4e00-\u9fa5ⅠⅡⅢⅣⅤ]{0,8}(?:比例|比率|占比|比重)$|预留[\u4e00-\u9fa5]{0,8}(?:份额|比例|比率|占比|比重)$|(?:面向|授予)中小企业[\u4e00-\u9fa5]{0,10}(?:份额|比例|比率|占比|比重)$|(?:不低于|不少于)[^，,；;]{0,12}(?:比例|比率|占比|比重)$|(?:电子化|数字化|无纸化|网上|线上|全程网)(?:办理|交易|办件|申报|审批|受理|缴费|招标|投标|开标|评标)(?:率|比例|比率|占比|比重)$/;
// A share handled within the rules (渗滤液达标排放率, 医疗废物合规处置率, 危险废物规范化处置率, 污水排放合规率, 车辆规范停放率): compliance
// with an emission or disposal standard, good when high though 排放 alone names a harm; 不达标/超标排放率 stay bad (BAD, BAD_END).
export const COMPLIANT_SHARE = /(?:(?<![不未非超])(?:达标|合规|合法|规范化?|无害化)(?:排放|处置|处理|排水|外排|入河|入海|填埋|焚烧|转运|贮存|储存|利用|回收)|(?:排放|处置|处理|排水|外排|填埋|焚烧|转运|贮存|储存)(?:合规|合法|规范)|(?<![不未非])规范化?(?:停放|停车|经营|操作|使用))(?:率|比例|比率|占比|比重)$/;
// A treatment plant's influent concentration (污水处理厂进水BOD浓度 ≥100毫克/升, 进厂COD平均浓度): under the 提质增效 policy a
// floor shows the sewers collect rather than dilute, while a plant's design or a sewer permit caps it (进水COD ≤500毫克/升):
// neither bound is the wrong way round. Effluent (出水…浓度) stays bad (BAD_END).
export const INFLUENT = /进(?:水|厂水?)[\u4e00-\u9fa5A-Za-z0-9.]{0,10}浓度$/;
// Sign-up rates (家庭医生签约服务覆盖率 ~45%) grow a few points a year: not a service rate near 100%.
export const SIGN_UP = /签约/;
// A quantity inside the name (5000亩, 12个, 1.2万人); ages and dates (65岁, 2024年) are not one.
export const NAME_QUANTITY = /\d+(?:\.\d+)?[十百千万亿]?(?:%|亩|公顷|个|人|户|座|所|公里|千米|米|平方米|立方米|处|家|条|台|套|项|场|名|间|张|辆|吨|株|头|只|棵|册|元|件|宗|块|口|眼|盏|本|份|篇|部|批|期|班|村|次)/;
// 零 says none only as a word of its own: 零工 (gig work), 零售, 零星, 零部件 and 零担 are words that start with it (零工欠薪投诉件数
// counts complaints, it does not promise none).
export const ABSENT_BAD = /(?:无|不发生|未发生|杜绝|零(?![工售星散碎部件食钱用担]))[\u4e00-\u9fa5]{0,10}(?:事故|事件|故障|投诉|案件|差错|违规|违纪|返贫|失学|辍学|伤亡|死亡|险情|损失|疫情|挪用|截留|挤占)/;
// 完成及时性 and 完成时限 are time limits, not tasks.
export const TASK = /任务$|^(?:按时|按期|如期|全面|全部|确保)?完成[\u4e00-\u9fa5]{0,12}(?:建设|改造|工作|工程|项目)$/;
// 生师比, 投入产出比, 性别比; 占比, 评比 and 对比 are not ratios of two counts.
export const RATIO = /(?<![占评对攀])比$/;
// People per people (生师比, 师生比, 医护比, 床护比): written 1:15 or 15, never as a share in %.
export const HEAD_RATIO = /(?:师生|生师|师幼|幼师|医护|护医|床护|床医|医床|护患|保教人员与幼儿)比$/;
