import type { FormKind } from '@jixiao/core';
import { foldWidth, trimText } from '@jixiao/core';
import { normalizeLabel } from './normalize-label';

/** Form header fields a label can name (dotted keys are nested objects). */
export type FieldKey =
  | 'org' | 'org_code' | 'department' | 'project_code' | 'project_name' | 'budget_total_wan'
  | 'fund.government' | 'fund.special'
  /** A part of the government money (一般公共预算, 政府性基金预算): the parts add up when no whole is written. */
  | 'fund.government_part'
  /** A part of a project's other money (自有资金, 三、其他): the parts add up when no 其他资金 line is written. */
  | 'budget_other_part' | 'fund.unit' | 'structure.basic' | 'structure.project'
  | 'goal' | 'tasks' | 'sub_goals' | 'measures'
  | 'budget_fiscal_wan' | 'budget_other_wan' | 'budget_district_wan' | 'budget_subsidy_towns_wan'
  | 'overview' | 'basis' | 'goal_outcome' | 'conclusion' | 'problems' | 'improvements' | 'total_score'
  /** The whole implementation period's budget (项目总预算): the form's budget only when no year's amount is given. */
  | 'budget_period_total'
  /** A goal for more than the year (总体目标 beside 2025年度目标): the form's goal only when no year's goal is given. */
  | 'goal_period'
  /** A caption we know and deliberately do not store (项目基本情况, 资金支出计划, 单位：万元 …). */
  | 'caption';

type Synonyms = Partial<Record<FieldKey, string[]>>;

const GOVERNMENT_LEVELS = ['中央', '省级', '省', '市县', '市级', '县级', '市', '县', '地方', '区县', '市州'];
const GOVERNMENT_MONEY = ['补助', '补助资金', '资金', '财政资金', '财政', '财政拨款', '财政补助', '财政补助资金', '配套资金', '财政配套资金', '转移支付资金'];

const COMMON: Synonyms = {
  org: ['编制单位', '部门(单位)名称', '单位名称', '部门名称', '实施单位', '预算单位', '填报单位', '申报单位', '项目单位', '主管单位名称'],
  department: ['业务主管部门', '主管部门', '主管单位', '业务主管单位', '项目主管部门', '主管部门及代码'],
  org_code: ['单位编码', '单位代码', '部门编码', '部门代码', '预算单位编码', '预算单位代码', '单位编号', '部门(单位)编码', '部门(单位)代码'],
  caption: ['项目基本情况', '预算情况', '资金支出计划', '资金支出计划(%)', '绩效指标', '项目负责人', '财务负责人', '联系电话', '填报人', '单位负责人', '项目实施内容及过程概述', '年度预算数', '预算执行情况', '分值', '年度资金总额', '资金来源', '资金结构',
    // Captions over a column whose values we do not keep (long-term targets beside the year's).
    '长期目标', '实施期目标', '中长期目标', '中期目标', '中期资金总额', '实施期资金总额', '中长期资金总额', '实施期资金', '中期资金', '长期绩效目标', '资金总额及构成', '项目资金', '项目资金申请', '项目资金情况', '资金情况', '项目属性', '项目起止时间', '项目实施进度计划'],
};

const BY_KIND: Record<FormKind, Synonyms> = {
  department_target: {
    budget_total_wan: ['部门支出预算总量', '部门预算总额', '预算总额', '部门预算总量', '支出预算总量', '年度预算总额', '预算总量', '部门预算',
      '资金总额', '年度资金总额', '部门整体支出预算', '年度部门整体支出预算', '整体支出预算', '部门支出预算', '年度部门预算', '年度预算', '年度预算数'],
    'fund.government': ['政府预算资金', '一般公共预算资金', '财政拨款资金', '财政拨款'],
    'fund.government_part': ['一般公共预算', '政府性基金预算', '政府性基金', '政府性基金预算资金', '国有资本经营预算', '国有资本经营预算资金', '一般公共预算拨款', '政府性基金预算拨款'],
    'fund.special': ['财政专户管理资金', '财政专户资金', '财政专户'],
    'fund.unit': ['单位资金', '单位自有资金'],
    'structure.basic': ['基本支出'],
    'structure.project': ['项目支出'],
    goal: ['当年整体绩效目标', '年度履职目标', '总体绩效目标', '整体绩效目标', '年度整体绩效目标', '年度总体目标', '年度绩效目标', '部门整体绩效目标', '绩效目标', '年度目标', '部门年度目标', '整体目标'],
    tasks: ['年度主要任务', '主要任务', '年度重点任务'],
    sub_goals: ['分项绩效目标', '分项目标', '具体目标'],
    measures: ['工作保障措施', '保障措施', '主要保障措施', '工作措施'],
    // Money a department's form states with no field of its own (neither government, special account nor unit).
    caption: ['其他资金', '其他收入'],
  },
  project_target: {
    project_code: ['项目编码', '项目代码', '项目编号'],
    project_name: ['专项资金名称', '项目名称', '专项名称', '资金名称'],
    budget_total_wan: ['预算数', '年度预算', '预算', '年度预算数', '预算金额', '资金总额', '年度资金总额', '年度资金', '预算资金', '项目预算', '总额', '年度资金总额合计', '本年度预算', '当年预算',
      // A 批复表 states the approved amount only.
      '批复金额', '批复数', '批复预算', '批复资金', '批复预算数', '核定金额', '调整后预算数', '调整后预算'],
    budget_period_total: ['项目总预算', '总预算', '项目总投资', '项目总金额'],
    budget_fiscal_wan: ['财政资金', '财政拨款', '财政性资金'],
    'fund.government_part': ['一般公共预算', '一般公共预算资金', '政府性基金预算', '政府性基金', '政府性基金预算资金', '国有资本经营预算', '国有资本经营预算资金', '一般公共预算拨款', '政府性基金预算拨款',
      // 中央补助 | 省级财政资金 | 市县财政资金 (a 88号-era 申报表 splits the fiscal money by level of government).
      ...GOVERNMENT_LEVELS.flatMap((level) => GOVERNMENT_MONEY.map((money) => level + money))],
    budget_other_wan: ['其他资金', '自筹资金'],
    budget_other_part: ['其他', '自有资金', '单位自有资金', '单位资金', '社会资金', '社会投入资金', '银行贷款'],
    budget_district_wan: ['区级支出', '本级支出', '区级'],
    budget_subsidy_towns_wan: ['补助街镇', '补助乡镇', '补助镇街', '对下补助'],
    overview: ['项目概况', '资金用途', '项目概述', '项目内容', '预算规模及资金用途', '项目简介'],
    basis: ['立项依据', '设立依据', '项目依据', '政策依据'],
    goal: ['当年绩效目标', '绩效目标', '年度绩效目标', '项目绩效目标', '年度目标', '项目年度目标'],
    goal_period: ['总体目标', '项目总体目标'],
  },
  project_self_evaluation: {
    project_code: ['项目编码', '项目代码', '项目编号'],
    project_name: ['项目名称', '专项资金名称', '专项名称'],
    goal: ['项目年度目标', '年度目标', '预期目标', '年度绩效目标', '总体目标'],
    goal_outcome: ['年度目标完成情况', '目标完成情况', '实际完成情况', '总体目标完成情况', '项目年度目标完成情况', '完成情况', '年度目标实际完成情况', '全年目标完成情况', '年度总体目标完成情况'],
    conclusion: ['评价结论', '自评结论', '结论'],
    // 存在的主要问题 / 下一步改进措施: a questionnaire's wording of the closing rows (as a report's headings put them).
    problems: ['存在问题', '存在的问题', '主要问题', '问题', '存在的主要问题'],
    improvements: ['改进措施', '改进建议', '整改措施', '改进意见', '下一步改进措施', '下一步工作措施', '下步改进措施'],
    // 自评得分：97.5分 as a line under the table, where no 总分 row closes it.
    total_score: ['自评得分', '自评总分', '综合得分', '总得分', '自评分数', '综合评分'],
  },
  department_self_evaluation: {
    goal: ['年度总体目标', '整体绩效目标', '年度目标', '预期目标', '年度绩效目标', '总体目标', '部门整体绩效目标'],
    conclusion: ['评价结论'],
    total_score: ['自评得分', '自评总分', '综合得分', '总得分', '自评分数', '综合评分'],
    // The outcome beside the goal has no field on this kind: a caption, so its text is not taken for the goal.
    caption: ['实际完成情况', '年度目标完成情况', '目标完成情况', '总体目标完成情况', '完成情况', '年度主要任务', '任务名称', '主要内容'],
  },
};

interface Entry { word: string; key: FieldKey }

function compile(kind: FormKind): Entry[] {
  const out: Entry[] = [];
  for (const table of [BY_KIND[kind], COMMON]) {
    for (const [key, words] of Object.entries(table) as Array<[FieldKey, string[]]>) {
      for (const w of words) out.push({ word: normalizeLabel(w), key });
    }
  }
  return out.sort((a, b) => b.word.length - a.word.length);
}

const COMPILED = new Map<FormKind, { exact: Map<string, FieldKey>; entries: Entry[] }>();
function tableFor(kind: FormKind) {
  let t = COMPILED.get(kind);
  if (!t) {
    const entries = compile(kind);
    const exact = new Map<string, FieldKey>();
    for (const e of entries) if (!exact.has(e.word)) exact.set(e.word, e.key);
    t = { exact, entries };
    COMPILED.set(kind, t);
  }
  return t;
}

export interface LabelMatch {
  key: FieldKey;
  /** The value written in the same cell after the label (编制单位：X), if any. */
  value: string | null;
  /** A year written in the label itself (2024年预算). */
  year: number | null;
  /** Read as a known label after a short lead-in (年初预算数, 其中财政资金): a value may end the same way. */
  lead?: boolean;
}

/** Reads a cell as a form field label, for the fields of this form kind. */
export function matchLabel(text: string, kind: FormKind): LabelMatch | null {
  // A long cell can still be "label：value" (年度绩效目标：完成……); only its head is a label.
  if (text.length > 80) return /^[^：:]{2,16}[：:]/.test(trimText(text)) ? computeMatch(text, kind) : null;
  const cacheKey = kind + '\u0000' + text;
  const cached = MATCH_CACHE.get(cacheKey);
  if (cached !== undefined) return cached;
  const result = computeMatch(text, kind);
  if (MATCH_CACHE.size > 20000) MATCH_CACHE.clear();
  MATCH_CACHE.set(cacheKey, result);
  return result;
}

const MATCH_CACHE = new Map<string, LabelMatch | null>();

// Labels that name a field only with their text after a colon: 年度总体目标 heads 预期目标 | 实际完成情况 in
// a self-evaluation's table, but `年度总体目标：…` on a line of its own is the goal.
const INLINE_ONLY: Partial<Record<FormKind, ReadonlyMap<string, FieldKey>>> = {
  project_self_evaluation: new Map<string, FieldKey>([[normalizeLabel('年度总体目标'), 'goal']]),
};

// Labels of the year a form is for (预算年度, 自评年度, 评价年度 …), as systems print them above the form.
const YEAR_LABEL = /^(?:预算|自评|评价|绩效|填报|申报|所属|考核|监控)?年度$|^(?:预算|所属)年份$/;

/** 自评年度 / 预算年度 alone (its year in the next cell or line): the label of the form's year. */
export function isYearLabel(text: string): boolean {
  const n = normalizeLabel(text);
  return n !== '年度' && YEAR_LABEL.test(n);
}

const MONEY_CAPTIONS: ReadonlySet<string> = new Set(['项目资金', '项目资金申请', '项目资金情况', '资金情况', '资金总额及构成', '预算情况', '年度预算数'].map(normalizeLabel));
const BUDGET_KINDS = { department_target: true, project_target: true } as const;

/** A caption over the whole of a project's money (项目资金（万元）), which may state the amount itself. */
export function isWholeMoneyCaption(text: string): boolean {
  return MONEY_CAPTIONS.has(normalizeLabel(text));
}

function computeMatch(text: string, kind: FormKind): LabelMatch | null {
  // - 项目名称：… — a list item's mark (a summary written as a bulleted list) is no part of its label.
  const whole = trimText(text).replace(/^[-*+•·]\s+(?=[^：:\s]{2,16}[：:])/, '');
  // 其中：财政资金：860.50万元 — 其中 only introduces the label that follows it.
  const raw = /^其中[：:]\s*[^：:\d]{2,16}[：:]/.test(whole) ? trimText(whole.replace(/^其中[：:]/, '')) : whole;
  if (raw === '') return null;
  const { exact, entries } = tableFor(kind);
  if (raw.length > 60) {
    const colon = /^([^：:]{2,16})[：:]\s*(\S[\s\S]*)$/.exec(raw);
    const label = colon ? normalizeLabel(colon[1]!) : '';
    // A long value behind a label only a line uses (年度总体目标：… in a 自评 report) is that field's as well.
    const key = colon ? exact.get(label) ?? INLINE_ONLY[kind]?.get(label) : undefined;
    return key ? { key, value: cutAtNextLabel(trimText(colon![2]!)), year: null } : null;
  }
  const yearM = /^[(（]?\s*((?:19|20)\d{2})\s*年度?/.exec(raw);
  const year = yearM ? Number(yearM[1]) : null;
  const n = normalizeLabel(yearM ? raw.slice(yearM[0].length) : raw);
  if (n !== '' && n.length <= 24) {
    const hit = exact.get(n);
    if (hit) return { key: hit, value: null, year };
    // 2025年度目标, 2025年目标: the year's goal, the year written in place of 年度.
    if (year != null && n === '目标' && exact.get(normalizeLabel('年度目标')) === 'goal') return { key: 'goal', value: null, year };
    // 资金来源：政府预算资金, 其中财政资金: a short lead-in before a known label.
    for (const e of entries) {
      if (e.word.length < 2 || !n.endsWith(e.word) || /[，。；]/.test(n)) continue;
      const lead = n.slice(0, n.length - e.word.length);
      if (lead.length <= 2 || (/[：:]$/.test(lead) && lead.length <= 8)) return { key: e.key, value: null, year, lead: lead !== '' };
    }
  }
  // Label and value in one cell: 编制单位：X, 部门（单位）名称 X.
  const colon = /^([^：:]{2,16})[：:]\s*(\S[\s\S]*)$/.exec(raw);
  if (colon) {
    const label = normalizeLabel(colon[1]!);
    // 自评年度：2024年, 预算年度：2025 — a label naming the year the form is for: no field, the form's year.
    const stated = YEAR_LABEL.test(label) ? /^((?:19|20)\d{2})\s*年?度?$/.exec(foldWidth(trimText(colon[2]!))) : null;
    if (stated) return { key: 'caption', value: null, year: Number(stated[1]) };
    const key = exact.get(label) ?? INLINE_ONLY[kind]?.get(label);
    const value = cutAtNextLabel(trimText(colon[2]!));
    // 项目资金（万元）：1,180.00（其中：…）— a caption over the money that states the whole amount itself.
    if (key === 'caption' && MONEY_CAPTIONS.has(label) && kind in BUDGET_KINDS && /^[+-]?\d/.test(foldWidth(value))) return { key: 'budget_total_wan', value, year };
    if (key) return { key, value, year };
  }
  const flat = foldWidth(raw).replace(/（/g, '(').replace(/）/g, ')');
  for (const e of entries) {
    if (e.word.length >= 3 && flat.startsWith(e.word)) {
      const rest = trimText(flat.slice(e.word.length));
      if (/^[\s\u3000]/.test(flat.slice(e.word.length)) && rest !== '') return { key: e.key, value: trimText(raw.slice(raw.length - rest.length)), year };
    }
  }
  return null;
}

/**
 * 某市生态环境局（ideographic spaces）金额单位：万元 — a line or cell holding several label：value pairs,
 * set apart by a run of spaces (or one ideographic space, as chat messages type it, or a tab: Word's TAB key
 * and right-aligned positional tab push the second pair to the margin): the value ends where the next pair starts.
 */
export function cutAtNextLabel(value: string): string {
  const m = /(?:[ \u3000\u00a0]{2,}|[\u3000\t])[^\s：:，。；]{2,12}[：:]/.exec(value);
  if (m) return trimText(value.slice(0, m.index));
  const one = singleSpaceLabelAt(value);
  return one >= 0 ? trimText(value.slice(0, one)) : value;
}

const MONEY_UNIT_PAIR = /^(?:金额|资金)?单位\s*[：:]\s*(?:万元|千元|元|分)(?![\u4e00-\u9fa5])/;

// One ASCII space before a label：— a PDF viewer's copy collapses the gap between two pairs to one space.
const SINGLE_SPACE_LABEL = / ([^\s：:，。；]{2,12})[：:]/g;

/** Where a known label written after a single space starts (项目名称：X 主管部门：Y), or -1. */
function singleSpaceLabelAt(text: string): number {
  if (!text.includes(' ')) return -1;
  for (const m of text.matchAll(SINGLE_SPACE_LABEL)) {
    const word = normalizeLabel(m[1]!);
    if (KNOWN_KINDS.some((kind) => tableFor(kind).exact.has(word))) return m.index;
    // 单位名称：某局 金额单位：万元 (a score sheet's 单位：分) — the unit a form states beside its unit is a pair of its own.
    if (MONEY_UNIT_PAIR.test(text.slice(m.index + 1))) return m.index;
  }
  return -1;
}

const KNOWN_KINDS: FormKind[] = ['project_target', 'project_self_evaluation', 'department_target', 'department_self_evaluation'];

/** The label：value pairs of a line spaced out as above, or the line itself. */
export function splitLabelPairs(text: string): string[] {
  let parts = text.split(/[ \u3000\u00a0]{2,}|[\u3000\t](?=[^\s：:，。；]{2,12}[：:])/).map((p) => trimText(p)).filter((p) => p !== '');
  if (parts.length === 1 && /^[^：:，。；]{2,16}[：:]/.test(text)) {
    // 项目名称：X 主管部门：Y — pairs one space apart, cut where a known label starts.
    parts = [];
    let rest = text;
    for (let at = singleSpaceLabelAt(rest); at > 0; at = singleSpaceLabelAt(rest)) {
      parts.push(trimText(rest.slice(0, at)));
      rest = rest.slice(at + 1);
    }
    parts.push(trimText(rest));
  }
  if (parts.length < 2 || !parts.every((p) => /^[^：:，。；]{2,16}[：:]/.test(p))) return [text];
  return parts;
}

/** Text fields a label-less text row may fill, in the order a form lists them. */
export const TEXT_FIELDS: Partial<Record<FormKind, FieldKey[]>> = {
  department_target: ['goal'],
  project_target: ['overview', 'basis', 'goal'],
  project_self_evaluation: ['goal', 'goal_outcome', 'conclusion', 'problems', 'improvements'],
  department_self_evaluation: ['goal'],
};

/** Whether a field holds text (as opposed to an amount). */
export function isTextField(key: FieldKey): boolean {
  return ['org', 'org_code', 'department', 'project_code', 'project_name', 'goal', 'goal_period', 'overview', 'basis', 'goal_outcome', 'conclusion', 'problems', 'improvements'].includes(key);
}

const NOT_AMOUNTS: ReadonlySet<FieldKey> = new Set(['tasks', 'sub_goals', 'measures', 'caption'] as FieldKey[]);

/**
 * The amount field a stretch of running text ends by naming (2025年部门预算总额 → budget_total_wan,
 * 其中：一般公共预算 → a part of the government money), or null.
 */
export function amountLabelEnding(text: string, kind: FormKind): FieldKey | null {
  const n = normalizeLabel(text);
  let best: { word: string; key: FieldKey } | null = null;
  for (const e of tableFor(kind).entries) {
    if (e.word.length < 2 || !n.endsWith(e.word) || isTextField(e.key) || NOT_AMOUNTS.has(e.key)) continue;
    if (!best || e.word.length > best.word.length) best = e;
  }
  return best?.key ?? null;
}

/** A cell holding only a field's label, with no value and no lead-in (业务主管部门, 2025年预算), for any form kind. */
export function isBareFieldLabel(text: string): boolean {
  if (/[：:]/.test(text)) return false;
  return KNOWN_KINDS.some((kind) => {
    const m = matchLabel(text, kind);
    return m != null && m.value == null && !m.lead && m.key !== 'caption';
  });
}
