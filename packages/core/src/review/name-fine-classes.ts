/**
 * The finer word classes computeFacts (classify-name.ts) reads once a name's kind and direction are known: people and
 * money per head, costs, income and spending, works and capacity, shares with a natural size, and bounds the name states.
 * Like name-word-classes.ts, each is a regex compiled once and read once per distinct name, never per row.
 */
// A money word, optionally a standard, after a few characters of what it is for (补助标准, 人均补贴): the per-head classes below.
const MONEY_PER_UNIT = '[\\u4e00-\\u9fa5]{0,8}(?:金额|资金|经费|费用|成本|补助|补贴|奖补|直补|补偿|投资|造价|单价|价格|支出)(?:标准)?$';
export const PER_CAPITA_MONEY = new RegExp(`(?:人均|户均|亩均|生均|次均|床均|单位|每)${MONEY_PER_UNIT}`);
// Money per head, household or mu (户均过渡期生活补助, 人均年度直补标准, 亩均地力保护补偿) is money whatever it pays for: in % it is
// no share paid out (发放住房租赁补贴 in % may be one), and a unit's own money (单位自筹资金 in %) may be its share of the cost.
export const PER_HEAD_MONEY = new RegExp(`(?:人均|户均|亩均|生均|次均|床均|每(?:人|户|亩|生|名))${MONEY_PER_UNIT}`);
// Players, volunteers, visitors and the households a survey samples are people counted too (参赛运动员, 住户调查样本户), and so
// are talent recruited or sent (引进高层次人才, 选派专业技术人才), and so
// are the groups programmes serve by name (慰问困难退役军人, 培训农村妇女, 帮扶残疾人, 走访慰问困难归侨侨眷), and postdocs and graduate
// students taken in (新招收进站博士后, 联合培养研究生).
// People named by their post (科技特派员, 网格员, 护林员) are people too; 动员 and 复员 are acts. So are people named by their
// role (非遗代表性传承人, 致富带头人, 监护人). Cadres and voters served (服务管理军休干部, 接待选民) are people as well.
export const PEOPLE = /(?:群众|居民|干部|选民|学生|幼儿|儿童|农户|农民|渔民|牧民|学员|患者|老人|老年人|职工|教师|村民|市民|贫困户|脱贫户|对象|人员|人群|运动员|选手|志愿者|游客|观众|样本户|调查户|住户|军人|残疾人|妇女|毕业生|农民工|青少年|孤儿|归侨|侨眷|华侨|侨胞|人才|博士后|研究生|(?<![动复])员|(?:传承|带头|监护|经纪|联络|接班)人|参保)$/;
export const ALLOCATION = /(?:经费|补助|补贴|奖补|奖励|拨款|津贴|资金|财政投入)$/;
// The unit's own running costs per head (人均办公经费, 人均差旅费) are spending to keep down, not an allocation to a recipient.
export const OWN_RUNNING_COST = /(?:办公|差旅|会议|接待|公务|印刷|物业|水电|邮电)/;
// 运行维护经费 under 可持续影响 is the upkeep secured; 成本 and 造价 are only ever what the project costs.
// A per-unit investment (危桥改造平均每座投资, 每公里投资) is a unit cost by another word.
export const COST_NAME = /(?:成本|造价)$|(?:每|单位)[\u4e00-\u9fa5]{0,4}投资(?:额)?$/;
// A cost per unit of output (单吨减排量激励成本, 每减少一吨碳排放成本): the change word names the output the cost is per, and the
// name measures money spent, not a change.
export const UNIT_COST = /^(?:单位|单|每)[\u4e00-\u9fa5]{0,10}(?:成本|造价|费用|单价)$/;
// A number of things named as such (补贴农机具数量, 发放台数): counted, never in 元.
export const COUNT_WORD = /(?:数量|个数|台数|套数|件数|次数|频次|场次|期数|班次|批次|站次|架次|艘次|车次|航次|趟次|台次|辆次|件次|轮次|期次|课次)$/;
export const EARNING = /(?:增收|收入|收益|利润|产值|营业额|销售额)$|增收/;
// People's income raised (带动农户户均增收, 农民人均可支配收入增长): what the project brings, not what it makes; a firm's 销售额
// or 产值 may be an output of a 消费帮扶 project and is left out.
export const INCOME = /增收|(?:人均|户均|可支配|农民|居民|农户|群众|村民|职工)[\u4e00-\u9fa5]{0,4}收入(?:增长|增幅|增加|提高)?$/;
// A pure number: 灌溉水有效利用系数 0.58, 路面技术状况指数 80, 居民消费价格指数 103.
// A data centre's power usage effectiveness (电能利用效率, PUE 1.25: total power over IT power) is a pure number as well, and
// so are a power factor (功率因数 0.95), an acidity (出厂水pH值 6.5–8.5, 土壤pH值提升 0.3) and an odour concentration
// (臭气浓度 20: a dilution factor, 无量纲 by GB 14554).
export const DIMENSIONLESS = /(?:系数|指数|电能利用效率|电源使用效率|能源使用效率|功率因数|(?:pH|PH|酸碱度)值?(?:提升|提高|降低|下降|增加|变化)?|臭气浓度)$/;
// Shares of a bill paid for people (住院费用救助比例 ~70%, 报销比例): good when high; 个人自付比例 is not one, and 资助比例 (the
// share of students aided: 国家奖学金 ~0.2%, 助学金 ~15%) is set by quota, not good when high.
// 以工代赈 劳务报酬占中央资金比例 (≥30% by rule) is the share paid to the workers: good when high too, however fully the fund
// between is named (劳务报酬发放占以工代赈资金比例).
export const PAID_SHARE = /(?:(?:报销|救助|补偿|理赔|赔付|基金支付|统筹支付)比例|劳务报酬[\u4e00-\u9fa5]{0,12}(?:比例|占比|比重))$/;
// More people in work (城镇新增就业人数, 失业人员再就业, 就业困难人员实现就业): good when more; 就业困难人员 are a group.
export const EMPLOYED = /(?<!失)就业(?:人数|人口|岗位)?$/;
// Savings, take-up of results and adoption of new things are small shares by nature (成本节约率 ≥5%, 科技成果转化率,
// 新能源汽车推广应用率 ≥8%): no floor holds for them.
// Cases found (严重精神障碍患者报告患病率 ≥4.5‰, i.e. 0.45%) are few by nature too.
// The share of people with a trait a programme builds (公民具备科学素质比例, 居民健康素养水平, 经常参加体育锻炼人数比例): good
// when high, and small by nature (科学素质 ~13%, 健康素养 ~25%), so no floor is a slip.
export const TRAIT_SHARE = /(?:具备|达到)[\u4e00-\u9fa5]{0,8}(?:素质|素养)[\u4e00-\u9fa5]{0,4}(?:比例|比率|占比|比重|率|水平)$|(?:健康|科学|文明|法治|数字|信息)素(?:质|养)(?:水平|率)$|(?:参加|参与)[\u4e00-\u9fa5]{0,6}(?:锻炼|健身|运动)[\u4e00-\u9fa5]{0,4}(?:比例|比率|占比|比重|率)$/;
// A return of circulation after cardiac arrest (心脏骤停患者复苏成功率, about one in ten out of hospital) is small by nature too,
// and so is the share of the day a public device is in use (公共充电桩时间利用率, about one hour in ten), and the share of
// strokes given clot-busting or clot-removing care (静脉溶栓率 ~10%–20%, 取栓率, 再灌注率).
export const SMALL_GOOD_SHARE = /(?:溶栓|取栓|再灌注|(?:时间|时段|时长)利用|节约|节支|节省|节能|节水|节电|节油|节煤|节气|转化|采纳|应用|推广|收益|回报|获贷|报告患病|复苏成功|复苏)率$/;
// Works named by the act alone (农村公路建设, 老旧小区改造): what was built or its share done, never a small share. Projects
// done, counted (完成审计项目, 实施衔接资金项目), read the same way: their share done runs near 100%, a few percent is a count.
// Projects an oversight act takes on (预算绩效评价项目, 审计项目) and projects entered in a pipeline (PPP项目入库, 项目储备) are
// counted the same way, and so are works projects named by their act (公共机构节能改造项目, 农村饮水安全巩固提升工程).
// Afforestation and dredging (人工造林任务, 补植补造, 清淤工程) are works too: the share done runs near 100%, a few percent is an amount.
// Audits named by their kind (开展领导干部自然资源资产离任审计, 完成经济责任审计) are counted as audit projects are.
// So is planting or restoring coastal habitat (红树林营造修复, 海岸带整治): done in 公顷 or 公里, not in the people who do it.
// A hazard or a land treated, named by the act done (实施隐患点工程治理, 完成荒漠化土地综合治理), is works done in 处 or 万亩.
// Pipes repaired or replaced, named by the act ahead of them (维修更换村级老化供水管网, 更换老旧燃气管道), are works in 公里 as well
// (新建/改造… ahead of a thing is a count: BUILT_THING).
export const WORKS = /(?:建设|改造|新建|改建|扩建|新改建|修缮|加固|铺设|修建|硬化)(?:项目|工程)?$|^(?:维修更换|维修|更换)[\u4e00-\u9fa5]{0,12}(?:管网|管道|管线)$|^(?:完成|实施)[\u4e00-\u9fa5]{0,10}(?:项目|工程)$|(?:评价|审计|评审|评估|督查|核查|验收)项目$|^(?:开展|完成|实施)[\u4e00-\u9fa5]{2,16}(?:离任|责任|专项|跟踪|绩效)审计$|(?:人工造林|植树造林|营造林|造林|补植补造|种草|清淤|疏浚)(?:任务|工程|项目)?$|(?:红树林|海草床|盐沼|海岸带?|岸线)[\u4e00-\u9fa5]{0,2}(?:营造|种植|修复|整治)(?:任务|工程|项目)?$|项目(?:入库|储备)$|^(?:完成|实施)[\u4e00-\u9fa5]{0,14}治理$/;
// A plant's capacity or a river's flow, with what it handles said: not 应急处置能力 or 服务能力, which are abilities.
// A pumping station's lifting capacity (排涝泵站抽排能力 in 立方米/秒) and a grid's or a plant's rated capacity (新增变电容量 in MVA,
// 光伏并网容量 in MW) are sizes of the same kind, and so is a plant's scale (水厂日供水规模 in 万立方米/日, 储能装机规模 in 万千瓦),
// never the people it serves nor the vehicles it charges.
export const CAPACITY = /(?:污水|垃圾|污泥|废物|固废|粪污|供水|供气|供热|发电|装机|仓储|储存|蓄水|调蓄|吞吐|焚烧|转运|日处理|抽排|排涝|提水)[\u4e00-\u9fa5]{0,4}能力$|(?:生态|下泄|引水|来水|供水|河道|最小|设计|灌溉|泄洪)流量$|(?:变电|变压器|配变|配电|装机|并网|储能)容量$|(?:装机|并网)规模$|(?:供水|制水|污水处理|垃圾处理|焚烧|处置)规模$/;

// Good when large in any unit: a system's capacity, its time without failure, a score or star rating, places provided,
// written products, a coverage multiple and a design standard (抗震设防烈度 ≥8度, 防洪标准 ≥50年一遇). 扣分 and 失分 count what went wrong and a risk score (信用风险评分) is better low;
// 会议 and 文件 counts may be capped (精文减会). Time a service is given (图书馆每周开放时长, 场馆免费开放时间, 志愿服务时长) and a
// warning's lead time (强对流天气预警提前量) are better long; time people wait for it (等候服务时间) is not matched. An index of a state people or nature are in (生态环境状况指数, 群众安全感指数,
// 国民体质综合指数) rises as that state improves. A coverage named without 率 (公共文化服务覆盖面), people or things in place (救援队伍到位数),
// a reserve held (储备粮存量, 人才存量, 活立木蓄积存量), a stock of land or clean vehicles kept (耕地保有量, 新能源汽车保有量; a car fleet
// otherwise is not matched), good-air days (优良天数) and green or sports space per head (人均公园绿地面积) are good when large too.
// Awards won (获市级以上奖项, 获奖作品) and a tillage depth or plough layer reached (深松作业深度 ≥25厘米, 耕层厚度) are better large.
export const LARGE_GOOD = /(?:(?:路面使用性能|路面状况|路面技术状况|路面行驶质量|技术状况|路况)指数|功率因数|并发(?:用户|访问|连接)?数|(?:存储|储存)容量|带宽|吞吐量|算力|无故障[\u4e00-\u9fa5]{0,4}(?:时间|时长|天数)|(?<![扣失减])(?:得分|分值|评分)|星级|覆盖倍数|(?:使用|服务|运行|设计)(?:年限|寿命)|(?:发挥作用|持续服务|持续运行|效益发挥)(?:年限|期限)|质保期|保修期|(?:抗震)?设防(?:烈度|标准|等级)|(?:防洪|排涝|防潮|排水)标准|^(?:新增|新建|提供|增加|增设)[\u4e00-\u9fa5]{0,8}(?:学位|床位|岗位|车位|泊位|座位)(?:数|数量)?|(?:报告|简报|论文|专著|课题)(?:数|数量|篇数|份数)?|(?:生态环境状况|生态质量|安全感|幸福感?|获得感|体质)[\u4e00-\u9fa5]{0,4}指数|(?<!等候|等待|排队|响应|办理)(?:开放|服务|值守|播出)(?:时长|时间|时数|小时数|天数)|提前(?:量|时间|时长)|获[\u4e00-\u9fa5]{0,8}(?:奖项|奖励|荣誉|表彰)(?:数|数量)?$|获奖(?:作品|项目|数|数量|人次|次数)?|(?:深松|深翻|深耕|翻耕|耕作|耕层)[\u4e00-\u9fa5]{0,4}(?:深度|厚度)|覆盖面|到位(?:数|数量|人数)|(?:储备|人才|物资|蓄积)[\u4e00-\u9fa5]{0,4}存量|(?:新能源[\u4e00-\u9fa5]{0,4}|(?<![车辆]))保有量|(?<![不未非劣])(?:优良|达标)天数|^人均[\u4e00-\u9fa5]{0,4}(?:绿地|公园|体育场地|场地|藏书|图书)[\u4e00-\u9fa5]{0,2}(?:面积|量|数))$/;
// A grade or rating as the thing measured (服务质量评价等级, 第三方评估结果, 年度考核等次, 服务机构星级).
export const GRADED = /(?:等级|等次|评级|星级|(?:评价|评估|评定|考核|测评|验收|评审|鉴定)(?:结果|结论))$/;
// An effect named under 产出: less running about or time for people, savings to the administration, efficiency raised.
// A state of people or society the project moves (民族团结进步意识, 群众获得感, 社会氛围, 统计数据公信力) is an effect as well,
// and so are a load kept out of the environment (减少入河泥沙量, 降低化肥施用量), a harvest raised (粮食亩均增产) and a loss
// made good for the people served (为受援人挽回经济损失); funds recovered (追回医保基金) are an audit's output and stay apart.
// A social insurance fund's reserve in months of payout (基金累计结余可支付月数, 累计结余支付能力) is its sustainability, what the
// budget secures, not an output the money buys.
export const OUTCOME = /^(?:减少|降低|压缩)(?:群众|企业|办事|市民|居民)[\u4e00-\u9fa5]{0,8}$|^(?:减少|降低|削减)[\u4e00-\u9fa5]{1,10}(?:量|排放)$|增产(?:量)?$|挽回[\u4e00-\u9fa5]{0,4}损失$|^(?:节约|节省)(?:行政|办公|运行|财政){0,2}(?:成本|开支|经费|资金)$|(?:效率|便利度|便捷度|便利性)(?:提升|提高|改善)(?:率|幅度)?$|(?:意识|素养|获得感|幸福感|安全感|氛围|公信力|影响力|凝聚力|向心力)$|累计结余[\u4e00-\u9fa5]{0,4}(?:月数|能力)$|(?:可支付|可支撑)月数$/;
// How much what was built or bought is used: 系统使用率, 设备利用率, 保障房出租率, 场馆开放利用率.
// Vouchers redeemed (消费券核销率) are used; bad debts written off (呆账核销率) are not.
export const USE_RATE = /(?:使用|利用|出租|入住|上座|转化|(?<![账帐])核销)率$/;
// Money used (资金使用率, 债券资金使用率) is spending against a plan, not the use of a thing built.
export const MONEY_WORD = /(?:资金|经费|预算|债券|补助|补贴|拨款)/;
// Progress against a plan (工程形象进度, 债券资金支付进度, 预算执行进度): good when further along.
export const PROGRESS = /(?<![偏滞])进度$/;
// Last year's carry-over spent or taken up this year (上年结转资金当年支出比例, 结余资金消化率): the carry-over is kept down, so the
// share of it spent is good when high.
export const CARRYOVER_SPENT = /(?:结转|结余)(?:结余)?(?:资金)?[\u4e00-\u9fa5]{0,4}?(?:支出|使用|消化|盘活|执行|支付)(?:率|比例|比率|进度)$/;
// Money drawn in or deals brought about (带动社会资本投入, 赛事带动消费, 吸引社会投资, 技术合同成交额): what the project brings.
// Funds spent to bring something in (引进人才专项资金) are not matched, nor is the business a trading centre handles (交易额).
export const DRAWN_IN = /(?:撬动|拉动|带动)[\u4e00-\u9fa5]{0,6}(?:金额|资金|投资|消费|资本|投入)$|(?:吸引|引进|招引)(?:社会|民间|外来|境外|外商)?(?:投资|资本|外资)(?:投入|金额)?$|成交(?:额|金额|总额)$/;
// The project's own running or building money (场馆运营补贴, 设备购置经费, 项目建设投资), and the public money put in
// (亩均财政投入): capped, it is what the project costs.
export const OWN_SPEND = /(?:运营|运行|运转|运维|维护|建设|购置|采购|办公|项目|财政)(?:补贴|补助|经费|资金|费用|费|成本|投入|投资)$/;
// What a unit keeps down by rule (人均办公用房面积 ≤9平方米, 公务用车保有量, 因公出国（境）团组, 公务接待批次): a floor is the
// wrong way round, a ceiling right. So are the share of a programme's money spent on running it (项目管理费占比 ≤1%), spending
// against its budget (“三公”经费控制率 ≤100%; 血压控制率 is a health result and is not matched) and a rent or price charged
// to the people served as a share of the market's (保障性租赁住房租金占同地段市场租金比例 ≤90%). Repairs to offices (办公用房维修改造面积) are work done and are not matched. Adjustments to
// the budget once approved (科目调整次数 ≤10次, a library indicator) are kept few, whatever act a name puts before them.
// Pupils per teacher and pupils per class (生师比 ≤15, 平均班额 ≤45人) are kept down by standard, and medical cost per visit
// or bed-day (次均住院费用) is what patients pay, kept down by the reform: a floor is the wrong way round. So are the spending
// items the rules on frugal government cap in any form (“三公”经费, 外事接待经费, 差旅费, 会议费), and a unit's own running money
// (公用经费, 人均公用经费, 机关运行经费; 生均公用经费 and 村级组织运转经费 are allocations paid out, floors rightly).
// A consumer price rise (居民消费价格涨幅 ≤3%) is held under a control target: a floor is the wrong way round, and so is any price,
// fee or charge's rise (次均费用增幅, 农资价格上涨). What people pay out of their own pocket (个人卫生支出占比, 家庭校外培训支出; 家庭消费支出
// is consumption, not matched), what official cars cost to run, and how far or long people travel to school, care or work
// (上学距离, 步行到公园绿地距离, 通勤时长) are kept down as well.
// A household's spending over its income (保障家庭住房支出收入比 ≤30%) is the same burden, kept down.
// A unit's other running costs by name (印刷费, 物业管理费, 水电费, 邮电费) are kept down as 会议费 and 差旅费 are; relief on them
// paid to others (减免小微企业水电费) is a benefit. A fleet's upkeep (车辆年度维修保养费用) is running money as 公车 costs are, and
// the years an investment takes to pay back (投资回收期) are kept short.
// …and it is better small: 1.0 is the ideal, every tenth above it is power lost to cooling.
// A managed patient group's measured risk value (管理人群空腹血糖平均值 ≤7.0mmol/L, 糖化血红蛋白平均值 ≤7.5%) is what the care
// brings down: a floor is the wrong way round (血压控制率 is a share of patients and is not matched). So is what a unit of
// output uses up (吨水制水电耗 ≤0.3kWh/m³, 单位产品能耗), whatever the vehicle or plant named first (纯电动公交车百公里电耗):
// saving it is named otherwise (节约能耗, 降低单位能耗).
// A unit's general spending (一般性支出, its 规模 or 总额) is what every budget order asks to cut; the cut itself (压减一般性支出) is not it.
// Staff held within the approved establishment (在编在岗人员控制率, 编外聘用人员控制率 ≤100%) as spending within its budget is, and
// the growth or change of what is kept down — 三公 and running money, the year's carry-over and balance (“三公”经费增长率, 结转结余
// 总额变动率 ≤0): a floor asks for the growth. The cut itself (压减比例, 下降率) is named otherwise and stays good.
export const KEPT_DOWN_BUDGET = /(?:人员|编制|人数|职数)控制率$|(?:三公”?|公用|接待|差旅|会议|机关运行|一般性)(?:经费|费用|费|支出)?(?:支出)?(?:总额|规模|总量)?(?:决算)?(?:较预算|较上年|同比|年度)?(?:变动|增长|增加|上升)(?:率|比例|比率|比重|幅度)?$|(?:结转|结余)(?:结余)?(?:资金)?(?:总额|规模|总量|存量)?(?:较上年|同比|年度)?(?:变动|增长|增加|上升)(?:率|比例|比率|比重|幅度)?$/;
export const KEPT_DOWN = /(?:电能利用效率|电源使用效率|能源使用效率)$|^(?:(?![降减节压])[\u4e00-\u9fa5A-Za-z0-9]){0,10}?(?:吨|单位|每|百公里|万元)[\u4e00-\u9fa5A-Za-z0-9]{0,8}(?:电耗|能耗|水耗|煤耗|油耗|气耗|药耗|物耗)$|(?:血糖|糖化血红蛋白|血脂|总胆固醇|低密度脂蛋白|甘油三酯|血尿酸|收缩压|舒张压)[\u4e00-\u9fa5]{0,2}(?:平均值|均值|平均水平|水平|值)$|^(?:(?:人均|每人|机关)?(?:租赁|租用)?办公用房(?:使用|建筑|占用)?面积|公务用车(?:保有量|编制数?|数量|总量)|因公出[国境]+(?:团组|批次|人次|人数)数?|公务接待(?:批次|人次|次数|人数))$|(?:预算|科目|资金|计划)调整(?:次数|数)$|管理费[\u4e00-\u9fa5]{0,4}(?:占比|比例|比重)$|(?:经费|费用|成本|支出|开支)控制率$|(?:租金|价格|收费|售价)[\u4e00-\u9fa5]{0,2}占[\u4e00-\u9fa5]{0,12}(?:租金|价格|收费|售价)[\u4e00-\u9fa5]{0,2}(?:比例|比重)$|(?<!师)生师比$|班额$|(?:次均|例均|床日)[\u4e00-\u9fa5]{0,6}费用$|(?:价格(?:总水平|指数)?|费用|收费|售价)(?:涨幅|增幅|上涨幅度|上涨率|上涨)$|(?:三公”?|接待|差旅|会议)(?:经费|费用|费)(?:支出)?$|(?<!压减|压缩|节约|削减|减少)一般性支出(?:规模|总额|总量|金额)?$|(?<!(?:减免|补贴|补助|代缴|退还|返还)[\u4e00-\u9fa5]*)(?:办公|印刷|物业(?:管理|服务)?|水电|邮电)(?:经费|费用|费)(?:支出)?$|(?:公车|公务用车)[\u4e00-\u9fa5]{0,4}(?:经费|费用|费|支出)$|车辆[\u4e00-\u9fa5]{0,4}?(?:维修保养|维护保养|保养)(?:经费|费用|费)(?:支出)?$|(?:投资|成本)?回收(?:期|周期|年限)$|(?:个人|自付|自费)[\u4e00-\u9fa5]{0,6}(?:支出|费用|负担)[\u4e00-\u9fa5]{0,4}(?:占比|比例|比重)$|(?:家庭|个人|患者|群众)(?:(?!消费)[\u4e00-\u9fa5]){0,6}(?:支出|负担|开支)(?:收入比)?$|(?:(?:步行|骑行|车程)(?:到|至|到达)[\u4e00-\u9fa5]{1,8}|上学|就医|就诊|通勤)(?:平均)?(?:距离|路程|时间|时长)$|^(?:人均|单位|机关)?(?:日常)?公用经费(?:支出)?$|^(?:机关|行政)运(?:行|转)经费(?:支出)?$|控制在(?:[\u4e00-\u9fa5]{0,8}(?:以内|以下|范围内|之内))?$/;

// An improvement named as such (项目区粮食产能提升 ≥100公斤/亩, 耕地质量等级提高) is good when large in its own unit too,
// unless what rises is a bad thing (发病率提高, 事故发生率上升 are not improvements).
export const IMPROVEMENT = /[\u4e00-\u9fa5]{2}(?:提升|提高)$/;
// A rate raised (覆盖率提高, 发病率提高) is read as before: as a change of that rate.
export const SHARE_END = /(?:率|比例|占比)$/;
// A share's rise (合格碘盐食用率提升幅度, 秸秆综合利用率提高) is a change of that share, stated in % or 个百分点 and good or bad
// as the share is (classify-name.ts reads the share in group 1).
export const RATE_RISE = /^(.+?(?:率|比例|占比|比重))(?:提升|提高|增长|上升|增加)(?:幅度|值)?$/;

// Places reached, counted (应急广播终端覆盖行政村, 农村客运班线通达建制村): 覆盖 is the verb, the villages the count.
export const REACHES_PLACES = /(?:覆盖|通达)[\u4e00-\u9fa5]{0,4}(?:行政村|建制村|自然村|村|社区|乡镇|街道|学校|医院|企业|户)$/;
// What works cost the people and land around them (征地拆迁涉及户数, 施工临时占地面积, 砍伐树木数量, 产生建筑垃圾量, 受影响居民)
// and what they use up (熏蒸药剂使用量, 施工用水量; 再生水利用量 is reuse), the ground or plants they disturb (施工扰动原生植被面积)
// and the traffic they stop (施工期交通管制天数), and what they spread (施工期悬浮泥沙扩散面积): under 社会成本 / 生态环境成本 a harm, so a floor on it is the wrong way round. Acting against it (扬尘治理) is not one.
export const IMPACT = /(涉及|受影响|影响|扰动|占用|占地|征地|拆迁|搬迁|砍伐|伐除|产生|排放|扰民|噪声|扬尘|弃土|弃渣|渣土|建筑垃圾|用地|耗水|耗电|能耗|(?<!利)用量|用[水电气]量|消耗量|破坏|封闭|绕行|管制|封路|断交|限行|临时安置|扩散)/;
// A ceiling the name states on what it counts (噪声投诉控制在50件以内, 燃气安全事故控制在0起): answered 是 it is kept under.
export const CAPPED = /(?:控制在|不超过|不高于|不多于|少于|低于)\d+(?:\.\d+)?[\u4e00-\u9fa5‰%]{0,3}(?:以内|以下)?$/;
// A satisfaction floor the name states (群众满意度不低于90%, 达到90%以上; the core has lost a trailing %).
export const SATISFACTION_FLOOR = /满意(?:度|率)[\u4e00-\u9fa5]{0,2}?(?:不低于|不少于|达到|高于|≥|>=)(\d+(?:\.\d+)?)%?(?:及?以上)?$/;

// A share sampled (电梯维保质量抽查覆盖率 ≥30%, 双随机抽查比例 5%–30%): inspections reach a sample by design, so a low floor is
// no slip; what the sample shows (抽检合格率 ≥97%) is not a share sampled.
export const SAMPLED_SHARE = /(?:抽查|抽检|抽样|抽测)(?:覆盖率|覆盖比例|比例|比率|占比|率)$/;
// A coefficient (灌溉水有效利用系数 0.58): a pure number below 1, never a share in %. A multiple (担保放大倍数 3倍, set 29)
// is a pure number too.
export const COEFFICIENT = /(?:系数|倍数)$/;
// Counts of time (开放天数, 培训学时, 志愿服务时数, 预警信息发布提前量): counted in days, hours or minutes rightly, unlike other
// counts (办件量 in 工作日).
export const SPAN_COUNT = /(?:天数|日数|时数|学时|课时|工时|工日|月数|年数|周数|提前量)$/;
// Two measures joined in one name (培训人数及合格率, 河湖巡查次数及问题整改率, 补助资金及到位率): the unit may be the first
// one's, a count or an amount, as well as the rate's %.
// A count named by its act and 数 alone (建档数及建档率, 登记数和登记率) is a first measure as …个数 is; an index, a coefficient or
// a multiple (指数, 系数, 倍数) is no count.
export const COUNT_THEN_RATE = /(?:次数|人数|户数|数量|频次|个数|人次|场次|批次|件数|面积|里程|(?<![指系倍分参函])数)(?:及其?|和|与|以及|、)[\u4e00-\u9fa5]{1,12}(?:率|比例)$/;
export const AMOUNT_THEN_RATE = /(?:金额|资金|经费|总额)(?:及其?|和|与|以及|、)[\u4e00-\u9fa5]{1,12}(?:率|比例)$/;
// …and a count joined to the money it carries (发放补贴户数及金额, 慰问人数和资金): the count's unit fits as well as 元.
export const COUNT_THEN_AMOUNT = /(?:次数|人数|户数|数量|个数|人次|场次|批次|件数|面积|里程)(?:及其?|和|与|以及|、)[\u4e00-\u9fa5]{0,6}(?:金额|资金|经费|总额)$/;
// …and money joined to a count after it (消费额和客流量, 交易额及交易笔数): the money's unit fits as well as the count's.
export const AMOUNT_THEN_COUNT = /(?:金额|资金|经费|总额|消费额|营业额|销售额|交易额|成交额|产值|收入)(?:及其?|和|与|以及|、)[\u4e00-\u9fa5]{0,8}(?:量|数|人次|人数|户数|数量|笔数)$/;
// A coverage rate (特种设备检验覆盖率): 全覆盖 states its target, 100%.
export const COVERAGE = /覆盖(?:率|面)$/;
// A name written as a sentence stating its own bound on a share (水质检测合格率达到95%以上, 差错率控制在0.5%以内): what it
// measures is the share before the bound.
// The bound may follow the rate bare when it carries its sign (生活垃圾无害化处理率100%): a number and % after a rate word is
// the target typed into the name, as much as 达到90% is.
export const STATED_BOUND = /^(.{2,}?(?:率|比例|占比|比重))(?:(?:要?达到|达|不低于|不少于|保持在?|稳定在|高于|控制在|不超过|不高于|低于|≥|>=|≤|<=)\d+(?:\.\d+)?[%％‰]?|\d+(?:\.\d+)?[%％‰])(?:及?以上|以内|以下)?$/;
// Works named by the saving they make (节能改造, 节水灌溉, 减排设施) before a cost word (…工程费, …改造费用, …成本): the money spent
// on those works, not the saving (节约经费, 节省费用, 节能改造节约电费 keep a saving verb before the money and stay gains).
export const SAVING_WORKS_COST = /^(?:节能|节水|减排)(?![\u4e00-\u9fa5]*(?:节约|节省|减少|降低|下降))[\u4e00-\u9fa5]{1,10}(?:费|费用|经费|成本|造价)$/;
// Things bought or made one by one (购置台式计算机, 更换老旧门窗, 印制宣传折页, 配备执法记录仪): counted in 台, 樘, 份; money beside them
// under 数量 is what they cost. Services, works, software and systems bought are apart: their money may be the purchase itself.
export const ACQUIRED_THING = /^(?:购置|采购|购买|配置|配备|加装|更换|印制|编印|制作)(?![\u4e00-\u9fa5A-Za-z0-9.]*(?:服务|保险|工程|项目|软件|系统|平台|资金|经费|费|标准))[\u4e00-\u9fa5A-Za-z0-9.]{2,}$/;
