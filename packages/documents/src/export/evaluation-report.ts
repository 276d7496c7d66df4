import {
  AlignmentType,
  Document,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { DEFAULT_POLICY, type Policy } from '@jixiao/core';
import { evaluationReportDataSchema, type EvaluationItem, type EvaluationReport, type EvaluationReportData } from './evaluation-report-data';
import { findCjkFont } from './find-cjk-font';
import { layoutForm } from './layout-forms';
import { FANGSONG, formSection, SONG } from './render-docx';
import { barChartPng, pieChartPng, type ChartImage, type ChartItem } from './report-charts';

const HEI = { ascii: '黑体', eastAsia: '黑体', hAnsi: '黑体', cs: '黑体' };
const KAI = { ascii: '楷体', eastAsia: '楷体', hAnsi: '楷体', cs: '楷体' };
const BODY = 30; // 小三 in half-points; official reports use 三号/小三 仿宋
const CONTENT_TWIPS = 11906 - 2 * 1440;

type Block = Paragraph | Table;

const num = (v: number | null | undefined): string => (v == null || !Number.isFinite(v) ? '—' : String(Math.round(v * 100) / 100));
const pct = (part: number | null | undefined, whole: number | null | undefined): string =>
  part == null || whole == null || whole === 0 ? '—' : `${((part / whole) * 100).toFixed(2)}%`;
const sum = (values: Array<number | null | undefined>): number | null => {
  const known = values.filter((v): v is number => v != null && Number.isFinite(v));
  return known.length === 0 ? null : Math.round(known.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
};

function heading(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    spacing: { before: level === 1 ? 240 : 120, after: 120, line: 560, lineRule: 'exact' },
    indent: { firstLine: 640 },
    children: [new TextRun({ text, font: level === 1 ? HEI : KAI, size: 32, bold: level === 2 })],
  });
}

function body(text: string): Paragraph {
  return new Paragraph({
    spacing: { line: 560, lineRule: 'exact' },
    indent: { firstLine: 640 },
    alignment: AlignmentType.JUSTIFIED,
    children: [new TextRun({ text, font: FANGSONG, size: BODY })],
  });
}

function caption(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 60 }, children: [new TextRun({ text, font: HEI, size: 24 })] });
}

function chart(image: ChartImage, title: string): Block[] {
  const width = Math.min(600, image.width);
  const height = Math.round((image.height / image.width) * width);
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: 'png', data: image.png, transformation: { width, height }, altText: { name: title, title, description: title } })] }),
    caption(title),
  ];
}

/** A plain bordered table; the first row is the column header. */
function dataTable(header: string[], rows: string[][], widths: number[]): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  const twips = widths.map((w) => Math.floor((w / total) * CONTENT_TWIPS));
  const cellOf = (text: string, i: number, bold: boolean) => new TableCell({
    width: { size: twips[i] ?? 1000, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    children: [new Paragraph({ alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.CENTER, children: [new TextRun({ text, bold: bold || undefined, font: SONG, size: 21 })] })],
  });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: twips.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: twips,
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cellOf(h, i, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((t, i) => cellOf(t, i, false)) })),
    ],
  });
}

/** 等级 from the total score and the policy's cut-offs. */
export function gradeOf(score: number | null, policy: Policy = DEFAULT_POLICY): string | null {
  if (score == null) return null;
  if (score >= policy.grades.excellent) return '优';
  if (score >= policy.grades.good) return '良';
  if (score >= policy.grades.pass) return '中';
  return '差';
}

const GROUPS: Array<{ key: keyof EvaluationReport['analysis']; title: string; pattern: RegExp }> = [
  { key: 'procurement', title: '采购管理', pattern: /采购/ },
  { key: 'assets', title: '资产管理', pattern: /资产/ },
  { key: 'finance', title: '财务管理', pattern: /财务|会计|内控|内部控制/ },
  { key: 'projects', title: '项目绩效', pattern: /项目/ },
  { key: 'budget', title: '预算管理', pattern: /预算|资金|支出|结余/ },
  { key: 'duty', title: '履职效能', pattern: /履职|效能|产出|效果|效益|满意/ },
];

/**
 * Which analysis section an evaluation item belongs to, from its 二级 then 一级 then name. A 扣分项 belongs only
 * where its 二级 names a section (扣分项 › 财务管理): 「预算绩效存在问题」 is not a 预算管理 indicator.
 */
export function groupOf(item: EvaluationItem): keyof EvaluationReport['analysis'] | null {
  for (const text of item.deduction ? [item.level2] : [item.level2, item.level1, item.name]) {
    if (!text) continue;
    const hit = GROUPS.find((g) => g.pattern.test(text));
    if (hit) return hit.key;
  }
  return null;
}

/** Items that carry a 分值 and have no score yet. */
const unscoredOf = (items: EvaluationItem[]) => items.filter((i) => !i.deduction && i.weight != null && i.score == null).length;

function scoreSentence(label: string, items: EvaluationItem[]): string | null {
  const scorable = items.filter((i) => !i.deduction);
  const deductions = items.filter((i) => i.deduction);
  const parts: string[] = [];
  if (scorable.length > 0) {
    const weight = sum(scorable.map((i) => i.weight));
    const score = sum(scorable.map((i) => i.score));
    const open = unscoredOf(scorable);
    const head = `${label}共 ${scorable.length} 项评分指标${weight == null ? '' : `，分值 ${num(weight)} 分`}`;
    if (score == null) parts.push(`${head}，均未评分`);
    else parts.push(`${head}，得分 ${num(score)} 分${weight && open === 0 ? `，得分率 ${pct(score, weight)}` : ''}${open > 0 ? `（${open} 项未评分）` : ''}`);
  }
  if (deductions.length > 0) {
    const off = sum(deductions.map((i) => i.score)) ?? 0;
    parts.push(`${label}方面扣分项 ${deductions.length} 项，${off < 0 ? `扣 ${num(-off)} 分` : '未扣分'}`);
  }
  return parts.length > 0 ? `${parts.join('；')}。` : null;
}

function itemTable(items: EvaluationItem[]): Table {
  return dataTable(['指标', '分值', '得分', '得分率', '说明'],
    items.map((i) => [i.name, i.deduction ? '扣分项' : num(i.weight), !i.deduction && i.weight != null && i.score == null ? '未评分' : num(i.score), i.deduction ? '—' : pct(i.score, i.weight), i.note ?? '']), [14, 4, 4, 6, 14]);
}

/**
 * The policy each 附表 is laid out under (系统核算总分, 等级), as its own page scores it: a self-evaluation published keeps
 * the policy it was published under. Left out, a table is laid out under the report's policy. `projects` follows
 * `input.projects` one for one.
 */
export interface AppendixPolicies {
  department_self_evaluation?: Policy | undefined;
  projects?: readonly Policy[] | undefined;
}

/**
 * The 部门预算绩效评价报告 as .docx: 一、基本情况 二、资金收支 三、绩效分析 四、结果应用
 * 五、结论、问题和建议, charts as PNG images (drawn here; labels need a CJK font, and
 * every charted figure is also in a table), the self-evaluation tables as 附表.
 */
export async function buildEvaluationReport(input: EvaluationReportData, policy: Policy = DEFAULT_POLICY, formPolicies: AppendixPolicies = {}): Promise<Uint8Array> {
  const data = evaluationReportDataSchema.parse(input);
  const font = findCjkFont()?.font ?? null;
  const year = data.fiscal_year;
  const name = data.department.name;
  const title = data.title ?? `${name}${year}年度部门预算绩效评价报告`;
  const blocks: Block[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 360 }, children: [new TextRun({ text: title, font: SONG, size: 40, bold: true })] }),
  ];
  const paras = (list: string[]) => list.map(body);

  blocks.push(heading('一、基本情况', 1), heading('（一）部门概况', 2));
  blocks.push(...(data.department.overview.length > 0 ? paras(data.department.overview) : [body(`${name}${data.department.code ? `（单位编码 ${data.department.code}）` : ''}。`)]));
  if (data.department.goal) blocks.push(heading('（二）年度绩效目标', 2), body(data.department.goal));
  if (data.evaluation.process.length > 0) blocks.push(heading(data.department.goal ? '（三）评价工作开展情况' : '（二）评价工作开展情况', 2), ...paras(data.evaluation.process));

  blocks.push(heading('二、资金收支情况', 1));
  const income = data.funds.income;
  const incomeTotal = sum(income.map((i) => i.amount_wan));
  if (income.length > 0) {
    blocks.push(heading('（一）收入情况', 2));
    blocks.push(body(`${year}年度收入合计 ${num(incomeTotal)} 万元，其中${income.map((i) => `${i.label} ${num(i.amount_wan)} 万元（占 ${pct(i.amount_wan, incomeTotal)}）`).join('，')}。`));
    blocks.push(caption('表1 收入情况（单位：万元）'));
    blocks.push(dataTable(['收入项目', '金额（万元）', '占比'], [...income.map((i) => [i.label, num(i.amount_wan), pct(i.amount_wan, incomeTotal)]), ['合计', num(incomeTotal), incomeTotal ? '100.00%' : '—']], [12, 6, 6]));
    const slices: ChartItem[] = income.filter((i) => i.amount_wan != null && i.amount_wan > 0).map((i) => ({ label: i.label, value: i.amount_wan! }));
    if (slices.length > 0) blocks.push(...chart(pieChartPng(slices, font), '图1 收入构成'));
  }
  const spending = data.funds.expenditure;
  if (spending.length > 0) {
    const budget = sum(spending.map((s) => s.budget_wan));
    const executed = sum(spending.map((s) => s.executed_wan));
    blocks.push(heading(income.length > 0 ? '（二）支出情况' : '（一）支出情况', 2));
    blocks.push(body(`${year}年度支出预算 ${num(budget)} 万元，实际支出 ${num(executed)} 万元，预算执行率 ${pct(executed, budget)}。`));
    blocks.push(caption('表2 支出情况（单位：万元）'));
    blocks.push(dataTable(['支出项目', '预算数', '执行数', '执行率'],
      [...spending.map((s) => [s.label, num(s.budget_wan), num(s.executed_wan), pct(s.executed_wan, s.budget_wan)]), ['合计', num(budget), num(executed), pct(executed, budget)]], [12, 6, 6, 6]));
    const bars: ChartItem[] = spending.filter((s) => s.executed_wan != null && s.budget_wan != null).map((s) => ({ label: s.label, value: s.executed_wan!, max: s.budget_wan }));
    if (bars.length > 0) blocks.push(...chart(barChartPng(bars, font), '图2 支出预算执行情况（执行数/预算数，万元）'));
  }
  blocks.push(...paras(data.funds.notes));
  if (income.length === 0 && spending.length === 0 && data.funds.notes.length === 0) blocks.push(body('（待填写）'));

  blocks.push(heading('三、绩效分析', 1));
  // Without template results, the department's own self-evaluation rows are the scored items.
  const selfEvaluation = data.department_self_evaluation;
  const items: EvaluationItem[] = data.evaluation.items.length > 0 || !selfEvaluation ? data.evaluation.items
    : selfEvaluation.indicators.filter((i) => i.weight != null || i.score != null)
      .map((i) => ({ level1: i.level1, level2: i.level2, name: i.name, weight: i.weight, score: i.score, note: i.reason, deduction: false }));
  const total = data.evaluation.total_score ?? (data.evaluation.items.length === 0 ? selfEvaluation?.total_score : null) ?? sum(items.map((i) => i.score));
  // An evaluation with rows left unscored is unfinished: its total so far earns no grade.
  const unscored = Math.max(data.evaluation.unscored, unscoredOf(items));
  const grade = unscored > 0 ? null : data.evaluation.grade ?? gradeOf(total, policy);
  const unfinished = unscored > 0 ? `评价未完成（${unscored} 项未评分），暂不评定等级` : null;
  const overall = scoreSentence('部门整体评价', items.filter((i) => !i.deduction));
  const taken = sum(items.filter((i) => i.deduction).map((i) => i.score)) ?? 0;
  const afterDeductions = taken < 0 ? `，扣分项扣 ${num(-taken)} 分，总得分 ${num(total)} 分` : '';
  if (overall) blocks.push(body(`${overall.slice(0, -1)}${afterDeductions}${grade ? `，评价等级为“${grade}”` : ''}${unfinished ? '；评价未完成，暂不评定等级' : ''}。`));
  // Deductions are one row (扣分项), whatever 二级 they sit under, so the row and its parts agree.
  const byLevel = groupBy(items, (i) => (i.deduction ? i.level1 ?? '扣分项' : i.level2 ?? i.level1 ?? '其他'));
  const printed = new Map(data.evaluation.groups.map((g) => [g.name, g]));
  if (byLevel.length > 1) {
    blocks.push(caption('表3 部门整体评价得分情况'));
    blocks.push(dataTable(['评价内容', '分值', '得分', '得分率'], byLevel.map(([label, list]) => {
      const score = sum(list.map((i) => i.score));
      if (list.every((i) => i.deduction)) return [label, '扣分项', num(score ?? 0), '—'];
      const weight = sum(list.map((i) => i.weight));
      const g = printed.get(label);
      return [label, g ? `${num(g.weight)}（下级合计${num(g.rows_weight)}）` : num(weight), score == null ? '未评分' : num(score), pct(score, weight)];
    }), [12, 6, 6, 6]));
    const differing = byLevel.map(([label]) => printed.get(label)).filter((g) => g != null);
    if (differing.length > 0) {
      blocks.push(body(`注：${differing.map((g) => `${g.name}指标体系标注分值${num(g.weight)}分，下级指标分值合计${num(g.rows_weight)}分`).join('；')}。各部分按下级指标得分合计计分、按下级分值合计计算得分率，不按标注分值折算或封顶。`));
    }
    const bars = byLevel.filter(([, list]) => !list.every((i) => i.deduction)).map(([label, list]) => ({ label, value: sum(list.map((i) => i.score)) ?? 0, max: sum(list.map((i) => i.weight)) }));
    blocks.push(...chart(barChartPng(bars, font), '图3 部门整体评价各部分得分（得分/分值）'));
  }
  const deductions = items.filter((i) => i.deduction);
  if (deductions.length > 0) {
    const off = sum(deductions.map((i) => i.score)) ?? 0;
    const hits = deductions.filter((i) => i.score != null && i.score < 0);
    blocks.push(body(off < 0 ? `扣分项共扣 ${num(-off)} 分：${hits.map((i) => `${i.name}扣 ${num(-(i.score ?? 0))} 分`).join('，')}。` : '扣分项未扣分。'));
  }
  const sections: Array<[keyof EvaluationReport['analysis'], string]> = [['duty', '履职效能'], ['budget', '预算管理'], ['finance', '财务管理'], ['assets', '资产管理'], ['procurement', '采购管理']];
  const ordinal = ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）'];
  sections.forEach(([key, label], i) => {
    const own = items.filter((item) => groupOf(item) === key);
    blocks.push(heading(`${ordinal[i]}${label}`, 2));
    blocks.push(...paras(data.analysis[key]));
    const sentence = scoreSentence(label, own);
    if (sentence) blocks.push(body(sentence), itemTable(own));
    if (!sentence && data.analysis[key].length === 0) blocks.push(body(`本次评价未设${label}方面的评分指标。`));
  });
  blocks.push(heading(`${ordinal[5]}项目绩效`, 2));
  blocks.push(...paras(data.analysis.projects));
  const projectItems = items.filter((item) => groupOf(item) === 'projects');
  const projectSentence = scoreSentence('项目绩效', projectItems);
  if (projectSentence) blocks.push(body(projectSentence), itemTable(projectItems));
  if (!projectSentence && data.analysis.projects.length === 0 && data.projects.length === 0) blocks.push(body('（待填写）'));
  if (data.projects.length > 0) {
    const scored = data.projects.filter((p) => p.total_score != null);
    blocks.push(body(`本年度纳入评价的项目 ${data.projects.length} 个${scored.length > 0 ? `，自评平均得分 ${num((sum(scored.map((p) => p.total_score)) ?? 0) / scored.length)} 分` : ''}，详见附表。`));
    blocks.push(caption('表4 项目支出绩效自评情况（单位：万元）'));
    blocks.push(dataTable(['项目名称', '年初预算', '调整后预算', '执行数', '执行率', '自评得分'], data.projects.map((p) => [
      p.project_name ?? p.project_code ?? '', num(p.budget?.initial_wan), num(p.budget?.adjusted_wan), num(p.budget?.executed_wan),
      p.budget?.execution_rate != null ? `${num(p.budget.execution_rate)}%` : pct(p.budget?.executed_wan, p.budget?.adjusted_wan ?? p.budget?.initial_wan), num(p.total_score),
    ]), [14, 5, 5, 5, 5, 5]));
    if (scored.length > 0) blocks.push(...chart(barChartPng(scored.map((p) => ({ label: p.project_name ?? p.project_code ?? '', value: p.total_score! })), font), '图4 项目自评得分'));
  }

  blocks.push(heading('四、评价结果应用', 1), ...paras(data.result_use));
  if (data.result_use.length === 0) blocks.push(body('（待填写：评价结果应用情况。）'));
  blocks.push(heading('五、评价结论、存在问题和改进建议', 1), heading('（一）评价结论', 2));
  if (total != null) blocks.push(body(`${name}${year}年度部门整体绩效评价得分 ${num(total)} 分${grade ? `，等级为“${grade}”` : ''}${unfinished ? `；${unfinished}` : ''}。`));
  blocks.push(...paras(data.conclusion));
  blocks.push(heading('（二）存在的问题', 2), ...numbered(data.problems, '（待填写：存在的问题。）'));
  blocks.push(heading('（三）改进建议', 2), ...numbered(data.suggestions, '（待填写：改进建议。）'));
  if (data.prepared_by || data.prepared_on) {
    for (const line of [data.prepared_by, data.prepared_on].filter((l): l is string => Boolean(l))) {
      blocks.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 240 }, children: [new TextRun({ text: line, font: FANGSONG, size: BODY })] }));
    }
  }

  const appendices = [
    ...(data.department_self_evaluation ? [{ form: data.department_self_evaluation, policy: formPolicies.department_self_evaluation ?? policy }] : []),
    ...data.projects.map((form, i) => ({ form, policy: formPolicies.projects?.[i] ?? policy })),
  ];
  const appendixSections: ISectionOptions[] = appendices.map(({ form, policy: own }, i) => {
    const section = formSection(layoutForm(form, own));
    const label = new Paragraph({ children: [new TextRun({ text: `附表${i + 1}`, font: HEI, size: 28 })] });
    return { ...section, children: [label, ...section.children] };
  });
  const doc = new Document({
    creator: 'jixiao',
    title,
    styles: { default: { document: { run: { font: FANGSONG, size: BODY } } } },
    sections: [
      { properties: { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.PORTRAIT }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } }, children: blocks },
      ...appendixSections,
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function numbered(list: string[], empty: string): Paragraph[] {
  if (list.length === 0) return [body(empty)];
  return list.map((t, i) => body(/^\s*[（(]?\d+[)）.、]/.test(t) ? t : `${i + 1}．${t}`));
}

function groupBy<T>(list: T[], key: (t: T) => string): Array<[string, T[]]> {
  const map = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    map.set(k, [...(map.get(k) ?? []), item]);
  }
  return [...map.entries()];
}
