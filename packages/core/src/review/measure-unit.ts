import type { NameFacts } from './name-facts';
import type { Level1, Level2 } from './indicator-framework';
import type { UnitFacts } from './unit-facts';

/**
 * Row readings that weigh what a name counts against what its unit counts, and what an output row may be capped at.
 * Both read only facts cached per name (classify-name.ts) and per unit (unit-facts.ts): nothing is matched per row.
 */

// Things made one deal at a time (loans, guarantees, policies, transactions), counted in 笔 as well as in money; so is money
// paid or moved one transfer at a time (违规拨付预售资金, 挪用专项资金 in 笔).
const DEAL = /(?:贷款|借款|融资|担保|保单|保险|交易)$|(?:拨付|支付|划拨|转账|挪用)[\u4e00-\u9fa5]{0,6}(?:资金|款项|款)$/;
const WAY = /(?:道路|街巷|小巷|巷道|步道|绿道|桥)$/;
// Venues and toilets built (社区多功能运动场, 旅游厕所, 文化馆) hold people, not a load: counted or measured, never weighed.
// Land named as such (盘活闲置土地, 收回建设用地): measured in 亩 or counted in 宗, or by the households whose land it is (土地
// 流转 in 户), but never in people.
const LAND = /(?:土地|用地|耕地|林地|草地|宅基地|闲置地|荒地)$/;
const VENUE = /(?:厕所?|(?:滑冰|滑雪|冰|球|运动|体育|健身|停车)场|场馆|场地|馆)$/;
const MEASURE_WORDS = { rated: '路况指数', acidity: 'pH 值', strength: '材料强度', compute: '算力', speed: '速度（限速、带宽）', index: '综合指数', concentration: '污染物浓度', area: '面积', people: '人数（户数、人次）', money: '金额', volume: '库容（处理量）', freight: '货物运输量（吞吐量）', structure: '建设的设施', length: '里程（长度）', times: '频次（次数）', dwellings: '住房（套数）', standard: '设防或防洪标准', progress: '进度（完成比例）', age: '年龄或年限', duration: '时长', mass: '减排量（削减量、固碳量）', stock: '蓄积量', fixture: '设置的设施（箱、牌、标志）', energy: '电量（充电、发电、用电、交易电量）' } as const;
const MEASURE_UNITS = { rated: '不填单位（如「85」）', acidity: '不填单位（如「6.5-8.5」）', strength: 'MPa、兆帕', compute: 'PFlops、EFlops、P', speed: '公里/小时、节、Mbps', index: '不填单位（如「4.1」）', concentration: '微克/立方米、毫克/升', area: '亩、公顷、平方米', people: '人、户、人次', money: '元、万元', volume: '立方米、吨', freight: '吨、标箱', structure: '座、个、平方米', length: '公里、米', times: '次、次/年、期', dwellings: '套、间、平方米', standard: '年一遇、度', progress: '%', age: '岁、年', duration: '小时、天', mass: '吨、万吨', stock: '立方米、万立方米', fixture: '个、块、套', energy: '千瓦时、万千瓦时、亿千瓦时' } as const;

/**
 * What the name counts and what the unit counts disagree (撂荒地复耕面积 in 个, 参保人数 in 万元, 补贴资金 in 人次,
 * 危房改造户数 in 平方米, 冷库库容 in 个): the words for the message, or null. A work done for people (开展职业技能培训)
 * under 数量 is counted in 人次, not in 万元.
 */
export function measureMismatch(facts: NameFacts, uf: UnitFacts, l2: Level2 | null): { what: string; units: string } | null {
  if (facts.headRatio && uf.percent) return { what: '人员配比（如「1:15」）', units: '不填单位或「:1」' };
  const counts = uf.counts;
  // PM2.5年均浓度 ≤35%: a pollutant's concentration is a mass per volume, never a share nor a number of things.
  if (facts.measure === 'concentration') return uf.percent || counts != null ? { what: MEASURE_WORDS.concentration, units: MEASURE_UNITS.concentration } : null;
  // 城市环境空气质量综合指数 ≤4.1%: a composite index is a pure number on its own scale.
  if (facts.measure === 'index') return uf.percent || counts != null ? { what: MEASURE_WORDS.index, units: MEASURE_UNITS.index } : null;
  // 新增智能算力规模 ≥500台: computing power is operations per second; servers or cards counted are another measure.
  if (facts.measure === 'compute') return uf.percent || counts != null ? { what: MEASURE_WORDS.compute, units: MEASURE_UNITS.compute } : null;
  // 充换电设施年充电量 ≥3000户: electricity is energy, in 千瓦时; the households or vehicles served are other rows.
  if (facts.measure === 'energy') return counts != null && counts !== 'energy' ? { what: MEASURE_WORDS.energy, units: MEASURE_UNITS.energy } : null;
  // 出厂水pH值 ≥7%, 混凝土抗压强度 ≥30%: an acidity is a pure number, a strength a stress in MPa; neither is a share or a count.
  if (facts.measure === 'acidity' || facts.measure === 'strength') return uf.percent || counts != null ? { what: MEASURE_WORDS[facts.measure], units: MEASURE_UNITS[facts.measure] } : null;
  // 港区船舶航行限速 ≤6%: a speed is a distance per time or data per second, never a share nor a number of things.
  if (facts.measure === 'speed') return uf.percent || counts != null ? { what: MEASURE_WORDS.speed, units: MEASURE_UNITS.speed } : null;
  // 灌溉水有效利用系数 ≥0.58%: a coefficient is a pure number (0.58), not a share.
  // 政府性融资担保放大倍数 ≥3%: a multiple is a pure number too (3倍).
  if (facts.coefficient && uf.percent) return facts.core.endsWith('倍数') ? { what: '倍数', units: '倍或不填单位（如「3倍」）' } : { what: '系数', units: '不填单位（如「0.58」）' };
  // 堤防防洪标准 ≥50%: a design standard is a return period or an intensity (50年一遇, 8度); 50年 is its sloppy spelling.
  if (facts.measure === 'standard') return uf.percent || (counts != null && counts !== 'duration') ? { what: MEASURE_WORDS.standard, units: MEASURE_UNITS.standard } : null;
  // 人均预期寿命 ≥79.5%: an age or a span of years is in 岁 or 年, not a share.
  if (facts.measure === 'age') return uf.percent ? { what: MEASURE_WORDS.age, units: MEASURE_UNITS.age } : null;
  // 采集口述历史音视频时长 ≥60%: a span of time is in 小时 or 天; a share of it needs a name saying of what (…时长占比).
  if (facts.measure === 'duration' && uf.percent) return { what: MEASURE_WORDS.duration, units: MEASURE_UNITS.duration };
  // 消费帮扶采购金额 ≥1.2万吨, 光伏电站发电收益 ≥8千瓦时: money is counted in 元, whatever the goods it bought weigh or the
  // power that earned it.
  if (facts.measure === 'money' && (uf.weight || uf.counts === 'energy') && facts.joinedMeasure !== 'count') return { what: MEASURE_WORDS.money, units: MEASURE_UNITS.money };
  // 设置旧衣物回收箱 ≥400吨, 更换门牌 ≥2.4万人: what is set up is counted; what it collects and whom it serves are other rows.
  if (facts.measure === 'fixture' && (uf.weight || counts === 'people' || counts === 'area' || counts === 'length' || counts === 'duration')) return { what: MEASURE_WORDS.fixture, units: MEASURE_UNITS.fixture };
  // 改造提升老旧街巷 ≥26吨: a way built (道路, 街巷, 步道, 桥) is counted or measured in length or area, never weighed; a store
  // or a pool built may hold tonnes, so only ways are read.
  if (facts.measure === 'structure' && uf.weight && WAY.test(facts.core)) return { what: MEASURE_WORDS.structure, units: '条、公里、平方米' };
  if (facts.measure == null && counts === 'people' && !uf.visits && LAND.test(facts.core)) return { what: '土地', units: '亩、公顷、宗' };
  if (facts.measure === 'structure' && uf.weight && VENUE.test(facts.core)) return { what: MEASURE_WORDS.structure, units: '座、个、平方米' };
  // 水土流失综合治理面积 ≥35吨/平方公里·年, 农村公路里程 in 万元/公里: an area or a length is no tonnes nor money per its base.
  if ((facts.measure === 'area' || facts.measure === 'length') && counts == null && (uf.head === 'weight' || uf.head === 'money')) return { what: MEASURE_WORDS[facts.measure], units: MEASURE_UNITS[facts.measure] };
  // 排涝泵站抽排能力 ≥60万元, 新增变电容量 ≥150座, 新型储能装机规模 ≥40辆: a capacity is a size (立方米/秒, 万吨/日, MVA); the money it costs and the
  // people it serves are other rows, and a rated capacity (…容量) is no number of sites. Shares are read in check-meaning.ts.
  if (facts.capacity && (counts === 'money' || counts === 'people' || counts === 'households' || (counts === 'item' && (facts.core.endsWith('容量') || facts.core.endsWith('规模'))))) return { what: '处理能力或容量', units: '万吨/日、立方米/秒、MVA、MW' };
  // 发放补贴户数及金额 ≥3200户: the count joined before the money names the row's unit as well.
  if (facts.joinedMeasure === 'count' && counts !== 'money') return null;
  // 专项债券资金支出进度 ≥80天: progress is the share of the plan done, not a span of time, people, an area or an amount
  // (年度考核进度 in 次 counts the rounds done, as real forms do).
  if (facts.measure === 'progress') {
    // Money spent against its plan (上半年资金支出进度 ≥45个) is a share of the money, never a number of things or rounds.
    return counts === 'duration' || counts === 'money' || counts === 'people' || counts === 'households' || counts === 'area' || counts === 'length'
      || (facts.spending && (counts === 'item' || counts === 'times'))
      ? { what: MEASURE_WORDS.progress, units: MEASURE_UNITS.progress } : null;
  }
  // 耕地地力保护补贴农户: the people served, named without 人数, are counted all the same.
  const m = facts.measure ?? (facts.people && (facts.kind === 'other' || facts.kind === 'count') ? 'people' : null);
  if (m === 'area' || m === 'volume' || m === 'length' || m === 'mass' || m === 'stock') {
    if (counts === 'people' || counts === 'households' || counts === 'item' || counts === 'money' || counts === 'duration') return { what: MEASURE_WORDS[m], units: MEASURE_UNITS[m] };
  } else if (m === 'freight') {
    // 口岸进出境货运量 ≥120万元: goods moved are weighed or counted in containers; what they are worth is a trade amount, another row.
    if (counts === 'people' || counts === 'households' || counts === 'money' || counts === 'area' || counts === 'duration' || counts === 'length') return { what: MEASURE_WORDS[m], units: MEASURE_UNITS[m] };
  } else if (m === 'times') {
    // 随访频次 in 人, 发布期数 in 天: how often is counted in times, not in who or how long.
    if (((counts === 'people' || counts === 'households') && !uf.visits) || counts === 'area' || counts === 'money' || counts === 'duration' || counts === 'length') return { what: MEASURE_WORDS[m], units: MEASURE_UNITS[m] };
  } else if (m === 'people') {
    // 带动消费额和客流量 ≥2亿元: the money joined before the people counted names the row's unit as well.
    if (counts === 'money' && facts.joinedMeasure === 'amount') return null;
    if (counts === 'money' || counts === 'area' || counts === 'length' || counts === 'duration') return { what: MEASURE_WORDS[m], units: MEASURE_UNITS[m] };
  } else if (m === 'structure') {
    // 新建户厕 =2000户 counts the households served, as real forms do. A structure built is counted, never money per unit
    // (新建社区养老服务站 ≥18万元/个): what each costs is a 成本 row.
    if (counts === 'people' || (counts === 'money' && facts.entity && !facts.spending)) return { what: MEASURE_WORDS[m], units: MEASURE_UNITS[m] };
  } else if (m === 'dwellings') {
    // 筹集保障性租赁住房 ≥1500万元: homes are counted or measured, the money for them is another row.
    if (counts === 'money' || counts === 'duration' || counts === 'length') return { what: MEASURE_WORDS[m], units: MEASURE_UNITS[m] };
  } else if (m === 'money') {
    // 发放创业担保贷款 ≥300笔: a loan, a guarantee or a deal is made one by one and counted in 笔; 交易额 in 笔 is not.
    if (uf.deals && DEAL.test(facts.core)) return null;
    if (counts === 'people' || counts === 'households' || counts === 'area' || counts === 'item' || counts === 'length' || counts === 'duration' || counts === 'energy') return { what: MEASURE_WORDS[m], units: MEASURE_UNITS[m] };
  } else if (facts.costName && (counts === 'length' || counts === 'area' || counts === 'people')) {
    // 公交车辆运营成本 in 公里: money spent, per unit or not, is counted in 元.
    return { what: MEASURE_WORDS.money, units: MEASURE_UNITS.money };
  } else if (facts.timeTaken && (counts === 'money' || counts === 'people' || counts === 'households' || counts === 'area' || counts === 'item')) {
    // 办税缴费平均时长 in 亿元: time taken is counted in 天 or 小时.
    return { what: '时长', units: '天、小时、个工作日' };
  } else if (facts.works && (counts === 'money' || (counts === 'people' && uf.visits))) {
    // 乡镇档案室标准化建设 ≥12万元/个: works named by the act are counted or measured; what they cost is a 成本 row. Visits
    // (老旧电梯更新改造 ≥120万人次) count people served each time, never the works.
    return { what: '建设内容', units: '个、公里、平方米' };
  } else if ((facts.countWord || facts.spanCount || (facts.entity && !facts.spending)) && counts === 'money') {
    // 补贴农机具数量 in 万元: things counted are not money; nor are entities counted (扶持新型农业经营主体 ≥20万元/个), whose
    // money each is a standard, another row; nor is a count of time (人均培训学时 ≥90元/人), whose pay is another row too.
    return { what: '数量', units: '个、台、次' };
  } else if (facts.activity && counts === 'money' && l2 === 'quantity') {
    return { what: '一项工作（培训、宣传、服务……）', units: '人次、次、场' };
  } else if (facts.acquired && !facts.spending && counts === 'money' && l2 === 'quantity') {
    // 购置台式计算机 =40万元, 印制宣传折页 ≥30000元 under 数量: what was bought or made is counted; what it cost is a 成本 row.
    return { what: '购置或制作的数量', units: '台、套、份、樘' };
  } else if (facts.kind === 'count' && counts === 'duration' && !facts.spanCount && !facts.timeTaken) {
    // 年度办件量 ≥12个工作日: a number of things handled is not a span of time (开放天数 and 培训学时 are). A money
    // figure named 控制数 (成本预算控制数 ≤120天) is an amount: the fix is a money unit, not a count.
    return facts.spending ? { what: MEASURE_WORDS.money, units: MEASURE_UNITS.money } : { what: '数量', units: '件、个、次' };
  }
  return null;
}

// Things a unit keeps down on purpose (精文减会, 公务接待, 因公出国, 公务用车, 编制): a ceiling on their count is right.
// 督查 joins 检查 and 考核: the three the centre's rules on easing the burden on the grassroots cap.
const CAPPED_ON_PURPOSE = /(?:会议|会|发文|文件|简报|接待|出国|出境|公务|用车|车辆|编制|加班|差旅|印刷|评比|达标|检查|考核|督查|表彰)/;

/**
 * A count produced under 产出·数量 (生猪年出栏 ≤1.2万头, 以工代训 ≤3.6万人·天, 粪污处理设施配套 ≤150户) capped with ≤: the
 * output the project promises is a floor. Bad things, money, time, rates and what a unit keeps down on purpose are apart.
 */
export function capsOutput(facts: NameFacts, uf: UnitFacts, l1: Level1 | null, l2: Level2 | null): boolean {
  if (l2 !== 'quantity' || l1 === 'benefit' || l1 === 'satisfaction') return false;
  if (facts.direction === 'bad' || facts.spending || facts.timeTaken || facts.change || facts.kind === 'rate' || facts.kind === 'amount') return false;
  if (uf.counts == null || uf.counts === 'money' || uf.counts === 'length' || uf.counts === 'duration') return false;
  return !CAPPED_ON_PURPOSE.test(facts.core);
}
