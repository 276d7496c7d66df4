import type { FieldKey } from './field-labels';
import { matchLabel } from './field-labels';
import type { GridCell, Item } from './flatten-source';
import { budgetKeyOf } from './budget-captions';
import { readHeaderRow, type HeaderMap } from './header-map';
import { isBlank, normalizeLabel } from './normalize-label';
import { TOTAL_CAPTION } from './task-block-reader';
import { isMoneyCaption } from './money-block-label';
import { joinSpannedHeader } from './spanned-header';
import { unitNameLine } from './form-titles';
import { stripEnumerator } from './normalize-label';
import { isCategoryText } from './level-cells';

type RowItem = Extract<Item, { type: 'row' }>;

// Columns that say whose indicator a row is, as a budget system's flat export repeats them on every
// row, in the order their label rows are written: the form's own identity (项目名称) first, so the
// next project's form starts at its first label row.
const IDENTITY_KEYS: readonly FieldKey[] = ['project_name', 'project_code', 'org', 'org_code', 'department'];
// Fields of the form an export repeats on each of its rows beside the identity (年度预算 | 年度绩效目标).
const CARRIED_KEYS: readonly FieldKey[] = ['budget_total_wan', 'budget_fiscal_wan', 'budget_other_wan', 'goal'];
// A short caption and a colon opening a cell (制表人：覃某某, 审核人：): a sign-off, not an indicator.
const SIGN_OFF = /^[^：:\d]{1,6}[：:]/;
// A self-evaluation's closing texts an export or questionnaire repeats on each row (年度目标完成情况 | 存在问题 |
// 改进措施): the form's, printed as its label rows, not cells of the indicator.
const CARRIED_SELF_KEYS: readonly FieldKey[] = ['goal_outcome', 'problems', 'improvements', 'conclusion'];
const COLUMN_KEYS: readonly FieldKey[] = [...IDENTITY_KEYS, ...CARRIED_KEYS, ...CARRIED_SELF_KEYS];

/**
 * A budget system's flat export lists every indicator as one row carrying its project or unit
 * (单位编码 | 单位名称 | 项目编码 | 项目名称 | 一级指标 | … | 指标值): the rows of one project are one
 * form. Such a table becomes, per run of rows with the same identity, the label rows a form
 * would print above its table (项目名称 | 某项目) followed by the indicator table without those
 * columns, so the form reader sees the layout it knows. Other items pass through unchanged.
 */
export function unfoldKeyedRows(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    let item = items[i]!;
    // A header over two rows (group captions merged across, the others merged down): one row of captions.
    const next = items[i + 1];
    const spanned = item.type === 'row' && next?.type === 'row' && next.tableIndex === item.tableIndex ? joinSpannedHeader(item.cells, next.cells) : null;
    if (spanned && item.type === 'row' && identityColumns(spanned)) { item = { ...item, cells: spanned }; i++; }
    const keyed = item.type === 'row' ? identityColumns(item.cells) : null;
    if (!keyed || item.type !== 'row') { out.push(item); continue; }
    let end = i + 1;
    while (end < items.length && items[end]!.type === 'row' && (items[end] as RowItem).tableIndex === item.tableIndex) end++;
    const rows = items.slice(i + 1, end) as RowItem[];
    if (rows.length === 0) { out.push(item); continue; }
    // The label rows above the header hold for every project, the first one included: they go under
    // each project's own identity rows, so a unit the project's row names (实施单位) stands before
    // the export's (单位名称：…（汇总）).
    const shared = sharedRows(out, item.tableIndex);
    for (const row of shared) out.splice(out.indexOf(row), 1);
    out.push(...unfold(item, rows, keyed, formColumns(item.cells, keyed), shared));
    i = end - 1;
  }
  return out;
}

interface IdentityColumn {
  col: number;
  caption: string;
  key: FieldKey;
}

/** The identity columns of an indicator header, or null when it has none (or is no header). */
function identityColumns(cells: GridCell[]): IdentityColumn[] | null {
  const header = indicatorHeader(cells);
  if (!header || !header.roles.includes('name')) return null;
  const found: IdentityColumn[] = [];
  // 年初预算数 | 全年预算数 | 全年执行数 side by side are a self-evaluation's budget block (formColumns), not
  // the one 年度预算 of a target export.
  const block = budgetBlockColumns(cells);
  for (const c of cells) {
    if (isBlank(c.text) || c.span !== 1 || header.roles[c.start] != null || block.has(c.start)) continue;
    const target = matchLabel(c.text, 'project_target') ?? matchLabel(c.text, 'department_target');
    const own = target == null || target.key === 'caption' ? matchLabel(c.text, 'project_self_evaluation') : null;
    const m = own != null && CARRIED_SELF_KEYS.includes(own.key) ? own : target;
    // The caption must be the whole cell (项目名称), not a label with its value (项目名称：某项目).
    if (m && COLUMN_KEYS.includes(m.key) && m.value == null) found.push({ col: c.start, caption: c.text.trim(), key: m.key });
    // 项目资金 as a column of a per-project table: one amount per project, its whole budget.
    else if (m?.key === 'caption' && m.value == null && isMoneyCaption(c.text.trim()) && !found.some((f) => f.key === 'budget_total_wan')) found.push({ col: c.start, caption: '年度资金总额', key: 'budget_total_wan' });
  }
  found.sort((a, b) => COLUMN_KEYS.indexOf(a.key) - COLUMN_KEYS.indexOf(b.key));
  // A unit column alone (实施单位 beside each indicator of one department's form) says who does
  // the work, not whose form it is: an export names its forms by a project or a unit code.
  return found.some((f) => f.key === 'project_name' || f.key === 'project_code' || f.key === 'org_code') ? found : null;
}

/**
 * The label rows the table prints above its header (主管部门：某某局, 金额单位：万元): they hold for
 * every project of the export, so each project's form gets them again.
 */
function sharedRows(before: Item[], tableIndex: number): RowItem[] {
  const shared: RowItem[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const item = before[i]!;
    if (item.type !== 'row' || item.tableIndex !== tableIndex) break;
    const labelled = item.cells.some((c) => {
      const m = c.text.length <= 60 ? matchLabel(c.text, 'project_target') ?? matchLabel(c.text, 'department_target') : null;
      return m != null && m.key !== 'caption' && !IDENTITY_KEYS.slice(0, 2).includes(m.key);
    });
    if (labelled) shared.unshift(item);
  }
  return shared;
}

/**
 * A self-evaluation export's budget columns (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分) and
 * its total (自评总分), repeated on every row: the form's budget block and closing row, not the indicator's.
 */
interface FormColumns {
  budget: GridCell[];
  total: number | null;
  /** 预算年度 | 2025 on every row: the form's year. */
  year: number | null;
}

// A column giving the budget year (预算年度, 年度, 预算年份), as exports carry it on every row; 自评年度 / 评价年度 /
// 填报年度 name the year a questionnaire's answers are for the same way.
const YEAR_CAPTION = /^(?:预算|所属|自评|评价|绩效|填报|申报|考核)?(?:年度|年份)$/;

function formColumns(cells: GridCell[], keyed: IdentityColumn[]): FormColumns {
  const header = indicatorHeader(cells);
  const taken = new Set(keyed.map((k) => k.col));
  const free = (c: GridCell) => !isBlank(c.text) && c.span === 1 && !taken.has(c.start) && header?.roles[c.start] == null;
  const block = budgetBlockColumns(cells);
  const budget = cells.filter((c) => free(c) && block.has(c.start));
  const total = cells.find((c) => free(c) && matchLabel(c.text, 'project_self_evaluation')?.key === 'total_score');
  const year = cells.find((c) => free(c) && YEAR_CAPTION.test(normalizeLabel(c.text)));
  return { budget, total: total?.start ?? null, year: year?.start ?? null };
}

const AMOUNT_KEYS: readonly string[] = ['initial_wan', 'adjusted_wan', 'executed_wan'];

/** The columns of a budget block in a header row: budget captions with at least two amounts among them. */
function budgetBlockColumns(cells: GridCell[]): Set<number> {
  const isBudget = (c: GridCell | undefined) => c != null && !isBlank(c.text) && c.span === 1 && budgetKeyOf(c.text) != null;
  const budget = cells.filter(isBudget);
  // Only a block with amounts in it is a budget block (not a stray 执行率 column).
  const amounts = budget.filter((c) => AMOUNT_KEYS.includes(budgetKeyOf(c.text)!));
  if (amounts.length < 2) return new Set();
  // The block is the run of budget captions around its amounts: 分值 | 得分 again after 三级指标 | 实际完成值
  // are the indicators' own columns, not the budget's.
  const first = cells.indexOf(amounts[0]!);
  const last = cells.indexOf(amounts.at(-1)!);
  let from = first;
  let to = last;
  while (isBudget(cells[from - 1])) from--;
  while (isBudget(cells[to + 1])) to++;
  return new Set(cells.slice(from, to + 1).filter(isBudget).map((c) => c.start));
}

/** The indicator header of a row that also carries a budget block: the block's captions read as no column. */
function indicatorHeader(cells: GridCell[]): HeaderMap | null {
  const block = budgetBlockColumns(cells);
  return readHeaderRow(block.size === 0 ? cells : cells.map((c) => (block.has(c.start) ? { ...c, text: '' } : c)));
}

function unfold(header: RowItem, rows: RowItem[], keyed: IdentityColumn[], form: FormColumns, shared: RowItem[]): Item[] {
  const dropped = new Set([...keyed.map((k) => k.col), ...form.budget.map((c) => c.start), ...[form.total, form.year].filter((c) => c != null)]);
  const cellAt = (row: RowItem, col: number) => row.cells.find((c) => c.start === col)?.text.trim() ?? '';
  const cell = (text: string, start: number): GridCell => ({ text, start, span: 1, merged: false });
  // The rows of one project, wherever they stand: an export sorted by level (all 产出指标 rows of every
  // project, then all 效益指标 rows) interleaves the projects, and each is still one form.
  const groups: Array<{ values: string[]; section: string; rows: RowItem[] }> = [];
  const notes: Item[] = [];
  let identity: string[] | null = null;
  // 一、某某市教育局 on a row across the table: the department whose projects follow, unless a column names it.
  const width = Math.max(...header.cells.map((c) => c.start + c.span));
  const hasDepartment = keyed.some((k) => k.key === 'department');
  let section = '';
  for (const row of rows) {
    // Any other heading across the table (二、民生保障类项目) groups projects too: no indicator, no department.
    const heading = groupHeading(row.cells, width);
    if (heading != null) {
      section = hasDepartment ? '' : unitNameLine(stripEnumerator(heading)) ?? '';
      identity = null;
      if (section === '') notes.push({ type: 'text', text: heading, heading: null, line: row.line });
      continue;
    }
    // A project named with its year and budget but no indicator cell at all (a query's outer join
    // lists every project, those without indicators too): no form and no row.
    if (isIndicatorless(row, keyed, form)) continue;
    // A row with nothing beside its identity cells (导出时间：… in the first column under the table)
    // is a note of the export, not a project.
    if (withoutColumns(row.cells, new Set(keyed.map((k) => k.col))).every((c) => isBlank(c.text))) {
      const text = row.cells.map((c) => c.text.trim()).filter((t) => t !== '').join(' ');
      if (text !== '') notes.push({ type: 'text', text, heading: null, line: row.line });
      continue;
    }
    // 制表人：… | 审核人：… | 制表日期：… under the table: the export's sign-off, no indicator.
    const filled = row.cells.filter((c) => !isBlank(c.text));
    if (filled.length > 0 && filled.every((c) => SIGN_OFF.test(c.text.trim()))) {
      notes.push({ type: 'text', text: filled.map((c) => c.text.trim()).join(' '), heading: null, line: row.line });
      continue;
    }
    // 小计 / 合计 in an identity column sums the project above (its indicator count, its budget): no
    // project and no indicator.
    // (合计 merged across the identity columns covers them from the first one.)
    const covering = (col: number) => row.cells.find((c) => c.start <= col && col < c.start + c.span)?.text.trim() ?? '';
    if (keyed.some((k) => TOTAL_CAPTION.test(normalizeLabel(covering(k.col))))) continue;
    // A merged identity cell (blank below its first row) keeps the identity above.
    // A blank carried field (年度预算, 存在问题) on the row of another project or unit is that form's blank, not the
    // form above it continuing.
    const anotherForm = keyed.some((k, j) => IDENTITY_KEYS.includes(k.key) && cellAt(row, k.col) !== '' && cellAt(row, k.col) !== identity?.[j]);
    const values = keyed.map((k, j) => {
      const text = cellAt(row, k.col);
      return text === '' && !(anotherForm && !IDENTITY_KEYS.includes(k.key)) ? (identity?.[j] ?? '') : text;
    });
    identity = values;
    const group = groups.find((g) => g.section === section && g.values.every((v, j) => v === values[j]));
    if (group) group.rows.push(row);
    else groups.push({ values, section, rows: [row] });
  }
  const out: Item[] = [];
  for (const { values, section: unit, rows: own } of groups) {
    const first = own[0]!;
    keyed.forEach((k, j) => {
      if (values[j] === '') return;
      out.push({ ...first, cells: [cell(k.caption, 0), cell(values[j]!, 1)] });
    });
    if (unit !== '') out.push({ ...first, cells: [cell('主管部门', 0), cell(unit, 1)] });
    // The year as the form would print it above its table (2025年度), a year note.
    const year = form.year != null ? /^((?:19|20)\d{2})(?:年度?)?$/.exec(cellAt(first, form.year)) : null;
    if (year) out.push({ type: 'text', text: `${year[1]}年度`, heading: null, line: first.line });
    out.push(...shared);
    if (form.budget.length > 0) {
      out.push({ ...first, cells: [cell('', 0), ...form.budget.map((c, j) => cell(c.text.trim(), j + 1))] });
      out.push({ ...first, cells: [cell('年度资金总额', 0), ...form.budget.map((c, j) => cell(cellAt(first, c.start), j + 1))] });
    }
    out.push({ ...header, cells: withoutColumns(header.cells, dropped) });
    for (const row of own) out.push({ ...row, cells: withoutColumns(row.cells, dropped) });
    const total = form.total != null ? cellAt(first, form.total) : '';
    if (total !== '') out.push({ ...first, cells: [cell('总分', 0), cell(total, 1)] });
  }
  out.push(...notes);
  return out;
}

/** Two identity cells or more filled, and every cell outside the identity and form columns blank. */
function isIndicatorless(row: RowItem, keyed: IdentityColumn[], form: FormColumns): boolean {
  const formCols = [...form.budget.map((c) => c.start), form.total, form.year].filter((c): c is number => c != null);
  const identity = keyed.filter((k) => row.cells.some((c) => c.start === k.col && !isBlank(c.text)));
  if (identity.length < 2 || !identity.some((k) => k.key === 'project_name' || k.key === 'project_code')) return false;
  return withoutColumns(row.cells, new Set([...keyed.map((k) => k.col), ...formCols])).every((c) => isBlank(c.text));
}

/** The cells outside the dropped columns, moved left over them. */
function withoutColumns(cells: GridCell[], dropped: Set<number>): GridCell[] {
  const before = (col: number) => [...dropped].filter((d) => d < col).length;
  return cells.filter((c) => !dropped.has(c.start)).map((c) => ({ ...c, start: c.start - before(c.start) }));
}

/** The text of a row of one cell across the table (一、某某市教育局, 二、民生类项目), or null; a level caption is none. */
function groupHeading(cells: GridCell[], width: number): string | null {
  const filled = cells.filter((c) => !isBlank(c.text));
  if (filled.length !== 1 || filled[0]!.span < Math.max(2, width - 1)) return null;
  const text = filled[0]!.text.trim();
  return isCategoryText(text) || text.length > 40 ? null : text;
}
