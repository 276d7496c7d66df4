import { trimText } from '@jixiao/core';
import { budgetPairsOf, budgetSentenceOf } from './budget-captions';
import type { BudgetKey } from './form-sink';
import type { FieldKey } from './field-labels';
import { amountLabelEnding, isTextField, isYearLabel, matchLabel, splitLabelPairs } from './field-labels';
import type { FormSink } from './form-sink';
import { splitOrgCode } from './form-sink';
import type { GridCell } from './flatten-source';
import { isBlank, isYearNote, stripEnumerator, yearOf } from './normalize-label';
import { taskColumnOf } from './task-columns';

// A label run of words, then an amount in 万元 or 元: 一般公共预算1,100.00万元, 预算总额为80万元.
const SENTENCE_AMOUNT = /([^\d\s，,。；;：:、（）()]{2,24})\s*([\d][\d,，]*(?:\.\d+)?)\s*(万元|元)/g;

type ListKey = 'sub_goals' | 'measures';

// A caption budgetKeyOf reads back as each key, to weigh pairs gathered over several lines as one row.
const CAPTION_OF: Record<BudgetKey, string> = {
  initial_wan: '年初预算数', adjusted_wan: '全年预算数', executed_wan: '全年执行数',
  execution_rate: '执行率', weight: '分值', score: '得分', reason: '偏差原因',
};

// 单位：万元 / 金额单位：元 closing a line after two or more spaces (a unit line laid out as one printed row).
const TRAILING_MONEY_UNIT = /[ \u3000]{2,}(?:金额)?单位\s*[：:]\s*(?:万元|元)\s*$/;
const SENTENCE_END = /[。；;！!？?]$/;
// A heading's words: no figure, no punctuation (绩效指标完成情况, 三、绩效指标 is numbered and read as a caption).
const HEADING_LINE = /^[\u4e00-\u9fff]{2,12}$/;

// Fields holding a name, whose value a converter may set in the table row under its label's line.
const NAME_FIELDS: ReadonlySet<FieldKey> = new Set(['org', 'department', 'project_name'] as FieldKey[]);

const NOT_AMOUNTS: ReadonlySet<FieldKey> = new Set<FieldKey>(['tasks', 'sub_goals', 'measures', 'caption', 'goal_period']);

// A list item's bullet (markdown `-` / `*`, or a typed ● · •) in front of a line.
const LIST_BULLET = /^[ \u3000]*(?:[-*+]\s+|[●○•·▪◆■]\s*)/;
// 名称：内容（预算612.40万元）— a task's name, what it does, and its money in a closing bracket.
const TASK_ITEM = /^([^：:，,。；;（）()]{2,24})[：:]\s*(.+?)\s*[（(][^（）()\d]{0,8}?(\d[\d,，]*(?:\.\d+)?)\s*(万元|元)[）)][。；;]?$/s;

// 任务名称：X / 主要内容：Y / 预算金额（万元）：Z — one field of a task on a line.
const TASK_FIELD = /^([^：:（(]{2,8})\s*(?:[（(](万元|元)[）)])?\s*[：:]\s*(.*)$/s;

/**
 * Running text inside a form: a line naming a field (一、总体绩效目标) opens a section whose
 * paragraphs fill that field; in 分项绩效目标 / 工作保障措施 each numbered line starts an item
 * (（一）绩效目标：X → title X; (一) 完善制度建设。… → title before the first 。).
 * Paragraphs of one section are joined as written: page breaks split sentences mid-word.
 */
export class TextSectionReader {
  private section: FieldKey | null = null;
  /** A text field filled from a label line the line's end cut off mid-sentence (a wrapped paragraph). */
  private openText: FieldKey | null = null;
  /** The section's last line, to tell a heading under a finished paragraph. */
  private lastLine: string | null = null;
  /** `年初预算数：580` one a line (an approval app's fields): the budget pairs of the lines read so far. */
  private budgetLines: Partial<Record<BudgetKey, string>> | null = null;
  /** The budget came from such lines: the next ones still add to it (执行率 / 分值 / 得分 after the amounts). */
  private budgetFromLines = false;

  constructor(private readonly sink: FormSink) {}

  /** Ends the current section (a table row or a new heading interrupts it). */
  close(): void {
    this.section = null;
    this.openText = null;
  }

  /**
   * 部门（单位）名称 ⏎ 某某局⇥⇥⇥⇥ — a name's label alone on a line of text, and under it a table row whose
   * only filled cell, the first, is a short name: a converter put the label's value in the table. That
   * cell is the value. A paragraph field's label is left to the readers of its own text.
   */
  takeRowValue(cells: GridCell[]): boolean {
    const key = this.section;
    if (key == null || !NAME_FIELDS.has(key) || this.sink.has(key)) return false;
    const filled = cells.filter((c) => !isBlank(c.text));
    if (filled.length !== 1 || filled[0] !== cells[0]) return false;
    const text = trimText(filled[0]!.text);
    if (text.length > 40 || /[，。；,;：:]/.test(text) || matchLabel(text, this.sink.kind) != null) return false;
    if (!this.sink.set(key, text)) return false;
    this.section = null;
    return true;
  }

  readText(text: string, heading: number | null): void {
    const pairs = splitLabelPairs(trimText(text));
    if (pairs.length > 1) {
      for (const p of pairs) this.readText(p, heading);
      return;
    }
    const t = trimText(text);
    if (t === '') return;
    // 年度履职目标：…推进不动产登记便民 ⏎ 改革，实施…。 — a scan or a text export wraps a long paragraph at the
    // page's width: a line naming no field, right under a text cut off mid-sentence, goes on in that text.
    const open = this.openText;
    this.openText = null;
    if (open && heading == null && stripEnumerator(t) === t && matchLabel(t, this.sink.kind) == null && /[，,、。；;]/.test(t)) {
      this.sink.append(open, t);
      if (!SENTENCE_END.test(t)) this.openText = open;
      return;
    }
    this.sink.noteMoneyUnit(t);
    if (this.section === 'tasks' && (this.readTaskLine(t) || this.readTaskItem(t))) return;
    // 1. 项目名称：… — a numbered list of label：value lines (a chat tool's answer, a memo).
    const unnumbered = stripEnumerator(t);
    const listed = unnumbered !== t ? matchLabel(unnumbered, this.sink.kind) : null;
    const m = matchLabel(t, this.sink.kind) ?? (listed?.value != null && listed.key !== 'caption' ? listed : null);
    // 自评年度：2024年 — a label's year is the form's, as in a table's label cell.
    if (m?.year != null && this.sink.year == null) this.sink.year = m.year;
    if (m && m.value == null && m.key !== 'caption') {
      this.section = m.key;
      this.lastLine = null;
      return;
    }
    // 二、绩效指标 / 五、资金支出计划: a known caption on its own line ends the section above it.
    if (m && m.value == null && m.key === 'caption' && stripEnumerator(t) !== t) {
      this.section = null;
      return;
    }
    const list = this.section === 'sub_goals' || this.section === 'measures' ? (this.section as ListKey) : null;
    if (list && stripEnumerator(t) !== t) {
      this.pushItem(list, stripEnumerator(t), heading != null);
      return;
    }
    if (heading != null) {
      if (m && m.value != null) this.sink.set(m.key, m.value);
      this.section = null;
      return;
    }
    if (list) {
      this.sink.appendToLastTitled(list, t);
      return;
    }
    // 年度预算（万元） ⏎ 560.00 (a reader view, one cell a line): an amount alone under an amount label is its amount.
    if (this.section && !isTextField(this.section) && !NOT_AMOUNTS.has(this.section) && /^[+-]?[\d０-９][\d０-９,，.．]*\s*(?:万元|元)?$/.test(t)) {
      const key = this.section;
      this.section = null;
      if (this.sink.set(key, t)) return;
    }
    if (this.section && isTextField(this.section)) {
      // 二、年度总体目标完成情况 ⏎ 年度总体目标：… ⏎ 实际完成情况：… — a line naming another text field
      // with its text after a colon starts that field; it is no paragraph of the section above.
      // So does 预期目标：… right under 年度总体目标 (the same field, not yet filled): the label is no text.
      if (m && m.value != null && (m.key !== this.section || !this.sink.has(m.key)) && isTextField(m.key) && /^[^：:]{2,16}[：:]/.test(t) && this.sink.set(m.key, m.value)) {
        this.section = null;
        return;
      }
      // 实施单位 ⏎ 某某中心 ⏎ 自评年度 / 预算执行情况: a known caption alone on its line heads what follows, and a short line of
      // words after a finished sentence (…签约随访。 ⏎ 绩效指标完成情况) is a heading: the field above is done.
      const heading = this.sink.has(this.section) && ((m?.key === 'caption' && m.value == null) || isYearLabel(t) || (this.lastLine != null && SENTENCE_END.test(this.lastLine) && HEADING_LINE.test(t)));
      if (!heading) {
        this.sink.append(this.section, t);
        this.lastLine = t;
        return;
      }
      this.section = null;
    }
    // 年度预算：1,350.00万元（其中：财政资金…万元，其他资金…万元）: the label's amount first, its remark's parts after.
    if (m && m.value != null && m.key !== 'caption' && !isTextField(m.key) && /^[+-]?\d/.test(m.value) && this.sink.set(m.key, m.value)) {
      // 年度资金总额：265.00万元  其中：财政资金265.00万元  其他资金0.00万元 — the amounts the line names
      // after the label's own (spaced apart, not in a bracket) fill their fields as a budget sentence's do.
      const at = t.indexOf(m.value);
      const rest = at >= 0 ? t.slice(at + m.value.length) : '';
      if (/^[ \u3000]{2,}\S/.test(rest)) this.readBudgetSentence(rest, 1);
      return;
    }
    if (this.readBudgetSentence(t)) return;
    if (m && m.value != null) {
      const set = this.sink.set(m.key, m.value);
      if (set && isTextField(m.key) && m.value.length >= 20 && !SENTENCE_END.test(m.value)) this.openText = m.key;
      return;
    }
    // 412001 某局机关⎵⎵⎵⎵单位：万元 (⎵ an ideographic space) — the money unit printed on the unit's line after a wide gap is no part of its name.
    const org = splitOrgCode(t.replace(TRAILING_MONEY_UNIT, ''));
    if (org && org.name.length <= 40 && !/[，。；]/.test(org.name)) {
      this.sink.setOrgCode(org.code!, org.name);
      return;
    }
    if (isYearNote(t) && this.sink.year == null) this.sink.year = yearOf(t);
  }

  /**
   * 部门预算总额1,280.50万元，其中：一般公共预算1,100.00万元，…基本支出860.00万元 — a paragraph
   * stating the budget: each amount goes to the field its words name. Two named amounts at
   * least, so a sentence mentioning one sum in passing stays text.
   */
  private readBudgetSentence(t: string, least = 2): boolean {
    if (this.sink.kind === 'project_self_evaluation') return this.readExecutionSentence(t);
    if (this.sink.kind !== 'department_target' && this.sink.kind !== 'project_target') return false;
    const found: Array<[FieldKey, string]> = [];
    for (const m of t.matchAll(SENTENCE_AMOUNT)) {
      const key = amountLabelEnding(m[1]!.replace(/(为|是|共计|合计|计|达)$/, ''), this.sink.kind);
      if (key) found.push([key, `${m[2]}${m[3]}`]);
    }
    if (found.length < least) return false;
    if (found.some(([key, amount]) => this.sink.disagrees(key, amount))) return false;
    let any = false;
    for (const [key, amount] of found) if (this.sink.set(key, amount)) any = true;
    return any;
  }

  /** A self-evaluation's budget block written as a sentence (项目年初预算数120万元，…，得分9.24分). */
  private readExecutionSentence(t: string): boolean {
    const values = budgetSentenceOf(t);
    if (!values) return this.readBudgetLine(t);
    this.sink.setBudget(values);
    return true;
  }

  /**
   * 年初预算数（万元）：580 ⏎ 全年预算数（万元）：612.5 ⏎ … — the budget block as one caption：value a line:
   * the run of such lines is one row of pairs, read once it holds as many amounts and captions as a row
   * must; the lines after it complete the block. Any other line ends the run.
   */
  private readBudgetLine(t: string): boolean {
    const one = budgetPairsOf([{ text: t, start: 0, span: 1, merged: false }], true);
    if (!one) {
      this.budgetLines = null;
      this.budgetFromLines = false;
      return false;
    }
    if (this.budgetFromLines) return this.sink.completeBudget(one);
    const lines = { ...this.budgetLines, ...one };
    const values = budgetPairsOf(Object.entries(lines).map(([k, v]) => ({ text: `${CAPTION_OF[k as BudgetKey]}：${v}`, start: 0, span: 1, merged: false })), false);
    this.budgetLines = values ? null : lines;
    if (!values) return false;
    this.sink.setBudget(values);
    this.budgetFromLines = true;
    return true;
  }

  /**
   * Under 年度主要任务, a task written as label lines (a web view's nested list): 任务名称：X opens
   * a task, 主要内容：… and 预算金额（万元）：… fill it; one line may hold all three set apart by ；.
   */
  private readTaskLine(t: string): boolean {
    const pieces = t.split(/[；;]/).map((p) => trimText(p)).filter((p) => p !== '');
    const parsed = pieces.map((p) => TASK_FIELD.exec(p));
    if (parsed.length === 0 || parsed.some((m) => m == null)) return false;
    const columns = parsed.map((m) => (m ? taskColumnOf(m[1]!) : null));
    if (columns.some((c) => c == null)) return false;
    parsed.forEach((m, i) => {
      const [, , unit, value] = m!;
      const text = trimText(value!);
      if (columns[i] === 'name') { if (text !== '') this.sink.pushTask(text, null, null); return; }
      if (columns[i] === 'content') this.sink.completeLastTask(text, null);
      else this.sink.completeLastTask(null, unit === '元' && !/元\s*$/.test(text) ? `${text}元` : text);
    });
    return true;
  }

  /**
   * Under 年度主要任务, a task as one list item: its name, a colon, what it does and its money in brackets
   * at the end (`- 医共体建设：推进…远程会诊（预算385.00万元）`, also `（安排资金…）`, `(…万元)`).
   */
  private readTaskItem(t: string): boolean {
    const m = TASK_ITEM.exec(t.replace(LIST_BULLET, ''));
    if (!m) return false;
    const [, name, content, amount, unit] = m;
    this.sink.pushTask(stripEnumerator(trimText(name!)), trimText(content!), `${amount}${unit}`);
    return true;
  }

  private pushItem(list: ListKey, body: string, isHeading: boolean): void {
    const item = titledItem(body, isHeading);
    this.sink.pushTitled(list, item.title, item.text);
  }
}

/** One numbered item's title and text: （一）绩效目标：X → X; 完善制度建设。… → title before the 。. */
export function titledItem(body: string, isHeading = false): { title: string; text: string } {
  const labelled = /^(?:绩效目标|目标|措施|保障措施|任务)[：:]\s*(.+)$/s.exec(body);
  if (labelled) return { title: labelled[1]!, text: '' };
  const stop = body.indexOf('。');
  if (!isHeading && stop > 0 && stop < body.length - 1) return { title: body.slice(0, stop), text: body.slice(stop + 1) };
  return { title: body.replace(/[。；;，,]$/, ''), text: '' };
}

// Where a numbered item starts inside one cell: 1.… 2.… / （一）…（二）… / 一、…二、…
const ITEM_START = /(?=(?:^|(?<=[\n。；;]))\s*(?:\d{1,2}[.、．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、))/;

/**
 * The numbered items of one table cell (分项绩效目标 | 1.… 2.…): one item per numbered piece;
 * a cell without numbers is one item.
 */
export function listItemsOfCell(text: string): Array<{ title: string; text: string }> {
  const pieces = trimText(text).split(ITEM_START).map((p) => trimText(p)).filter((p) => p !== '');
  return pieces.map((p) => titledItem(trimText(stripEnumerator(p))));
}
