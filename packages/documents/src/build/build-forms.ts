import type { Form, FormKind, FormsDocument, ImportWarning } from '@jixiao/core';
import { emptyForm, FORM_KIND_LABELS, FORMS_FORMAT, parseAmount, trimText } from '@jixiao/core';
import type { SourceDocument } from '../model/source-document';
import type { Item } from './flatten-source';
import { flattenSource } from './flatten-source';
import { foldLoneLevelItems } from './lone-level-items';
import { rebuildIndicatorLines } from './indicator-lines';
import { unstackRowLines } from './stacked-row-lines';
import { untransposeIndicatorRows } from './transposed-rows';
import { untransposeBudgetRows } from './transposed-budget';
import { unfoldBudgetMatrix } from './budget-matrix';
import { unfoldSideBySideHalves } from './side-by-side-halves';
import { splitSideBySideForms } from './side-by-side-forms';
import { rebuildLineCellTables } from './line-cell-tables';
import { joinBrokenHeaders } from './broken-header';
import { splitPairedScoreColumns } from './paired-score-columns';
import { joinStackedRecordRows } from './stacked-record-rows';
import { unfoldKeyedRows } from './keyed-rows';
import type { ColumnRole } from './header-map';
import { readHeaderRow } from './header-map';
import type { FieldKey } from './field-labels';
import { matchLabel, splitLabelPairs } from './field-labels';
import { stripEnumerator, yearOf } from './normalize-label';
import { projectHeadingBefore, projectNameFromHeading } from './project-headings';
import { isProjectList } from './project-list';
import { readForm } from './read-form';
import { closingSections, reportSections } from './report-sections';
import { unitHeadingTitles, unitOfTextForm } from './unit-heading-forms';
import { budgetDocumentHeading, detectFormTitle, isEvaluationScoreTable, noticeTitleKind, orgFromReportTitle, orgFromTitle, projectNameFromTitle, reportTitleKind, unitNameLine } from './form-titles';
import { IDENTITY, splitByIdentity, unitLabelsBeforeIdentity } from './split-by-identity';
import { dropRepeatedForms } from './repeated-forms';
import { isHeadingLike, type Segment, segmentForms } from './segment-forms';
import { dropCatalogueBoxes, isCatalogueRow } from './catalogue-box';
import { dropSheetHeadings } from './sheet-headings';
import { noFormsMessage } from './form-warnings';
import { splitProjectDividerRows } from './project-divider-rows';
import { orgOfUnitFormAbove, tablesOf } from './unit-form-org';


/**
 * Finds the forms in a read document and fills jixiao.forms/v1. Never throws: anything
 * the document leaves uncertain becomes a warning instead.
 */
export function buildForms(source: SourceDocument, sourceName: string): FormsDocument {
  const warnings: ImportWarning[] = [];
  let items: Item[] = [];
  try {
    items = joinStackedRecordRows(unstackRowLines(unfoldKeyedRows(unfoldSideBySideHalves(unfoldBudgetMatrix(untransposeBudgetRows(untransposeIndicatorRows(rebuildIndicatorLines(splitPairedScoreColumns(joinBrokenHeaders(rebuildLineCellTables(foldLoneLevelItems(flattenSource(splitSideBySideForms(splitProjectDividerRows(dropSheetHeadings(source))))))))))))))));
  } catch (err) {
    warnings.push({ form: null, row: null, code: 'source_unreadable', message: `文档结构无法解析：${String(err).slice(0, 200)}` });
  }
  const forms: Form[] = [];
  // The grid tables each form's rows come from, in step with forms.
  const formTables: Array<Set<number>> = [];
  for (const note of source?.notes ?? []) warnings.push({ form: null, row: null, code: 'source_note', message: String(note).slice(0, 1000) });

  // Whether a 绩效运行监控表 was passed over: a document of nothing else deserves to be told so.
  let monitoringSeen = false;
  let evaluationSeen = false;
  // Whether a list of projects (汇总表, one line a project) was passed over: no form either, said so.
  let projectListSeen = false;
  // The total a report's text stated for the form read last (see readPart).
  let reported: { form: Form; raw: string } | null = null;
  const segments = segmentForms(unitHeadingTitles(dropCatalogueBoxes(items)));
  for (const [index, segment] of segments.entries()) {
    if (segment.other || (!segment.kind && hasMonitoringHeader(segment.items))) {
      monitoringSeen ||= hasMonitoringHeader(segment.items) || (segment.title != null && MONITORING_TITLE.test(segment.title));
      evaluationSeen ||= segment.title != null && isEvaluationScoreTable(segment.title);
      continue;
    }
    const guessed = segment.kind ? null : guessKind(segment.items);
    // An untitled table inside a 自评报告: the report's title names the form (its kind, unit and year).
    const report = guessed ? reportTitleOf(segment.items) : null;
    if (report) Object.assign(segment, { kind: report.kind, title: report.text });
    // A notice listing untitled tables (…关于公开2025年重点项目绩效目标的公告) says whose targets they are:
    // projects' or departments', which a header alone does not tell.
    const noticed = guessed && !report ? noticeKindOf(segment.items) : null;
    const kind = segment.kind ?? (noticed && isTargetKind(noticed) === isTargetKind(guessed!) ? noticed : guessed);
    if (!kind) continue;
    // The run before the form's title is the document's top, or a volume's page heading and the text under it (a report's sections).
    const opening = index === 1 || segments[index - 1]?.opening ? segments[index - 1]! : null;
    const lead = opening ? [...preambleLabels(opening, kind, segment.items), ...reportSections(opening, kind, segment.items)] : [];
    const parts = splitByIdentity(kind, [...lead, ...closingSections(kind, segment.items)]);
    const first = forms.length;
    for (const part of parts) readPart(kind, part, segment, parts.length === 1);
    // A form under a report heading of its own (a volume's next article): the text after it is its report's
    // closing, whatever title comes next. (Text after a form among several under one report may speak of the next.)
    if (segment.opening) settleReportedTotal();
    // 编制单位：… printed once above a table of several projects names the unit of every one of them.
    if (parts.length > 1) {
      const named = forms[first] as unknown as Record<string, unknown> | undefined;
      for (const key of unitLabelsBeforeIdentity(kind, parts[0]!)) {
        for (const form of forms.slice(first + 1)) {
          const record = form as unknown as Record<string, unknown>;
          if (record[key] == null && named?.[key] != null) record[key] = named[key];
        }
      }
    }
  }

  function readPart(kind: FormKind, items: Item[], segment: Segment, alone: boolean): void {
    let sink;
    try {
      sink = readForm(kind, forms.length, items, (segment.title ? yearOf(segment.title) : null) ?? segment.contextYear);
    } catch (err) {
      // A bug must not lose the other forms of the document: report it and go on.
      warnings.push({ form: null, row: null, code: 'form_unreadable', message: `“${FORM_KIND_LABELS[kind]}”${segment.title ? `（${segment.title.slice(0, 30)}）` : ''}读取出错，已跳过：${String(err).slice(0, 200)}` });
      return;
    }
    // A 汇总 table listing the projects gave its first row's fields (or none) but no indicator: no form.
    const projectList = sink.indicatorTables === 0 && sink.form.indicators.length === 0 && isProjectList(items, kind);
    projectListSeen ||= projectList;
    if (isEmptyForm(sink.form) || projectList) return;
    sink.form.fiscal_year = (segment.title ? yearOf(segment.title) : null) ?? sink.year ?? segment.contextYear ?? headingYear(segment.items);
    // Several projects under one title, each table opened by its heading ((二) 某某项目) and no 项目名称 row.
    if (!alone && 'project_name' in sink.form && sink.form.project_name == null) {
      const name = projectNameFromHeading(items, kind);
      if (name && sink.set('project_name', name)) sink.warn('project_name_from_heading', `表中没有“项目名称”，已按表格上方的标题取项目名称“${name}”，请核对。`);
    }
    // Some tables carry the project only in their title (某某项目绩效目标表, no 项目名称 row).
    if (alone && segment.title && 'project_name' in sink.form && sink.form.project_name == null) {
      const name = projectNameFromTitle(segment.title);
      if (name) {
        sink.form.project_name = name;
        sink.warn('project_name_from_title', `表中没有“项目名称”，已按标题取项目名称“${name}”，请核对。`);
      }
    }
    // A workbook sheet named for its project (or a heading naming it) right above a title that names none.
    if (alone && segment.title && 'project_name' in sink.form && sink.form.project_name == null) {
      const name = projectHeadingBefore(segments[segments.indexOf(segment) - 1]?.items.at(-1), kind);
      if (name && sink.set('project_name', name)) sink.warn('project_name_from_heading', `表中没有“项目名称”，已按标题上方的工作表名或标题取项目名称“${name}”，请核对。`);
    }
    // Several units' targets on one page, each table under a line naming the unit alone.
    if ((kind === 'department_target' || kind === 'department_self_evaluation') && sink.form.org == null) {
      const org = unitLineAbove(items);
      if (org) {
        sink.form.org = org;
        sink.warn('org_from_heading', `表中没有“部门（单位）名称”，已按表格上方的单位名称行取单位“${org}”，请核对。`);
      }
    }
    // 某某局2025年部门整体支出绩效目标表 with no 部门名称 row: the title names the unit, of every form under it.
    if (segment.title && sink.form.org == null) {
      const org = orgFromTitle(segment.title);
      if (org) {
        sink.form.org = org;
        sink.warn('org_from_title', `表中没有“部门（单位）名称”，已按标题取单位名称“${org}”，请核对。`);
      }
    }
    const headingUnit = kind === 'department_target' && sink.form.org == null ? unitOfTextForm(segment.title, items) : null;
    if (headingUnit && sink.set('org', headingUnit)) sink.warn('org_from_heading', `表中没有“部门（单位）名称”，已按标题上方的单位名称行取单位“${headingUnit}”，请核对。`);
    // A bare form title inside a unit's 自评报告: the report's title, atop the document, names the unit.
    const reportOrg = segment.title && sink.form.org == null && segments.indexOf(segment) > 0 ? orgFromReportTitle(segments[0]!.items.flatMap((it) => (it.type === 'text' ? [it.text] : [])), kind) : null;
    if (reportOrg && sink.set('org', reportOrg)) sink.warn('org_from_title', `表中没有“部门（单位）名称”，已按报告标题取单位名称“${reportOrg}”，请核对。`);
    // 某某县卫生健康局2026年部门预算说明 atop the document: its 部门整体绩效目标 section is that unit's and year's.
    const opening = kind.startsWith('department') ? openingBudgetHeading(segments[0]!.items) : null;
    if (opening && sink.form.org == null && sink.set('org', opening.org)) sink.warn('org_from_title', `表中没有“部门（单位）名称”，已按文件标题取单位名称“${opening.org}”，请核对。`);
    if (opening && sink.form.fiscal_year == null) sink.form.fiscal_year = opening.year;
    // A title printed over two lines, the unit alone on the line above (某某县卫生健康局 ⏎ 2024年度…自评表).
    if (alone && segment.title && sink.form.org == null) {
      const org = unitLineBeforeTitle(segment.title, segments[segments.indexOf(segment) - 1]);
      if (org) {
        sink.form.org = org;
        sink.warn('org_from_title', `表中没有“部门（单位）名称”，已按标题上一行的单位名称取单位“${org}”，请核对。`);
      }
    }
    if (!segment.kind) {
      sink.warn('kind_guessed', `未找到表格标题，按表头判断为“${FORM_KIND_LABELS[kind]}”，请核对。`);
    }
    if (sink.indicatorTables === 0 && sink.form.indicators.length === 0) {
      sink.warn('no_indicator_table', `“${FORM_KIND_LABELS[kind]}”${segment.title ? `（${segment.title.slice(0, 30)}）` : ''}中没有找到绩效指标表。`);
    }
    const own = tablesOf(items);
    const unitOrg = orgOfUnitFormAbove(sink.form, own, forms, formTables);
    if (unitOrg && sink.set('org', unitOrg)) sink.warn('org_from_unit_form', `表中没有主管部门和实施单位，已按同一工作表上方的部门整体表取单位“${unitOrg}”，请核对。`);
    forms.push(sink.form);
    formTables.push(own);
    // 综合自评得分92.5分 in a 自评报告's text after tables with no 总分 row, no indicator row after it: the last
    // form's total (text after an earlier form may already speak of the next project).
    const stated = sink.reportedTotal;
    reported = stated && stated.after === sink.form.indicators.length && 'total_score' in sink.form && sink.form.total_score == null ? { form: sink.form, raw: stated.raw } : null;
    // Form-level notes first, then row notes in row order.
    warnings.push(...sink.warnings.map((w, i) => ({ w, i })).sort((a, b) => (a.w.row ?? -1) - (b.w.row ?? -1) || a.i - b.i).map((x) => x.w));
  }
  function settleReportedTotal(): void {
    const stated = reported as { form: Form; raw: string } | null; // set in readPart: narrowing does not see it
    reported = null;
    if (stated && stated.form === forms.at(-1) && 'total_score' in stated.form) {
      stated.form.total_score = parseAmount(stated.raw);
      warnings.push({ form: forms.length - 1, row: null, code: 'total_from_text', message: `表中没有总分行，已按报告正文中的“${stated.raw}分”取自评总分，请核对。` });
    }
  }
  settleReportedTotal();
  if (forms.length === 0) warnings.push({ form: null, row: null, code: 'no_forms', message: noFormsMessage(monitoringSeen, projectListSeen, evaluationSeen) });
  return dropRepeatedForms({ format: FORMS_FORMAT, source: sourceName, forms, warnings });
}

const MONITORING_COLUMN = /(\d{1,2}[-—~至]\d{1,2}月.*(执行|完成)|预计完成|完成目标可能性|目标完成可能性|执行进度)/;

const MONITORING_TITLE = /(监控|跟踪|执行情况|执行进度|运行情况)/;

/** Whether the first indicator header has monitoring columns (1-7月执行情况 | 全年预计完成情况 | 完成目标可能性). */
function hasMonitoringHeader(items: Item[]): boolean {
  for (const item of items) {
    if (item.type !== 'row' || !readHeaderRow(item.cells)) continue;
    return item.cells.some((c) => MONITORING_COLUMN.test(c.text.replace(/[\s\u3000]/g, '')));
  }
  return false;
}

/**
 * The title of the page an untitled table is printed in: a heading line before the table's first row
 * naming a report (…部门整体支出绩效自评报告) or, with its year, a department's targets (某某局2025年部门整体支出绩效目标).
 */
function reportTitleOf(items: Item[]): { kind: FormKind; text: string } | null {
  for (const item of items) {
    if (item.type === 'row') return null;
    if (item.type !== 'text' || !isHeadingLike(item.text)) continue;
    const kind = reportTitleKind(item.text) ?? (yearOf(item.text) != null ? detectFormTitle(item.text, true) : null);
    if (kind) return { kind, text: item.text };
  }
  return null;
}

/** The kind a notice's heading before the first table announces, if any. */
function noticeKindOf(items: Item[]): FormKind | null {
  for (const item of items) {
    if (item.type === 'row') return null;
    if (item.type === 'text') {
      const kind = noticeTitleKind(item.text);
      if (kind) return kind;
    }
  }
  return null;
}

function isTargetKind(kind: FormKind): boolean {
  return kind === 'project_target' || kind === 'department_target';
}

/** A table without a title: the kind its header suggests, if it has an indicator header. */
function guessKind(items: Item[]): FormKind | null {
  let roles: Array<ColumnRole | null> | null = null;
  for (const item of items) {
    if (item.type !== 'row') continue;
    const hm = readHeaderRow(item.cells);
    if (hm) { roles = hm.roles; break; }
  }
  if (!roles) return null;
  const has = (r: ColumnRole) => roles!.includes(r);
  if (has('value_actual')) return 'project_self_evaluation';
  if (has('score') || has('deduction') || has('actual')) return has('value') ? 'project_self_evaluation' : 'department_self_evaluation';
  const text = items.map((i) => (i.type === 'row' ? i.cells.map((c) => c.text).join(' ') : i.type === 'text' ? i.text : '')).join(' ');
  return /项目名称|项目编码|专项资金名称|项目概况/.test(text) ? 'project_target' : 'department_target';
}


const PREAMBLE_KEYS: ReadonlySet<FieldKey> = new Set(['project_name', 'project_code', 'org', 'org_code', 'department']);

/**
 * Label lines before the document's first form title (a chat tool's answer or a memo lists
 * 1. 项目名称：… / 2. 主管部门：… and then prints the table under its title): the form's own
 * fields, when that opening part holds no table and the form does not name them itself.
 */
function preambleLabels(opening: Segment, kind: FormKind, formItems: Item[]): Item[] {
  if (opening.kind != null || opening.title != null) return [];
  // A table of label rows only (项目名称 | … / 主管部门 | … | 实施单位 | …) above the title reads as those lines:
  // a template's label block put in the page header (repeated on every page) or typed above the form's title.
  const pairs = labelTableLines(opening.items, kind);
  if (pairs == null) return [];
  const keyOf = (text: string) => {
    const m = matchLabel(stripEnumerator(trimText(text)), kind);
    return m != null && m.value != null && PREAMBLE_KEYS.has(m.key) ? m.key : null;
  };
  const named = new Set<FieldKey>();
  for (const it of formItems) {
    const texts = it.type === 'row' ? it.cells.map((c) => c.text) : it.type === 'text' ? splitLabelPairs(trimText(it.text)) : [];
    for (const t of texts) { const m = t.length <= 80 ? matchLabel(stripEnumerator(trimText(t)), kind) : null; if (m) named.add(m.key); }
  }
  const lines = pairs.filter((it) => keyOf(it.text) != null && !named.has(keyOf(it.text)!));
  return lines.some((it) => IDENTITY[kind].includes(keyOf(it.text)!)) ? lines : [];
}

/**
 * The opening's text lines, with each row of a table holding only label pairs (a label cell and its value)
 * read as `label：value` lines; null when a row is anything else (a table of the document's own).
 */
function labelTableLines(items: Item[], kind: FormKind): Array<Item & { type: 'text' }> | null {
  const out: Array<Item & { type: 'text' }> = [];
  for (const it of items) {
    if (it.type === 'text') out.push(it);
    if (it.type !== 'row') continue;
    const cells = it.cells.map((c) => trimText(c.text)).filter((t) => t !== '');
    if (cells.length === 0) continue;
    if (cells.length % 2 !== 0) return null;
    for (let i = 0; i < cells.length; i += 2) {
      const m = matchLabel(cells[i]!, kind);
      if (m == null || m.value != null || !PREAMBLE_KEYS.has(m.key) || matchLabel(cells[i + 1]!, kind) != null) return null;
      out.push({ type: 'text', text: `${cells[i]}：${cells[i + 1]}`, heading: null, line: it.line });
    }
  }
  return out;
}

const COVERING_SENTENCE = /现将[^，。；]{0,30}?((?:19|20)\d{2})年度?[^，。；]{0,30}?绩效(?:目标|自评|评价)[^，。；]{0,12}?(?:如下|附后)/;

/** The unit and year of a 部门预算 document's opening line (the first two lines of text), if it names them. */
function openingBudgetHeading(items: Item[]): { org: string; year: number } | null {
  const texts = items.filter((it): it is Extract<Item, { type: 'text' }> => it.type === 'text').slice(0, 2);
  for (const it of texts) {
    const found = budgetDocumentHeading(it.text.split('\n')[0]!);
    if (found) return found;
  }
  return null;
}

/** An untitled form's year from the heading above its first table (某某局2025年项目支出绩效目标). */
function headingYear(items: Item[]): number | null {
  let texts = 0;
  for (const it of items) {
    // A 政府信息公开 page's catalogue box (索引号 | … | 发布机构 | …) stands above the article's heading.
    if (it.type === 'row') {
      if (isCatalogueRow(it.cells)) continue;
      return null;
    }
    if (it.type !== 'text') continue;
    texts++;
    // A plain text's opening line titles the page (某某局2025年项目支出绩效目标) though no markup marks it.
    const titleLine = texts <= 2 && /绩效/.test(it.text) && !/[：:]/.test(it.text);
    if ((it.heading != null || titleLine) && isHeadingLike(it.text)) {
      const year = yearOf(it.text);
      if (year != null) return year;
    }
    // A covering note's sentence announcing the form below (现将我中心2026年…项目绩效目标报送如下) names its year.
    const covering = COVERING_SENTENCE.exec(it.text);
    if (covering) return Number(covering[1]);
  }
  return null;
}

/** The unit named alone on the last text line before a form's first table, if that line names one. */
function unitLineAbove(items: Item[]): string | null {
  let last: string | null = null;
  for (const it of items) {
    if (it.type === 'row') break;
    if (it.type === 'text') last = it.text;
  }
  // With no blank line before it, the name's line ends the paragraph of the lines above.
  return last == null ? null : unitNameLine(last.split('\n').pop()!);
}

/** The unit named alone on the line right above a title that starts with its year, if that line names one. */
function unitLineBeforeTitle(title: string, before: Segment | undefined): string | null {
  if (!/^(?:19|20)\d{2}年/.test(title.replace(/[\s\u3000]+/g, ''))) return null;
  const last = before?.items[before.items.length - 1];
  return last?.type === 'text' ? unitNameLine(last.text.split('\n').pop()!) : null;
}

const BLANK_FIELDS = new Map<FormKind, Map<string, string>>();

function isEmptyForm(form: Form): boolean {
  if (form.indicators.length > 0) return false;
  let blank = BLANK_FIELDS.get(form.kind);
  if (!blank) {
    const empty = emptyForm(form.kind) as Record<string, unknown>;
    blank = new Map(Object.keys(empty).map((k) => [k, JSON.stringify(empty[k])]));
    BLANK_FIELDS.set(form.kind, blank);
  }
  const record = form as unknown as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key === 'fiscal_year' || key === 'kind') continue;
    if (JSON.stringify(record[key]) !== blank.get(key)) return false;
  }
  return true;
}
