import type { NameMeasure } from './name-measures';

/**
 * What an indicator's name says about it (classify-name.ts reads it once per distinct name): a rate or a
 * count, good or bad when it rises, which 二级 category it points to, and the word classes the checks ask about.
 */
export type NameKind = 'rate' | 'count' | 'amount' | 'other';
export type NameDirection = 'good' | 'bad' | 'neutral';
export type NameCategory = 'quality' | 'timeliness' | null;
/** The output 二级 an output-type name belongs to, when the name reads as an output. */
export type OutputCategory = 'quantity' | 'quality' | 'timeliness' | null;

export interface NameFacts {
  /** Name without bracketed remarks and spaces: 政府预决算公开率（除涉密信息外） → 政府预决算公开率. */
  core: string;
  kind: NameKind;
  satisfaction: boolean;
  direction: NameDirection;
  /** A rate that should be close to 100% when things go well (运行率, 完成率, 及时率…). */
  highRate: boolean;
  /** A growth or change rate, which may legitimately exceed 100% or be small. */
  change: boolean;
  /** The 二级 the name itself points to, when it points to one. */
  category: NameCategory;
  /** The name reads as an outcome (效益) rather than an output: used where a form has no levels. */
  benefitHint: boolean;
  /**
   * The name measures an output, whatever level it is filed under: completion, payment, delivery on
   * time, acceptance (采购完成率, 发放及时率, 验收合格率). Such a row under 效益 is an output misfiled.
   */
  output: OutputCategory;
  /** The name reads as satisfaction or its kin (好评率, 投诉率, 获得感) or names only the people asked (受益群众). */
  satisfactionLike: boolean;
  /** A piece of work done for people (残疾人就业培训, 送医下乡义诊): counted in 次/人次, never a share by itself. */
  activity: boolean;
  /** The share of favourable ratings (好评率): under 满意度 it is a satisfaction level. */
  approval: boolean;
  /** A rating given by the people served (学员评教得分, 群众测评分): satisfaction under another name. */
  rating: boolean;
  /** Money spent (采购金额, 运行维护经费, 保障金缴纳), as opposed to money earned or leveraged (增收, 带动投资). */
  spending: boolean;
  /** An amount of money as a level (旅游综合收入, 研发投入金额): measured in 元, never in %. */
  amountLevel: boolean;
  /**
   * A result achieved against a bad thing, counted in any unit (年减排二氧化碳, COD削减量, 节约财政资金, 挽回经济损失): good
   * when large, so a ceiling (≤2.2万吨) is the wrong way round whatever the unit, not only in %.
   */
  gain: boolean;
  /** Time taken or allowed, or the interval between inspections (办结时限, 检查周期): bad when long. */
  timeTaken: boolean;
  /** An overdue rate (办件超期率, 工单逾期率): timeliness from the late side, under 时效 or 质量, never 数量. */
  overdue: boolean;
  /** A fall measured as a share of the old figure (能耗下降率, 二氧化碳排放降低): never more than 100%. */
  fall: boolean;
  /**
   * The name carries its own quantity (完成全县5000亩高标准农田建设任务, 完成12个老旧小区改造): the whole target is in the
   * name, so 是 / 完成 / 100%完成 answers it measurably.
   */
  statesCount: boolean;
  /** A yes/no question (是否按时完成, 项目是否通过验收): answered 是 / 否, or 1 for yes. */
  yesNo: boolean;
  /** The name states that a bad thing must not happen (确保全年无重大安全事故, 不发生…): answered 是 / 达标 when it holds. */
  absence: boolean;
  /** A task to complete (完成年度建设任务, 按期完成…): 完成 / 达标 measure it only when the name says how much. */
  task: boolean;
  /** A ratio written X:Y (生师比 ≤15, 师生比 1:15): it takes no unit. */
  ratio: boolean;
  /** A unit written in brackets at the end of the name (培训人数（人）, 覆盖率（%）): it stands for the unit column. */
  unitInName: string | null;
  /** Money per head or per unit (人均培训补贴, 亩均建设成本, 次均费用): measured in 元, never in 人 or 个. */
  perCapitaMoney: boolean;
  /** The people served, counted (营养改善计划受益学生, 受益农户): under 数量 they are counted, never a share by themselves. */
  people: boolean;
  /** Money allocated to a recipient (村级组织运转经费, 乡村教师生活补助): per recipient (万元/村) it is a standard to guarantee. */
  allocation: boolean;
  /** What a project costs (项目建设成本, 工程造价): a 成本 row, never an outcome. */
  costName: boolean;
  /** Money earned (带动农户户均增收, 村集体经济收入): an outcome, never a cost. */
  earning: boolean;
  /** People's income raised (带动农户户均增收, 农民人均可支配收入增长): an outcome, never an output. */
  income: boolean;
  /** A coefficient or an index (灌溉水有效利用系数 ≥0.58, 路面技术状况指数 ≥80): a pure number, it takes no unit. */
  dimensionless: boolean;
  /**
   * A good share no programme sets in single digits (畜禽粪污综合利用率, 农膜回收率, 空气质量优良天数比例, 住院费用救助比例):
   * a floor below 10% is a slip. Land cover (森林覆盖率), changes and satisfaction are apart.
   */
  floorRate: boolean;
  /** Works named by the act alone (农村公路建设, 老旧小区改造, 农田水利设施建设): in % only as the share done, near 100%. */
  works: boolean;
  /** A plant's capacity or a river's flow (污水处理能力, 河道生态流量): measured in 吨/日 or 立方米/秒, never in %. */
  capacity: boolean;
  /**
   * Good when large in any unit, not only in % (系统支持并发用户数, 存储容量, 平均无故障运行时间, 服务质量考核得分, 服务机构星级,
   * 新增学位, 形成调研报告, 本息覆盖倍数): a ceiling (≤5000个) caps what the project should deliver.
   */
  largeGood: boolean;
  /** A grade or rating the row is assessed at (服务质量评价等级, 第三方评估结果, 年度考核等次): 良好及以上 measures it. */
  graded: boolean;
  /** An effect of the project named as such (减少群众跑动次数, 节约行政成本, 群众办事效率提升): an outcome, never an output. */
  outcome: boolean;
  /** How much what was built or bought is used (系统使用率, 保障房出租率, 设备利用率): an outcome or a quality, never a quantity. */
  useRate: boolean;
  /** What the name says it counts (an area, people, money, a store's volume), checked against the unit's kind. */
  measure: NameMeasure;
  /** Ends on a word for a number of things (…数量, …台数, …频次): never money. */
  countWord: boolean;
  /** People per people (生师比, 医护比): a ratio written 1:15 or 15, never in %. */
  headRatio: boolean;
  /** Money handed to recipients (发放就业补助资金, 补贴资金兑付金额): a transfer programme's output, not an input. */
  transfer: boolean;
  /** A place in a ranking (营商环境评价排名): better small, though not a bad thing (排名提升 is good news). */
  rank: boolean;
  /**
   * Money a project draws in or deals it brings about (带动企业研发投入, 赛事带动消费, 技术合同成交额): an economic benefit,
   * never an output counted under 数量 nor a cost.
   */
  drawnIn: boolean;
  /**
   * The project's own running or building money (场馆运营补贴, 设备购置经费, 项目建设投资): capped under 效益 it is a cost misfiled.
   * 运行维护经费 under 可持续影响 is the upkeep secured and is read apart by the check.
   */
  ownSpend: boolean;
  /** The name states a ceiling on what it counts (噪声投诉控制在50件以内): 是 answers that it is kept under, not that it happens. */
  capped: boolean;
  /** What works cost the people and land around them (征地拆迁涉及户数, 临时占地面积): a harm under 社会成本 / 生态环境成本. */
  impact: boolean;
  /** Places reached, counted (应急广播终端覆盖行政村): over 100% it is a count in %, though =100% may be the share reached. */
  reachesPlaces: boolean;
  /** A satisfaction floor the name states (群众满意度不低于90%), held to the policy minimum like a target; null when none. */
  satisfactionFloor: number | null;
  /** A coefficient (灌溉水有效利用系数 ≥0.58): a pure number, never in %. */
  coefficient: boolean;
  /** A count of time (开放天数, 培训学时): in 天 or 小时 rightly, where another count (办件量) is not. */
  spanCount: boolean;
  /**
   * A rate joined to a count or an amount before it (培训人数及合格率), an amount joined to a count (发放补贴户数及金额), or a count
   * joined to money before it (消费额和客流量): the unit of that other measure fits the row too.
   */
  joinedMeasure: 'count' | 'amount' | null;
  /** A coverage rate (检验覆盖率): 全覆盖 states its target, 100%. */
  coverage: boolean;
  /** Entities or things built counted one by one (培育科技型中小企业, 扶持新型农业经营主体, 新建社区健身点): never an amount of money per unit. */
  entity: boolean;
  /** Things bought or made one by one (购置台式计算机, 印制宣传折页): counted, so money beside them under 数量 is what they cost. */
  acquired: boolean;
  /** The core without punctuation (新建、加固堤防 → 新建加固堤防): two names that differ only there name one indicator. */
  plainCore: string;
}
