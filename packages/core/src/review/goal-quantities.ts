import { readChineseDecimal } from '../values/chinese-numeral';
import { foldWidth } from '../values/normalize-text';
import { isBlankCode } from '../values/text-scan';
import { placeScopeSpans } from './place-scope';

/**
 * The quantities a goal text promises (组织2次培训, 新改建农村公路45公里, 救援30分钟内到场, 筛查率达到90%以上), read for
 * goal_vs_indicators (check-goal.ts), which holds them to the rows.
 */

// A number followed by a counting unit, or by a length or area (新改建农村公路45公里, 高标准农田1.5万亩: what
// 数量指标 carry in 水利, 交通, 农业 and 基建 projects). Longer units first so 场次 is not read as 场; 个月 and
// 个工作日 are durations and 号 closes document numbers (〔2020〕41号): matched so they are skipped. Counts in 万
// (救助1.6万人次) and weights and volumes (储备粮1.2万吨, 清淤3000立方米) are promised like the rest.
// Chinese numerals run through 万 and 亿 (培训三百人次, 一千二百户次, 一万五千人次) and take 点 decimals as the value reader does
// (新建渠道十二点五公里 is 12.5公里, not 5公里; 四点八万人 is 4.8万人); a lone 一 (一批, 一次性, 一站式) is
// read as no count. Money (元, 万元, 亿元) is matched so that an outcome in money (带动消费1.5亿元) counts; the budget
// and its parts (安排资金3000万元, 人均补助500元) are skipped (MONEY_OUTCOME).
// Archives count in 卷 and 页 (接收进馆档案1.5万卷, 数字化120万页), cases and incidents in 起 and 宗 (查处案件35起), blood
// in 单位 (采集全血52000单位: 200毫升 each), its own measure.
const QUANTITY = /(?:(第|前|排名)\s*)?(\d+(?:\.\d+)?|[零一二两三四五六七八九十百千][零一二两三四五六七八九十百千万亿]{0,9}(?:点[零一二三四五六七八九]+)?)\s*(万㎡|万m²|万m2(?![A-Za-z0-9])|万m³|万m3(?![A-Za-z0-9])|万t(?![A-Za-z])|km²|km2(?![A-Za-z0-9])|km(?![A-Za-z])|㎡|m²|m³|kg(?![A-Za-z])|m2(?![A-Za-z0-9])|m3(?![A-Za-z0-9])|m(?![A-Za-z²³])|t(?![A-Za-z])|亿千瓦时|亿立方米|亿人次|亿次|亿条|亿吨|万千瓦时|万平方米|万立方米|万亩|万公顷|万吨|万人次|万人|万户|万头|万株|万棵|万册|万件|万份|万套|万台|万个|万次|万尾|万羽|万剂次|万剂|万枚|万粒|万卷|万页|万单位|万(?:张|本|条|辆|只|块|间|盏|篇|项|家|所|座|处|栋|场|门)|平方公里|平方米|立方米|公里|千米|公顷|亩|米|吨|公斤|千克|亿元|万元|元|个工作日|个月|工作日|千瓦时|千瓦|兆瓦|TB|GB|场次|人次|批次|户次|班次|家次|台次|车次|架次|艘次|课时|学时|次|场|个|项|台|套|件|批|期|篇|份|家|户|人|名|所|座|辆|处|条|栋|幢|册|本|支|轮|届|棵|株|部|间|张|块|堂|门|种|头|只|尾|羽|匹|枚|剂次|剂|粒|盏|卷|页|起|宗|单位|号|列(?![入为出举明支席]))/g;
// 80000㎡, 3000m³, 12km, 1.2万t: lengths, areas, volumes and weights in symbols, read as the same units in words so a row
// in either writing carries them (unitFamily reads a row's symbol the same way). Lower case only: 5G, 4K and 10kV are no
// measure, and a letter right after (5mg, 10min, 500ml) makes another unit.
const SYMBOL_UNITS: ReadonlyMap<string, string> = new Map([
  ['㎡', '平方米'], ['m²', '平方米'], ['m2', '平方米'], ['m³', '立方米'], ['m3', '立方米'], ['km²', '平方公里'], ['km2', '平方公里'],
  ['km', '公里'], ['m', '米'], ['t', '吨'], ['kg', '公斤'],
  ['万㎡', '万平方米'], ['万m²', '万平方米'], ['万m2', '万平方米'], ['万m³', '万立方米'], ['万m3', '万立方米'], ['万t', '万吨'],
]);
const UPPER_ASCII = /[A-Z]/;
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;
const HAS_NUMBER = /[\d０-９一二两三四五六七八九十百千]/;
const FREQUENCY_BEFORE = /每/;
// 每季度开展1次检查, 每月报送2期: a period within the year, then the verb and its object, then the count: a frequency as much
// as 每季度一次 (set 8), not a count to carry. 每年 is left out: on a year's form 每年新建2万亩 is the year's quantity. Money
// after such a period (每生每天补助5元) is a standard, read as money spent as before.
const FREQUENCY_CLAUSE = /每(?:半年|季度?|月|旬|周|日|天|学期)[^，,。；;、：:\d]{0,6}$/;
// 以“山青城美”等7项工程为重点: 等N项 sums up a list (the listed items are what indicators carry).
const SUMMARY_BEFORE = /等$/;
// Slogans counted in Chinese numerals: “四个意识”, 两个维护, 三个方面.
const QUOTE_BEFORE = /[“"「『‘]$/;
const SLOGAN_AFTER = /^(方面|层面|意识|自信|维护|确立|全面|代表|务必|环节|维度|阶段|基本点|坚持|结合|统筹|一批|清单|体系|机制|责任)/;
const NUMBER_BEFORE = /[\d.〔[【(（-]/;
const DIGIT = /\d/;
const SKIP_UNITS = new Set(['个工作日', '个月', '工作日', '号']);
// Lengths and areas: a goal promises them (新建田间道路30公里); an overview states the scope (取暖面积4017.54平方米).
export const MEASURE_UNITS = new Set(['亿立方米', '亿吨', '万平方米', '万立方米', '万亩', '万公顷', '万吨', '平方公里', '平方米', '立方米', '公里', '千米', '公顷', '亩', '米', '吨', '公斤', '千克']);
// 日处理能力3000吨, 库容1.2万立方米, 3000吨/日, 60公里/小时, 日处理规模10万吨: a capacity or a rate of the design, not a
// quantity delivered (建设规模8万平方米 still is one). Capacity the year adds (新增飞灰填埋库容5万立方米) is delivered.
const CAPACITY_BEFORE = /(能力|容量|库容|仓容|产能|规模为|(?:处理|供水|供气|设计|装机)规模)$/;
const ADDED_BEFORE = /新增[^，,。；;、：:（）()]{0,8}$/;
const PER_AFTER = /^[/／每]/;
// 路宽12米, 埋深1.5米, 管径0.8米, 海拔1200米: a dimension of the design, not a quantity to deliver.
const DIMENSION_BEFORE = /[宽高深厚径距拔]$/;
// Money a goal promises as a result (带动消费1.5亿元, 实现销售收入2亿元, 户均增收800元) rather than spends: an outcome verb in
// the clause before it and no word of the budget (资金, 投资, 补助, 合同…), which a goal states as money without an indicator.
export const MONEY_UNITS = new Set(['亿元', '万元', '元']);
const MONEY_OUTCOME = /带动|拉动|撬动|吸引|实现|新增|增加|增收|突破|达到|超过|完成/;
// 追回违规领取的待遇资金150万元, 挽回经济损失: money recovered is a result whatever fund it names (资金, 基金), never spent.
const MONEY_RECOVERED = /追回|追缴|挽回|清缴|收缴|追讨|退赔/;
// 总额 alone is no budget word: 资产总额达到320亿元 is a result, while 资金总额 and 投资总额 are read by 资金 and 投资.
const MONEY_SPENT = /资金|预算|投资|投入|补助|补贴|经费|合同|安排|拨付|下达|发放|支出|奖补|奖励|贷款|费用|成本|标准|金额|配套|采购|中标|资助|保费|价/;
const CLAUSE_BREAK = /[，,。；;：:、！？\s（）()“”"《》]/;
// 60至80名, 1500—2000个: a range whose lower bound is written without the unit. Either bound carried is enough.
const RANGE_CONNECTORS = '至到~～—–－-';
const RANGE_BEFORE = /(\d+(?:\.\d+)?|[零一二两三四五六七八九十百千][零一二两三四五六七八九十百千万亿]{0,9})\s*(?:至|到|~|～|—|–|－|-)\s*$/;
// 3栋2单元502室, 3栋502室: a house address, not a count of buildings (新建3栋12层住宅 still counts 3栋).
const ADDRESS_AFTER = /^\s*\d+\s*(?:单元|室|号(?!楼))/;
const ADDRESS_UNITS = new Set(['栋', '幢', '座', '号']);
const PAGE_COUNT_BEFORE = /共\s*$/;
// 党的二十届三中全会, 十八届人大常委会, 第十九届区委: a congress or body named by its term (the 第 is often dropped), not a
// count of 届 delivered (举办第3届技能大赛 is read as an ordinal by its 第; 连续举办5届 still counts).
const TERM_BODY_AFTER = /^(?:[一二三四五六七八九十]中全会|全国|中央|人大|人民代表大会|代表大会|党代会|政协|常委会|委员会|纪委|[省市区县]委|[省市区县]人大|[省市区县]政协)/;
// 在峡口、迎龙、广阳3个镇, 帮扶归侨陈阿生、侨眷林美珍两户: the count of places or people the goal has just named, which
// states where or whom the work is for; the named items are what the rows carry (a split total, or one row each).
const NAMED_LIST_END = /[，,。；;：:（()）\n！!？?]/;
const NAMED_PLACE_AFTER = /^(?:乡镇|镇街|街镇|镇|乡|街道|村|社区|区县|县|区|片区)/;
const NAMED_PEOPLE_UNITS = new Set(['户', '人', '名', '位']);
const REST_BEFORE = /(?:其余|其他|剩余|余下|另外?)$/;
const PLACE_GATE = /[镇乡村区]/;
// 保障在编职工86人工资福利, 在职人员45人, 核定编制30名: the unit's own staff, the size of what 基本支出 keeps running, not
// people served or hired (招聘工作人员10名 still counts: no 在编/在职/编制 right before it).
const STAFF_BEFORE = /(?:(?:在编|在职|在岗)(?:干部)?(?:职工|员工|人员|干部|工作人员|教职工)?|(?:现有|实有)(?:干部)?(?:职工|员工|干部|工作人员|教职工)|编制(?:内|数)?)(?:数|人数|共)?$/;
const STAFF_UNITS = new Set(['人', '名']);
// 从全区1.2万户参保单位中随机抽取800户, 在30个村中选取5个: the pool a sample is drawn from, not a quantity delivered.
const POOL_BEFORE = /[从在][^，,。；;：:、\d]{0,10}$/;
const POOL_AFTER = /^[^，,。；;：:\d]{0,12}中(?:随机|按比例|分层|择优)?(?:抽取|抽查|抽选|选取|遴选|挑选|抽样|选出|确定)/;
// 分3月、6月、9月、12月四次发放: the instalments on the dates just listed, how the money is paid, not a count of times delivered.
const INSTALMENT_UNITS = new Set(['次', '批', '期']);
const DATE_END = /[月日旬]/;
// The first chars of QUANTITY's units, and of its numbers' last chars: most goals have no unit right
// after a number, which one scan finds without running QUANTITY.
// Bit sets over the BMP (8 KB each): one load and a mask per char of the goal.
const charBits = (chars: string) => {
  const bits = new Uint8Array(0x2000);
  for (const c of chars) bits[c.charCodeAt(0) >> 3]! |= 1 << (c.charCodeAt(0) & 7);
  return bits;
};
const UNIT_START = charBits('元亿个工场人批户班家课学次项台套件期篇份名所座辆处条栋幢册本支轮届棵株部间张块堂门种头只号万平公千亩米立吨兆TG车架艘盏尾羽匹枚剂粒卷页起宗单列㎡mkt');
const NUMBER_END = charBits('0123456789零一二两三四五六七八九十百千万亿');
const inBits = (bits: Uint8Array, c: number) => (bits[c >> 3]! & (1 << (c & 7))) !== 0;

/** Whether some unit char follows, across blanks only, a digit or Chinese numeral: what every QUANTITY match has. */
export function mayHaveQuantity(s: string): boolean {
  for (let j = 1; j < s.length; j++) {
    if (!inBits(UNIT_START, s.charCodeAt(j))) continue;
    let k = j - 1;
    while (k > 0 && isBlankCode(s.charCodeAt(k))) k--;
    if (inBits(NUMBER_END, s.charCodeAt(k))) return true;
  }
  return false;
}

// A rate the goal promises (监测合格率不低于97%, 筛查率达到90%以上): a percentage in the clause of a …率, or of an intensity
// or a share stated the same way (研发投入强度达到2.5%, 新能源车占比30%). Growth figures (收入增长6%) and 比例 (补助比例30%,
// how money is shared) are left out: review-audit-cases goal_vs_indicators-9.
// 群众安全感达到95%, 获得感90%: a feeling a survey measures in %, promised like a rate.
const RATE_PERCENT = /(?:率|强度|比重|占比|[安获幸认归][全得福同属]感|满意度)[^，,。；;、\d%％]{0,8}?(\d+(?:\.\d+)?)\s*[%％]/g;
// 合格率达到百分之九十五: the same rate with its percentage in words.
const RATE_PERCENT_WORDS = /(?:率|强度|比重|占比)[^，,。；;、\d%％]{0,8}?百分之([零一二两三四五六七八九十百]+(?:点[零一二三四五六七八九]+)?)/g;
// 规范管理比例达到65%, 健康素养水平达到30%: a 比例 or 水平 is read as a share (补助比例30%) or a description unless a row
// measures the same thing in %; marked so check-goal.ts can hold it to the rows only then.
const SHARE_PERCENT = /(?:比例|水平)[^，,。；;、\d%％]{0,8}?(\d+(?:\.\d+)?)\s*[%％]/g;

// 6,500名: thousands separators are folded before the scan, so the number is not read as 500名.
const THOUSANDS = /(?<!\d)(\d{1,3})((?:,\d{3})+)(?!\d)/g;

// Units that count the same things: a goal's 4次 is carried by 4场次, its 2个市场 not by 2人.
const UNIT_FAMILIES: ReadonlyArray<readonly string[]> = [
  ['次', '场', '场次', '期', '轮', '批', '批次', '班次', '届'],
  ['人', '名', '人次'],
  ['个', '家', '所', '座', '处', '项', '件', '套', '台', '栋', '幢', '辆', '间', '条', '块', '部', '支', '起', '宗', '列'],
  ['户', '户次'],
  ['篇', '份', '册', '本', '张', '卷'],
  ['棵', '株'],
  ['头', '只'],
  ['剂', '剂次'],
  ['课时', '学时', '堂'],
  ['公里', '千米'],
  ['公斤', '千克'],
  ['天', '日', '工作日', '个工作日'],
];
const FAMILY_OF: ReadonlyMap<string, number> = new Map(UNIT_FAMILIES.flatMap((units, k) => units.map((u) => [u, k] as [string, number])));
// Longest first, so 场次 is read before 场 in an indicator's unit such as 场次/年.
export const KNOWN_UNITS = [...FAMILY_OF.keys()].sort((a, b) => b.length - a.length);

/** The counting family of a unit ('f2' for 个/家/台…), or the unit itself; null for no unit (then any unit matches). */
export function unitFamily(raw: string | null): string | null {
  if (raw == null) return null;
  const bare = raw.replace(/[\s\u3000]/g, '').replace(/^[万亿]/, '');
  if (bare === '') return null;
  const u = SYMBOL_UNITS.get(bare) ?? (UPPER_ASCII.test(bare) ? SYMBOL_UNITS.get(bare.toLowerCase()) : undefined) ?? bare;
  if (u === '％') return '%';
  // 个百分点 is a change of a rate, not a count of 个.
  if (u.endsWith('百分点')) return 'pp';
  const k = FAMILY_OF.get(u);
  if (k !== undefined) return `f${k}`;
  // 台套, 个（次）, 场次/年: the leading counter decides.
  for (const known of KNOWN_UNITS) if (u.startsWith(known)) return `f${FAMILY_OF.get(known)!}`;
  return u;
}

/** 十二 → 12, 三百 → 300, 一千二百 → 1200, 一百零五 → 105, 两千五 → 2500, 十二点五 → 12.5; null for a lone 一 and for what is not a numeral. */
export function chineseNumber(s: string): number | null {
  if (/^\d/.test(s)) return Number(s);
  if (s === '一') return null;
  // A count of 零 promises nothing to deliver.
  const n = readChineseDecimal(s);
  return n === 0 ? null : n;
}

export interface GoalQuantity {
  value: number;
  /** The lower bound of a range (60至80名 → 60), which carries the quantity as well as value. */
  low?: number;
  unit: string;
  /** A 比例 or 水平 percentage: a promise only where a row measures the same thing in %. */
  share?: true;
  /**
   * Money the clause spends (争取中央预算内投资4亿元, 节约财政资金1.46亿元), read only when asked for: a promise only where a
   * row measures that very money (check-goal.ts), else the budget a goal states without an indicator.
   */
  spent?: true;
  /** Where the number starts in the (width-folded) text, and the text itself, for quoting the clause. */
  index: number;
  length: number;
  text: string;
}

/**
 * Counted quantities a goal text promises (组织2次培训, 采购2台电脑); years, dates, ordinals and document numbers are not
 * counted, nor money spent unless `spentMoney` asks for it (then marked `spent`).
 */
export function goalQuantities(text: string, spentMoney = false): GoalQuantity[] {
  const out: GoalQuantity[] = [];
  if (!HAS_NUMBER.test(text)) return out;
  // Chinese punctuation (，：；（）) is full-width too but not folded: most goals need no folding (foldWidth then
  // returns the text itself).
  const folded = FULL_WIDTH.test(text) ? foldWidth(text) : text;
  const s = folded.includes(',') ? folded.replace(THOUSANDS, (_, head: string, rest: string) => head + rest.replace(/,/g, '')) : folded;
  if (s.includes('%') || s.includes('％')) ratePercents(s, out);
  if (s.includes('百分之')) percentWords(s, out);
  if (s.includes('内')) timeLimits(s, out);
  if (!mayHaveQuantity(s)) return out;
  const listed = s.includes('、');
  const places = s.includes('个') && PLACE_GATE.test(s) ? placeScopeSpans(s) : null;
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(s); m; m = QUANTITY.exec(s)) {
    const ordinal = m[1];
    const unit = SYMBOL_UNITS.get(m[3]!) ?? m[3]!;
    // 第3次 and 排名 are ordinals; 前3名 is a ranking, but 年底前12个 is a count.
    if (ordinal === '第' || ordinal === '排名' || (ordinal === '前' && unit === '名') || SKIP_UNITS.has(unit)) continue;
    const start = m.index;
    const value = chineseNumber(m[2]!);
    if (value == null || value <= 0) continue;
    // Most quantities have no range connector right before them: the regex runs only where one is.
    let range = start > 1 && RANGE_CONNECTORS.includes(s[start - 1] === ' ' ? s[start - 2]! : s[start - 1]!)
      ? RANGE_BEFORE.exec(s.slice(Math.max(0, start - 12), start)) : null;
    const low = range ? chineseNumber(range[1]!) : null;
    if (low == null || low <= 0 || low >= value) range = null;
    // 每季度一次 / 每月2次 is a frequency; a digit right before (1.5 or 2024) is part of another number.
    const from = range ? start - range[0].length : start;
    if (from > 0 && (FREQUENCY_BEFORE.test(s.slice(Math.max(0, from - 3), from)) || (!MONEY_UNITS.has(unit) && FREQUENCY_CLAUSE.test(s.slice(Math.max(0, from - 10), from)))
      || (range == null && (NUMBER_BEFORE.test(s[start - 1]!) || SUMMARY_BEFORE.test(s[start - 1]!))))) continue;
    if (!DIGIT.test(m[2]!) && ((start > 0 && QUOTE_BEFORE.test(s[start - 1]!)) || SLOGAN_AFTER.test(s.slice(start + m[0].length, start + m[0].length + 3)))) continue;
    if (MEASURE_UNITS.has(unit) && ((unit === '米' && start > 0 && DIMENSION_BEFORE.test(s[start - 1]!)) || inAside(s, start)
      || (CAPACITY_BEFORE.test(s.slice(Math.max(0, start - 4), start)) && !ADDED_BEFORE.test(s.slice(Math.max(0, start - 12), start))) || PER_AFTER.test(s.slice(start + m[0].length, start + m[0].length + 1)))) continue;
    const spent = MONEY_UNITS.has(unit) && !moneyOutcome(s, from);
    if (spent && !spentMoney) continue;
    // 第 1 页 共 2 页: a page footer, not pages delivered.
    if (unit === '页' && PAGE_COUNT_BEFORE.test(s.slice(Math.max(0, from - 2), from))) continue;
    if (unit === '届' && TERM_BODY_AFTER.test(s.slice(start + m[0].length, start + m[0].length + 4))) continue;
    if (ADDRESS_UNITS.has(unit) && ADDRESS_AFTER.test(s.slice(start + m[0].length, start + m[0].length + 8))) continue;
    if (STAFF_UNITS.has(unit) && STAFF_BEFORE.test(s.slice(Math.max(0, from - 12), from))) continue;
    if (POOL_BEFORE.test(s.slice(Math.max(0, from - 12), from)) && POOL_AFTER.test(s.slice(start + m[0].length, start + m[0].length + 20))) continue;
    if (listed && value <= 10 && range == null && countsNamedList(s, start, value, unit, start + m[0].length)) continue;
    if (unit === '个' && places != null && places.some(([a, b]) => start >= a && start < b)) continue;
    // 其余5个镇18公里, 其他3个村: the places left in a list allocating a total, not places the project delivers.
    if (unit === '个' && start > 1 && REST_BEFORE.test(s.slice(Math.max(0, from - 3), from)) && NAMED_PLACE_AFTER.test(s.slice(start + m[0].length, start + m[0].length + 2))) continue;
    // 森林覆盖率提高0.2个百分点: a change of a rate, read as such rather than as 0.2个.
    const points = unit === '个' && s.startsWith('百分点', start + m[0].length);
    const q: GoalQuantity = { value, unit: points ? '个百分点' : unit, index: from, length: start - from + m[0].length + (points ? 3 : 0), text: s };
    if (range) q.low = low!;
    if (spent) q.spent = true;
    out.push(q);
  }
  return out;
}

/** The quantity counts the places or people listed right before it (see NAMED_PLACE_AFTER): as many items as its value. */
function countsNamedList(s: string, at: number, value: number, unit: string, end: number): boolean {
  if (!NAMED_PEOPLE_UNITS.has(unit) && !(unit === '个' && NAMED_PLACE_AFTER.test(s.slice(end, end + 2)))
    && !(INSTALMENT_UNITS.has(unit) && DATE_END.test(s[at - 1] ?? ''))) return false;
  let items = 1;
  let lastCut = -1;
  for (let k = at - 1; k >= 0 && at - k <= 40; k--) {
    const c = s[k]!;
    if (c === '、') { items++; if (lastCut < 0) lastCut = k; } else if (NAMED_LIST_END.test(c)) break;
  }
  // The last item runs up to the number (广阳3个镇, 侨眷林美珍两户): a short name, not a clause with a verb.
  return lastCut >= 0 && at - lastCut - 1 >= 1 && at - lastCut - 1 <= 6 && items === value;
}

/** The clause before a money amount names a result (带动消费) and no budget word (安排资金): see MONEY_OUTCOME. */
function moneyOutcome(s: string, at: number): boolean {
  let a = at;
  while (a > 0 && at - a < 20 && !CLAUSE_BREAK.test(s[a - 1]!)) a--;
  const clause = s.slice(a, at);
  return MONEY_RECOVERED.test(clause) || (MONEY_OUTCOME.test(clause) && !MONEY_SPENT.test(clause));
}

/**
 * Whether a bracket opened before `at` is still open there: 2个农贸市场（沙北街市场3500平方米…）describes the
 * markets; an area or length in such an aside is not a quantity the project delivers.
 */
function inAside(s: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 40; k--) {
    const c = s.charCodeAt(k);
    if (c === 0xff08 || c === 40) return true;
    if (c === 0xff09 || c === 41) return false;
  }
  return false;
}

// A time limit the goal promises (救援30分钟内到场, 报修48小时内响应, 5个工作日内办结): a duration closed by 内, which a 时效
// row states. Durations without it (实施期12个月, 为期3天) describe the project; 每月8小时 is a frequency (set 8).
const TIME_LIMIT = /(\d+(?:\.\d+)?|[二两三四五六七八九十百]+)\s*(个工作日|工作日|分钟|小时|天|日)\s*(?:以内|之内|内)/g;

function timeLimits(s: string, out: GoalQuantity[]): void {
  TIME_LIMIT.lastIndex = 0;
  for (let m = TIME_LIMIT.exec(s); m; m = TIME_LIMIT.exec(s)) {
    const start = m.index;
    // 6月30日内 is a date; 2.5 or 2024 before the match is part of another number.
    if (start > 0 && (s[start - 1] === '月' || NUMBER_BEFORE.test(s[start - 1]!) || FREQUENCY_BEFORE.test(s.slice(Math.max(0, start - 3), start)))) continue;
    const value = chineseNumber(m[1]!);
    if (value != null && value > 0) out.push({ value, unit: m[2]!, index: start, length: m[0].length, text: s });
  }
}

function ratePercents(s: string, out: GoalQuantity[]): void {
  for (const share of [false, true]) {
    const re = share ? SHARE_PERCENT : RATE_PERCENT;
    if (share && !s.includes('比例') && !s.includes('水平')) continue;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const value = Number(m[1]);
      const index = m.index + m[0].indexOf(m[1]!);
      if (value <= 0) continue;
      const q: GoalQuantity = { value, unit: '%', index, length: m.index + m[0].length - index, text: s };
      if (share) q.share = true;
      out.push(q);
    }
  }
}

function percentWords(s: string, out: GoalQuantity[]): void {
  RATE_PERCENT_WORDS.lastIndex = 0;
  for (let m = RATE_PERCENT_WORDS.exec(s); m; m = RATE_PERCENT_WORDS.exec(s)) {
    const value = chineseNumber(m[1]!);
    const index = m.index + m[0].indexOf('百分之');
    if (value != null && value > 0) out.push({ value, unit: '%', index, length: m.index + m[0].length - index, text: s });
  }
}

/** The clause around a quantity: 组织2次政银企融资对接会. */
export function quantityPhrase(q: GoalQuantity): string {
  const s = q.text;
  let a = q.index;
  while (a > 0 && q.index - a < 20 && !CLAUSE_BREAK.test(s[a - 1]!)) a--;
  const end = q.index + q.length;
  let b = end;
  while (b < s.length && b - end < 12 && !CLAUSE_BREAK.test(s[b]!)) b++;
  // A clause cut short is marked, so the quote is not read as the whole clause.
  return `${a > 0 && !CLAUSE_BREAK.test(s[a - 1]!) ? '…' : ''}${s.slice(a, b)}${b < s.length && !CLAUSE_BREAK.test(s[b]!) ? '…' : ''}`;
}

/** 10000 for a unit in 万 (万亩, 万人次), 1e8 for one in 亿 (亿元), else 0. */
export function bigUnitScale(unit: string): number {
  const c = unit.charCodeAt(0);
  return c === 0x4e07 ? 10000 : c === 0x4ebf ? 1e8 : 0;
}

// 人均补助资金, 户均补贴, 每亩补助, 单个站点建设补助, 单张消费券平均发放成本, 单套公寓运营成本: money per head or per item
// (单 and a measure word), which never measures the total a goal or an outcome spends (安排补助资金1200万元, 发放补助资金1392万元).
export const PER_UNIT_NAME = /^(?:人均|户均|生均|亩均|平均|每|单位|单[个项笔次户人张套座台件所家辆处条间栋宗份场批株头只])/;
