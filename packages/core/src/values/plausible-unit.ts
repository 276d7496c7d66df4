// The unit reader parseValue asks after a number, kept apart from it: the list grows with every measure a table names.

/**
 * Units people write after a number. Anything short made only of these pieces (and `/`)
 * counts as a unit, so `元/人·月` or `个工作日` pass and `完成` does not.
 */
const UNIT_PIECES = [
  '%', '‰', '‱', '个工作日', '工作日', '个自然日', '自然日', '个月', '人次', '人日', '户次', '台套', '场次', '批次', '班次', '课时', '学时', '公里', '千米', '平方米',
  '平方公里', '立方米', '千瓦时', '千瓦', '万元', '亿元', '千元', '万人', '万户', '万册', '万亩', '公顷', '小时', '分钟', '秒', '吨', '千克', '公斤',
  '个', '次', '人', '户', '家', '台', '套', '件', '项', '场', '天', '日', '周', '月', '年', '元', '篇', '份', '本', '册', '期', '批', '所', '座',
  '辆', '处', '条', '宗', '起', '例', '名', '位', '张', '盏', '棵', '株', '头', '只', '亩', '米', '度', '分', '类', '种', '部', '间', '栋', '幢',
  '艘', '架', '块', '支', '枚', '片', '颗', '组', '轮', '届', '门', '节', '集', '首', '幅', '点', '单', '笔', '箱', '袋', '瓶', '盒', '包', '车',
  '床', '床位', '村', '镇', '街道', '社区', '所学校', '学校', '个点', '倍', '级', '星', '分钟/次', '㎡', 'km', 'm', 'kg', 't', 'kw', 'kwh', 'mw',
  '家次', '人/次', '次/年', '元/月', '元/人', '元/年', '元/人/月', '元/平方米', '人/年', '万人次', '千人', '亿', '万',
  '微克', '毫克', '克', '千份', '千', '毫米', '厘米', '分贝', '兆瓦', '千伏', '毫升', '升', '个百分点', '百分点',
  '卷', '页', '根', '口', '眼', '孔', '层', '段', '道', '宗卷', '斤', '粒',
  // Per pupil (元/生·天, 元/生·年) and livestock counts (羽 for poultry, 尾 for fish fry).
  '生', '羽', '尾',
  // Doses (接种 12000剂次, 发放疫苗 500剂) and pairs and sets (副, 双).
  '剂次', '剂', '副', '双',
  // Measures written in Latin letters and symbols (read lower-cased): 50mg/L, 35μg/m³, 70dB(A), 1NTU, 60km/h, 10Gbps,
  // 1.5m³/s (s and min per second and minute).
  'db', 'mg', 'μg', 'ug', 'ml', 'l', 'g', 'm³', 'm3', 'm²', 'm2', 'km²', 'km2', 'h', 'ntu', 'cfu', 'ppm', 'ppb',
  'tb', 'gb', 'mb', 'gbps', 'mbps', 'kv', 'kva', 'mwh', 'gwh', 's', 'min', 'cm', 'mm',
  // Temperatures (≤37.3℃, 120°C).
  '℃', '°c',
  // Tenths (九成以上, 不低于8成): a unit as written, as 倍 is; in-row-unit.ts keeps it from standing for % or a count.
  '成',
  // Energy intensity (0.45吨标准煤/万元, 吨标煤) and containers handled at a port (1.8万标准箱, TEU).
  '标准煤', '标煤', '标准箱', 'teu',
  // Grades of farmland quality (耕地质量等级提升≥0.5等, 等别提升1个等级): 等 as the step, as 级 is.
  '等级', '等',
].sort((a, b) => b.length - a.length);

// The pieces by their first char, longest first as above: a reading looks only at those that can start the rest.
const PIECES_BY_FIRST = new Map<string, string[]>();
for (const p of UNIT_PIECES) {
  const group = PIECES_BY_FIRST.get(p.charAt(0));
  if (group) group.push(p);
  else PIECES_BY_FIRST.set(p.charAt(0), [p]);
}

// Periods a count is given per, after a slash only (年, 月, 周, 日, 天 are units of their own).
const PER_PERIODS = ['半年', '半月', '学期', '季度', '季', '旬'];

// A rate per population base written after the number (孕产妇死亡率 ≤10/10万, 5例/万人, 3/千): the base is the unit.
const PER_BASE_UNIT = /^(?:人|例|名|户|起|次|人次)?\s*[/／每]\s*(?:\d+(?:\.\d+)?\s*[十百千万亿]*|[十百千万亿]+)\s*(?:人|例|名|户|活产|人口|人次|出生|车|辆|公里|平方公里|元)?$/;
const PER_NAMED_BASE = /^[十百千万]名[\u4e00-\u9fa5]{1,5}$/;
export function isPlausibleUnit(text: string): boolean {
  if (PER_BASE_UNIT.test(text)) return true;
  // 人·年 with any of the dots people type between the parts: middle dot, bullet, katakana and hyphenation points.
  let rest = text.replace(/[\s·•・‧.]/g, '').toLowerCase();
  if (rest === '' || rest.length > 10) return false;
  while (rest.length > 0) {
    if (rest.startsWith('/')) {
      // 1次/半年, 1期/季度, 1次/旬: a period is a unit only after the slash (3季度 alone is a quarter, not a count).
      rest = rest.slice(1);
      // 张/千名老年人, 人/万名职工: a base of so many named people, as the lead 每千名老年人 gives one (parse-value.ts).
      if (PER_NAMED_BASE.test(rest)) return true;
      const period = PER_PERIODS.find((p) => rest.startsWith(p));
      if (period) rest = rest.slice(period.length);
      continue;
    }
    const piece = PIECES_BY_FIRST.get(rest.charAt(0))?.find((p) => rest.startsWith(p));
    if (!piece) return false;
    rest = rest.slice(piece.length);
  }
  return true;
}
