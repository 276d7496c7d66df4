/**
 * Word classes of indicator names that say WHAT a row measures (an area, people, money) and which quantities are
 * better large in any unit. classify-name.ts reads them once per distinct name (computeFacts), never per row.
 */

/** What a name says it counts, for checking the unit's kind against it. */
export type NameMeasure = 'speed' | 'area' | 'people' | 'money' | 'volume' | 'freight' | 'structure' | 'length' | 'times' | 'concentration' | 'dwellings' | 'index' | 'standard' | 'progress' | 'age' | 'mass' | 'stock' | 'duration' | 'compute' | 'acidity' | 'strength' | 'rated' | 'fixture' | 'energy' | null;

// …面积 (撂荒地复耕面积, 人均住房建筑面积): an area, in 亩/公顷/平方米, never in 个 or 人.
const AREA = /面积$/;
// …人数, …人口, …人次, …户数 (参保人数, 带动脱贫户数, 医疗救助人次): people or households, never money or an area.
// 覆盖学生数, 接待游客量: the people named, then 数 or 量.
// Visitors received (方志馆接待参观, 展馆接待观众) are people counted each time, never money; so are letters and visits people
// bring (受理维权来信来访), counted in 件 or 人次.
const PEOPLE = /(?:人数|人口|人次|户数|(?:学生|幼儿|儿童|老人|职工|农户|患者|游客|旅客)数|(?:游客|旅客|客流)(?:接待)?量|接待[\u4e00-\u9fa5]{0,4}(?:参观|游客|观众|读者|来访|选民)|来信来访)$/;
// …里程, …长度 (农村公路养护里程): a length, in 公里 or 米, never in 万元/公里 or 人.
const LENGTH = /(?:里程|长度)$/;
// …频次, …次数 (河湖巡查频次, 随访频次): how often, in 次 or 次/年, never in 人, 万元 or 天.
const TIMES = /(?:频次|次数|期数|场次)$/;
// Money named as such (补贴资金, 归集额, 意向成交额, 劳务报酬, 基础养老金, 创业担保贷款, 经营性收入, 发电收益, 利润, 产值, 贷款额度): never counted in 人次, 亩 or 个.
// 贷款 counts money lent; 获贷户数 and 贷款率 end otherwise.
// A charge named by what it pays for (年运行电费, 储备粮保管费, 场地租赁费), a fund's money (彩票公益金, 医保基金; funds set up,
// 设立产业引导基金, are counted), income raised per household or head (户均增收), revenue raised and spending saved by audit
// (促进增收节支) and tax and fees cut (新增减税降费) are money as well, and so is money put in (规上企业研发投入, 项目总投资;
// 人力投入 is not).
// A price (蚕茧收购均价, 生猪收购价格, 建设单价) is money per unit of the goods, never a weight or a count of them.
// Income per mu (亩均增收) and financing or trade turnover (融资额, 进出口额) are money as AMOUNT_END reads them, and so is
// foreign investment used (实际使用外资, as AMOUNT_LEVEL reads it): never counted in 家 (the firms are another row).
// Financing raised on a contract or a platform (政府采购合同融资) and a budget cut or raised (调减预算) are money too; firms
// helped to finance (帮助企业融资 in 家) are counted.
// An industry's scale (算力产业规模, as 产值) and consumption a subsidy or an event draws in (带动消费, in 亿元 or 倍) are money too.
const MONEY = /(?:金额|资金|经费|费用|额度|总额|归集额|报酬|工资|养老金|贷款|收入|收益|利润|产值|营业额|销售额|零售额|批发额|消费额|成交额|交易额|融资额|贸易额|进出口额|出口额|进口额|(?:保障|补助|补贴|救助|资助|供养|抚恤|生活|最低|待遇)[\u4e00-\u9fa5]{0,2}标准|[电水气]费|(?:租赁|维修|维护|运维|物业|保管|保险|咨询|设计|监理|检测)费|公益金|(?:资本|违约|保证)金|(?:医保|社保|保险|养老)基金|(?:户均|人均|亩均)增收|增收节支|减税降费|(?<!人力|劳动力|精力)投入|投资(?:额|总额)?|均价|单价|售价|收购价|(?<!指数)价格|(?:使用|利用|引进|引入|吸引)外资|(?<!企业|主体|商户|农户|户)融资|(?:调减|压减|核减|审减|削减|调增|追加)预算|产业(?:总)?规模|(?:带动|拉动|撬动|促进)[\u4e00-\u9fa5]{0,4}消费)$/;
// A store's capacity (冷库库容): in 立方米 or 吨, never in 个.
// An amount treated or supplied (污水处理量, 供水量): in 吨 or 立方米, never in 元/吨.
const VOLUME = /(?:库容|容积|(?:处理|供水|用水|清运|收运|处置)量)$/;
// Parcels, letters and cases handled (农村快递日均处理量, 邮件处理量, 12345工单处置量) are counted in 件 or 单, not weighed.
const COUNTED_HANDLED = /(?:快递|快件|邮件|包裹|邮包|信件|函件|工单|案件|诉求|来电)[\u4e00-\u9fa5]{0,4}(?:处理|处置)量$/;
// A forest's standing volume (森林蓄积量, 活立木蓄积量): in 立方米, never in 元 or 个.
const STOCK = /蓄积量$/;
// Goods moved or landed (口岸进出境货运量, 港口货物吞吐量, 渔港年卸港量, 码头装卸量): a weight or a number of containers, in 吨 or
// 标箱, never money, people, an area or a span of time. Bare 吞吐量 is as often a system's (并发交易吞吐量) and 客运量 counts people.
const FREIGHT = /(?:货运|货物运输|货物吞吐|集装箱吞吐|港口吞吐|卸港|装卸|到港货物|进出港货物|货物)量$/;
// A structure built (建设村级标准化厂房, 新建冷库, 改造提升池塘): counted or measured, never in 人 (a 岗位 or 学位 may be).
// Venues for sport or parking (新建改造滑冰场, 建设社区球场) are structures as 馆 is; a works verb after what the work is done
// with (完成车路云一体化智能化改造道路) builds the structure all the same.
// Lanes and paths (改造提升老旧街巷, 新建健身步道) are ways as 道路 is. Who funds the works may lead the verb (体育彩票公益金资助
// 建设社区运动场, 中央资金支持新建…): the works build the structure all the same.
const STRUCTURE = /^(?:(?:完成|实施)[\u4e00-\u9fa5]{0,10}?|[\u4e00-\u9fa5]{0,10}?(?:资助|支持|补助|扶持))?(?:新增|新建|建设|建成|(?:提升)?改造|改建|扩建|修建|购置)[\u4e00-\u9fa5]*(?:厂房|大棚|圈舍|冷库|仓库|站|馆|厂|池|井|塘|坝|闸|桥|厕所?|道路|管网|(?:滑冰|滑雪|冰|球|运动|体育|健身|停车)场|场馆|场地|街巷|小巷|巷道|步道|绿道)$/;

// Things set up or replaced one by one (设置旧衣物回收箱, 设置和更换门牌及楼栋牌, 安装宣传栏, 设立公示牌): counted in 个 or 块 (a plate
// may be counted by the households it serves), never in people, an area, a length, a time or a weight. A brand (品牌) is no plate.
const FIXTURE = /^(?:在[\u4e00-\u9fa5]{1,10}?)?(?:新增|新建|增设|设置|设立|安装|布设|布放|投放|更换|制作|悬挂|配置)(?:[和及、与](?:新增|新建|增设|设置|设立|安装|布设|布放|投放|更换|制作|悬挂|配置))?[\u4e00-\u9fa5]{0,12}?(?:(?<!品)牌|标志|标识|回收箱|垃圾桶|分类桶|垃圾箱|信报箱|宣传栏|公示栏|公告栏)$/;

// A pollutant's concentration (PM2.5年均浓度, 臭氧日最大8小时平均浓度, 氨氮浓度): in 微克/立方米 or 毫克/升, never a share or a count.
const CONCENTRATION = /(?:颗粒物|PM2\.?5|PM10|二氧化硫|二氧化氮|氮氧化物|臭氧|一氧化碳|化学需氧量|生化需氧量|氨氮|总磷|总氮|污染物|COD|BOD5?|SO2|NOx|NO2|VOCs?|挥发性有机物|悬浮物|石油类|重金属|(?:亚)?硝酸盐(?:氮)?|氟化物|氰化物|挥发酚|硫化物|六价铬)[\u4e00-\u9fa5\d]{0,10}浓度$/;

// Homes provided (筹集保障性租赁住房, 新建公租房, 分配安置房): counted in 套 or 间, or measured in 平方米, never in 元.
const DWELLINGS = /(?:住房|公租房|廉租房|安置房|保障房|周转房|人才房|房源)$/;

// A composite index of pollution (城市环境空气质量综合指数 4.1, 水质综合污染指数 0.8): a pure number on its own scale, never a
// share nor a count. An index of how people feel (群众安全感指数) is often reported in % and is not matched.
const POLLUTION_INDEX = /(?:空气质量|污染)[\u4e00-\u9fa5]{0,4}指数$/;

// A design standard (堤防防洪标准 50年一遇, 桥梁抗震设防烈度 8度): a return period or an intensity, never a share.
const DESIGN_STANDARD = /(?:(?:抗震)?设防(?:烈度|标准|等级)|(?:防洪|排涝|防潮|排水)标准)$/;

// An age or a span of years (人均预期寿命, 平均受教育年限, 设计使用年限): in 岁 or 年, never a share nor a number of things.
const AGE = /(?:寿命|年龄|年限)$/;

// Progress against a plan (专项债券资金支出进度, 工程形象进度): the share done, in %, never a span of time or a count.
const PROGRESS_SHARE = /(?<![偏滞])进度$/;

// A physical speed or its limit (平均车速, 港区船舶航行限速, 网络接入速率, 带宽): in 公里/小时, 节 or Mbps, never a share nor a
// count. The pace of work or money (增长速度, 资金拨付速度) may be stated in % and is not matched.
const SPEED = /(?:车速|限速|航速|时速|网速|带宽|(?:接入|传输|下载|上传|网络|通信|数据)速率|(?:行驶|行车|通行|航行|下载|上传|接入|传输|网络)速度)$/;

const CUT_MASS = /(?:减排|削减|固碳|碳汇)(?:总)?量$/;
// Goods weighed (查获走私冻品重量, 收购蚕茧重量): in 吨 or 公斤, never money, people or a count; 质量 is quality, not weight.
const WEIGHT = /重量$/;
// People taken into work by a programme (吸纳当地群众务工, 带动就业) are counted in 人, never in money.
const PUT_TO_WORK = /(?:吸纳|带动|组织|转移|安置)[\u4e00-\u9fa5]{0,8}(?:务工|就业)$/;
// A span of time named as such (采集口述历史音视频时长, 志愿服务时长, 培训时数): in 小时 or 天 however the row is meant, never a share.
const DURATION = /(?:时长|时数|小时数)$/;
// Computing power (新增智能算力规模, 算力总规模): operations per second (PFlops, EFLOPS), never the servers or cards that give it.
const COMPUTE = /算力(?:总)?(?:规模|总量|供给)?$/;
// An acidity (出厂水pH值, 土壤pH值): a pure number on the 0–14 scale, never a share nor a count.
const ACIDITY = /(?:pH|PH|酸碱度)值?$/;
// A material's strength (混凝土抗压强度 30MPa, 钢筋屈服强度): a stress in MPa, never a share nor a count; 执法强度 is not one.
const STRENGTH = /(?:抗压|抗拉|抗折|抗弯|抗剪|屈服|粘结|黏结)强度$/;
// A road's condition index (路面状况指数 PCI, 路面使用性能指数 PQI, 公路技术状况指数 MQI): rated on a 0–100 scale by JTG 5210.
const ROAD_CONDITION = /(?:路面使用性能|路面状况|路面技术状况|路面行驶质量|技术状况|路况)指数$/;
const MONEY_RISE = /(?:户均|人均)[\u4e00-\u9fa5]{0,6}(?:收入|增收)(?:增加|提高|增长)(?:额|金额)?$/;

// Electricity charged, generated, used or traded (充换电设施年充电量, 绿电交易电量): energy, in 千瓦时 and its multiples.
const ELECTRICITY = /(?:充|放|发|用|售|购|供|储|上网|交易)电量$/;

export function nameMeasure(core: string, change: boolean): NameMeasure {
  if (POLLUTION_INDEX.test(core)) return 'index';
  if (ROAD_CONDITION.test(core)) return 'rated';
  if (SPEED.test(core)) return 'speed';
  // An amount of emissions cut or carbon taken up (核证减排量, 固碳量) is a change, yet weighed in tonnes all the same; money per
  // household or head raised (户均财产性收入增加) is money all the same.
  if (CUT_MASS.test(core)) return 'mass';
  if (MONEY_RISE.test(core)) return 'money';
  if (change) return null;
  if (COMPUTE.test(core)) return 'compute';
  if (ELECTRICITY.test(core)) return 'energy';
  if (ACIDITY.test(core)) return 'acidity';
  if (STRENGTH.test(core)) return 'strength';
  if (CONCENTRATION.test(core)) return 'concentration';
  if (AREA.test(core)) return 'area';
  if (WEIGHT.test(core)) return 'mass';
  if (PEOPLE.test(core) || PUT_TO_WORK.test(core)) return 'people';
  if (VOLUME.test(core) && !COUNTED_HANDLED.test(core)) return 'volume';
  if (STOCK.test(core)) return 'stock';
  if (FREIGHT.test(core)) return 'freight';
  if (MONEY.test(core)) return 'money';
  if (STRUCTURE.test(core)) return 'structure';
  if (LENGTH.test(core)) return 'length';
  if (TIMES.test(core)) return 'times';
  if (DWELLINGS.test(core)) return 'dwellings';
  if (DESIGN_STANDARD.test(core)) return 'standard';
  if (PROGRESS_SHARE.test(core)) return 'progress';
  if (AGE.test(core)) return 'age';
  if (DURATION.test(core)) return 'duration';
  if (FIXTURE.test(core)) return 'fixture';
  return null;
}

/** Words that make a speed a ceiling: a limit, a control, speeding, or a place where traffic is slowed on purpose. */
const SPEED_CAPPED = /(?:限速|限制|限定|控制|管控|不超过|不高于|超速|学校|校园|校区|幼儿园|医院|社区|小区|居民区|住宅区|村庄|景区|施工|隧道|急弯)/;

/**
 * Better large in any unit, beside LARGE_GOOD: people put to work or reached (吸纳脱贫人口就业, 务工人数, 参加养老保险人数,
 * 扶持创业人数), yields and output (粮食单产, 生猪出栏量), provision per head (每万人口拥有养老床位), a guarantee fund's
 * leverage (放大倍数), people's income (户均增收) and the living standards people receive (低保保障标准, 基础养老金最低标准).
 * People registered with a programme (志愿者注册人数) are people it reached, counted as those it helped are.
 * A per-head subsidy standard (生均每天补助标准 ≤5元) is often a ceiling in real forms and is left out. A ceiling on any of them caps what the programme should deliver.
 */
export const MORE_IS_BETTER = new RegExp([
  '(?<!失)(?:就业|务工)(?:人数|人口|岗位|规模)?$',
  // Households moved out of a hazard's way (地质灾害隐患点搬迁避让户数) are people helped as those resettled (安置) are; a
  // relocation a works project causes (征地拆迁户数) is not matched.
  '(?:参保|参加[\\u4e00-\\u9fa5]{0,6}保险|受益|帮扶|扶持|资助|吸纳|安置|带动|避让|注册)[\\u4e00-\\u9fa5]{0,4}(?:人数|户数|人次|人口)$',
  '(?:单产|亩产|(?<![废污排])产量|出栏量|出栏)$',
  // The sown area of grain or oil crops (粮食播种面积) is the national floor the grain subsidies defend.
  '(?:粮食|粮油|农作物|大豆|油料)[\\u4e00-\\u9fa5]{0,2}播种面积$',
  '^(?:每[\\u4e00-\\u9fa5]{0,6})?拥有[\\u4e00-\\u9fa5A-Za-z0-9.]+$',
  // Provision per head of population (每千人口执业医师数, 每万常住人口全科医生数): resources the programme builds up.
  '^每[十百千万]+(?:(?:常住|户籍|服务)?人口|名[\\u4e00-\\u9fa5]{0,4})[\\u4e00-\\u9fa5]{0,12}(?:数|数量)$',
  '放大倍数$',
  // Money secured from above (争取中央预算内投资, 争取专项债券资金) and wasteful spending cut after an evaluation (压减低效无效资金)
  // are what the work brings in or saves: a ceiling caps the result sought.
  '^争取[\\u4e00-\\u9fa5]{0,10}(?:资金|投资|债券|补助|额度|额)$',
  '(?:压减|收回|统筹|盘活)(?:低效|无效|沉淀)[\\u4e00-\\u9fa5]{0,4}(?:资金|经费|支出)$',
  // Investment a 招商 drive brings in (招商引资到位资金, 引资额): what the work is for, so a ceiling caps it.
  '(?:招商引资|引进资金|引资)[\\u4e00-\\u9fa5]{0,4}(?:到位资金|资金|金额|额|总额)$',
  '增收|(?:人均|户均|可支配|农民|居民|农户|群众|村民|职工)[\\u4e00-\\u9fa5]{0,4}收入$',
  // Turnover, sales or income a project brings about (带动景区周边商户营业额增长) are its effect, good when they grow; a revenue's
  // growth named without 带动 (公立医院医疗收入增长) may be one policy keeps down.
  '^带动[\\u4e00-\\u9fa5]{0,12}(?:营业额|销售额|营业收入|经营收入|收入|营收|产值|消费)(?:增长|增加|提高)(?:率|幅度)?$',
  // Output, sales or profit a programme helps firms add (院士工作站帮助企业新增产值, 带动新增销售收入): the result sought.
  '(?:帮助|带动|助力|促进)[\\u4e00-\\u9fa5]{0,10}新增(?:产值|销售收入|营业收入|利税|利润)$',
  '(?:保障|供养|生活|最低|养老金|抚恤)[\\u4e00-\\u9fa5]{0,2}标准$',
  // A 基准定额 (义务教育生均公用经费基准定额) is the least each recipient must get: a ceiling on it is the wrong way round.
  '基准定额$',
  // Trips and trade a programme serves or promotes (公交日均客运量, 港口集装箱吞吐量, 社会消费品零售总额, 外贸进出口总额): more
  // is the result sought, so a fall (同比下降5%) or a ceiling is the wrong way round.
  '(?:客运|货运|客流|旅客运输|货物运输|周转|吞吐)量$',
  '(?:零售|进出口|出口|外贸)(?:总额|额|总值)$',
  // Sales a programme promotes (体育彩票销量, 消费帮扶产品销售额): more is the result sought.
  '(?:销量|销售量|销售额|销售总额)$',
  // Deals a programme brings about (技术合同成交额, 技术交易成交量): more is the result sought, as for sales.
  '成交(?:额|金额|总额|量)$',
  // Holdings per head (每万人口高价值发明专利拥有量, 人均公共图书馆藏书拥有量): provision built up, like 每千人口…数.
  '^(?:人均|每[十百千万]+(?:人口|人|户|名[\\u4e00-\\u9fa5]{0,4}))[\\u4e00-\\u9fa5]{0,12}拥有(?:量|数|数量)$',
  // What a project or an asset earns (出租出借资产收益, 专项债项目年运营收入, 国有资本经营收益): it repays the debt or the budget,
  // more is the result sought.
  '(?:收益|经营收入|运营收入|营业收入|租金收入|出租收入|处置收入|利润)$',
  // Money or spending a programme draws in (撬动消费金额, 拉动社会投资, 带动社会资本, 吸引社会投资): what it brings, more is
  // better. Funds spent to bring something in (引进人才补助资金) are a cost, capped rightly.
  '(?:撬动|拉动|带动)[\\u4e00-\\u9fa5]{0,6}(?:金额|资金|投资|消费|资本|投入)$',
  // The growth of an output the economy wants (社会消费品零售总额增速, GDP增速, 地区生产总值增长率): a ceiling or a fall is the
  // wrong way round. A price rise (CPI涨幅) is not among them and stays neutral (set 29).
  '(?:零售|进出口|出口|外贸|销售)(?:总额|额|总值)?(?:增速|增长率|增幅)$',
  '(?:GDP|地区生产总值|生产总值|增加值)(?:年均?|年度)?(?:增速|增长率|增幅)$',
  // Land a county must hold (耕地保有量, 永久基本农田保护面积, 湿地面积): a ceiling gives it up. Land taken or lost (征收耕地面积,
  // 破坏林地面积, 耕地破坏面积) is not land held, whichever side of the land the act is written on.
  '^(?!.*(?:征收|征用|征占|占用|破坏|毁坏|损毁|侵占|流失|退化|污染|转用|减少|非法|违法|违规|损失)).*(?:耕地|基本农田|林地|草原|湿地|森林)(?:保有量|保护面积|面积|蓄积量)$',
  // Speed of traffic flow (主干道高峰时段平均车速, 城区道路平均通行速度): congestion is what a programme fights. Not where speed is
  // the hazard: a limit or a control (学校周边道路限速, 行驶速度控制在60公里/小时) is a ceiling, and traffic past schools, homes,
  // scenic spots or works (学校周边道路平均车速 ≤30) is slowed on purpose.
  `^(?!.*${SPEED_CAPPED.source}).*(?:车速|(?:通行|行驶|行车)速度)$`,
  // Speed of a network (网络下载速度, 政务网络接入速率): lag is what a programme fights.
  '(?:网速|(?:下载|上传|接入|传输|网络)(?:速度|速率))$',
  '(?:吸引|引进|招引)(?:社会|民间|外来|境外|外商)?(?:投资|资本|外资)(?:投入|金额)?$',
  // A stock held for use (救灾帐篷储备, 市级应急物资储备品种, 政府储备食用植物油, 储备粮库存规模, 肉牛存栏), a registry of people who
  // give or serve (造血干细胞捐献志愿者入库, 红十字志愿者注册在册, 人才库在库专家) and trainees kept on (见习期满留用人数): a ceiling
  // gives the stock up. The money to keep a reserve (储备粮保管费用), a project pipeline (项目储备) and 能繁母猪存栏, held inside a
  // band by the 产能调控 rules, are not matched; nor is a welfare roll (低保在册人数), whose size is no aim.
  '(?<!项目|谋划)储备(?:规模|总量|数量|量|品种|种类|物资)?$',
  '^(?:政府|地方|市级|县级|区级|省级|中央|商业|应急|战略|救灾)?储备(?![\\u4e00-\\u9fa5]*(?:费|资金|经费|补贴|成本|率|比例|标准|利息|库|项目|计划|管理|轮换|制度|体系|能力|设施|基地|仓))[\\u4e00-\\u9fa5]{1,8}$',
  '储备[\\u4e00-\\u9fa5]{0,4}库存(?:规模|总量|数量|量)?$',
  '(?<!能繁母猪)存栏(?:量|数|数量|规模)?$',
  '(?:志愿|捐献|人才|专家|会员|队员)[\\u4e00-\\u9fa5]{0,6}(?:在册|在库|入库)$',
  '(?:在册|在库|入库)(?:志愿者|捐献者|专家|人才|会员|队员)(?:数|人数)?$',
  '留用(?:人数|人员)?$',
].join('|'));

/**
 * Money handed out to recipients, said so by the act (发放就业补助资金, 补贴资金兑付金额, 安排贴息资金, 耕地地力保护补贴金额): for a
 * transfer programme that payment is the output itself, so under 数量 it is not an input. Funds named by source or purpose
 * alone (市级财政补助资金, 农村危房改造补助资金, 亩均财政投入) stay inputs.
 */
// Aid named by its act (学生资助资金, 司法救助金额, 困难职工慰问金, 协作帮扶资金拨付, 对口援助资金) is handed out too, paid over or not.
// Money a 财政 passes down to lower governments (直达资金分配到基层, 下达转移支付资金) is its output in the same way.
// Vouchers redeemed (消费券核销金额) are the subsidy paid out through the shops: the voucher programme's output as 发放 is.
export const TRANSFER = /^安排|(?:消费券|惠民券|代金券|旅游券|体育券)[\u4e00-\u9fa5]{0,2}核销|发放|兑付|兑现|直补|贴息|补贴金额$|(?:分配|下达)(?:到|至)(?:基层|市县|区县|乡镇|街镇)$|(?:直达|转移支付)资金(?:分配|下达)|(?:资助|救助|慰问|帮扶|援助)(?:资金|金额|金)(?:拨付|下达)?$/;

/**
 * Practices independent producers adopt a little more each year (重大病虫害统防统治覆盖率 ~45%, 绿色防控覆盖率, 社会化服务覆盖率):
 * not a service rate near 100%. Insurance firms buy by choice (出口信用保险覆盖率 ~20%) grows the same way; so does any cover insured by choice (投保覆盖率).
 */
export const ADOPTION = /(?:统防统治|绿色防控|社会化服务|托管|测土配方|信用保险|投保)[\u4e00-\u9fa5]{0,4}(?:覆盖|应用|实施)?率$/;

/** Money returned by borrowers (到期贷款按期收回率, 贷款回收率): their act, not an output the project delivers on time. */
export const REPAID = /(?:收回|回收|还款|偿还|归还)/;

/**
 * A place in a ranking (营商环境评价排名 ≤10名, 考核名次): better small, so a floor (≥10名) is the wrong way round. Not a bad
 * thing either: 排名提升3位 moves it the right way, so it is kept apart from the bad-direction words.
 */
export const RANK = /(?:排名|名次|位次|排位)$/;

/**
 * Projects brought in by investment promotion (签约项目开工率, 招引项目落地率): firms' own projects, so their start or completion
 * is an outcome of the promotion work, not an output the funded project delivers.
 */
export const INVESTED_PROJECT = /(?:签约|招引|引进|招商|落地)[\u4e00-\u9fa5]{0,4}项目/;
