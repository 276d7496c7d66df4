import { parseAmount, trimText } from '@jixiao/core';
import type { FieldKey } from './field-labels';
import { isTextField, isWholeMoneyCaption, matchLabel } from './field-labels';
import type { GridCell } from './flatten-source';
import type { FormSink, PlanKey } from './form-sink';
import { leadingAmount, splitOrgCode } from './form-sink';
import { isBlank, isPlaceholder, isYearNote, normalizeLabel, stripEnumerator, yearOf } from './normalize-label';
import { listItemsOfCell, titledItem } from './text-sections';
import { annualPair, annualPairColumn, periodColumn, readPeriodMoneyRow, stageOf } from './period-column';
import { TOTAL_CAPTION, TaskBlockReader } from './task-block-reader';
import { BudgetBlockReader } from './budget-block-reader';
import { budgetSentenceOf } from './budget-captions';
import { figuresBesideBlockLabel, isMoneyCaption, withoutBlockLabel } from './money-block-label';
import { FIELD_NAMES, valueShift, withoutCentredBlockLabel } from './label-columns';
export { FIELD_NAMES } from './label-columns';
import { monthKey } from './plan-months';
export { totalOf } from './total-row';
import { isNameField, namePiecesUnder, type OpenName } from './wrapped-names';
import { TextContinuations } from './text-continuations';

const DECLARED_IN_LABEL = /[（(](调整前|申报|申请|原定?)[）)]$/;

const PERIOD_LEAD = /^(全年|年度|本年|当年|本期)/;

// 目标1, 目标2：, 措施3 — the cell that numbers an item of 分项绩效目标 / 工作保障措施.
// The column headings of a 分项绩效目标 / 工作保障措施 sub-table: 序号, 目标名称, 措施内容, 具体内容…
const LIST_HEADING = /^(?:序号|(?:分项)?(?:绩效)?(?:目标|措施|任务)?(?:名称|内容|说明|描述|标题)|(?:主要|具体)(?:内容|措施))$/;
const ITEM_NUMBER = /^(?:分项)?(?:绩效)?(?:目标|措施|任务)\s*[0-9一二三四五六七八九十]{1,3}\s*[：:.、．]?$/;

/**
 * Reads the form's header area row by row: label/value pairs in one row, label rows with
 * their values in the row below (matched by column), the spending plan under its month
 * captions, the self-evaluation budget block (BudgetBlockReader), the task list (TaskBlockReader), and
 * label-less text rows, which go to the field the last label left waiting (else the goal).
 */
export class HeaderFieldReader {
  private pending: FieldKey | null = null;
  private labelCols: Map<number, FieldKey> | null = null;
  private monthCols: Map<number, PlanKey> | null = null;
  /** The column of the year's amounts under period captions (中期资金总额 | 年度资金总额). */
  private periodCol: number | null = null;
  /** The annual pair's label column under 中期资金总额： | … | 年度资金总额： | … pairs. */
  private pairCol: number | null = null;
  /** The period captions follow a money caption (项目资金 | 调整前 | 调整后): bare amounts below are the budget. */
  private periodMoney = false;
  /** 分项绩效目标 / 工作保障措施 as a label cell over several rows of items. */
  private listRows: { key: 'sub_goals' | 'measures'; after: number } | null = null;
  /** A text field just filled from its label's row whose sentence the row's end cut off (a wrapped paragraph). */
  private readonly continuations: TextContinuations;
  /** Names the row above just read from the cell after their labels: a wrapped name's rest may stand under them. */
  private openNames: OpenName[] = [];

  private readonly budget: BudgetBlockReader;
  private readonly tasks: TaskBlockReader;

  constructor(private readonly sink: FormSink) {
    this.budget = new BudgetBlockReader(sink);
    this.tasks = new TaskBlockReader(sink);
    this.continuations = new TextContinuations(sink);
  }

  /** The budget captions are read and their amounts not yet: a 合计 row now is the budget's. */
  get expectsBudgetRow(): boolean {
    return this.budget.expectsRow;
  }

  /** Forgets what the rows above announced: an indicator table came in between. */
  reset(): void {
    this.pending = null;
    this.labelCols = null;
    this.monthCols = null;
    this.budget.reset();
    this.tasks.reset();
    this.listRows = null;
    this.periodCol = null;
    this.pairCol = null;
    this.continuations.reset();
    this.openNames = [];
  }

  /**
   * 预算执行情况 | 项目年初预算数86.5万元，…，得分10分。 — the budget block written as a sentence in one
   * cell, beside a caption that names no text field (a goal's cell telling the money stays the goal).
   */
  private readBudgetSentence(filled: GridCell[]): boolean {
    if (this.sink.kind !== 'project_self_evaluation' || filled.length > 2) return false;
    const values = budgetSentenceOf(filled[filled.length - 1]!.text);
    if (!values) return false;
    const label = filled.length === 2 ? matchLabel(filled[0]!.text, this.sink.kind) : null;
    if (label && label.key !== 'caption' && isTextField(label.key)) return false;
    this.sink.setBudget(values);
    return true;
  }

  readRow(cells: GridCell[], line: number | null): void {
    let filled = cells.filter((c) => !isBlank(c.text));
    const openNames = this.openNames;
    this.openNames = [];
    if (filled.length === 0) return;
    if (this.continuations.continues(cells, filled)) return;
    const names = namePiecesUnder(filled, openNames, this.sink.kind);
    if (names) {
      for (const piece of names) this.sink.append(piece.key, piece.text);
      return;
    }
    // 其中：财政拨款 | 18,000.00 | 其中：财政拨款 | 6,000.00 under a long-term and an annual pair: the year's.
    const yearPair = this.pairCol != null ? annualPair(filled, this.pairCol) : null;
    this.pairCol = yearPair ? this.pairCol : annualPairColumn(filled);
    if (yearPair) filled = yearPair;
    for (const c of filled) this.sink.noteMoneyUnit(c.text);
    // 年度绩效目标 | 调整前 | text over 调整后 | text: the declared text is not the form's, the
    // approved one fills the field the label left waiting.
    const stages = filled.map((c) => stageOf(c.text));
    // 年度绩效目标（调整前） | text above 年度绩效目标（调整后） | text: the stage is in the label's
    // brackets; the declared text is not the form's, the adjusted row below fills the field.
    const labelStage = DECLARED_IN_LABEL.test(trimText(filled[0]!.text)) ? matchLabel(filled[0]!.text, this.sink.kind) : null;
    if (labelStage && isTextField(labelStage.key)) return;
    // 项目资金 | 申报金额 | 7,200.00 | 批复金额 | 6,480.00: the approved amount is the budget.
    const amountAfter = (i: number) => (stages[i] != null && filled[i + 1] && parseAmount(filled[i + 1]!.text) != null ? filled[i + 1]!.text : null);
    const approvedAmounts = stages.map((s, i) => (s === 'approved' ? amountAfter(i) : null)).filter((v) => v != null);
    if (approvedAmounts.length === 1 && stages.some((s, i) => s === 'declared' && amountAfter(i) != null) && isMoneyCaption(filled[0]!.text) && this.sink.supports('budget_total_wan')) {
      this.sink.set('budget_total_wan', approvedAmounts[0]!);
      return;
    }
    const stageAt = stages.findIndex((s) => s != null);
    const staged = stageAt >= 0 && stages.filter((s) => s != null).length === 1 ? filled[stageAt + 1] : undefined;
    if (staged && parseAmount(staged.text) == null && trimText(staged.text).length > 12) {
      if (stages[stageAt] === 'declared') {
        const label = stageAt > 0 ? matchLabel(filled[0]!.text, this.sink.kind) : null;
        if (label && label.value == null && isTextField(label.key) && !this.sink.has(label.key)) this.pending = label.key;
        return;
      }
      filled = filled.filter((_, i) => i !== stageAt);
    }
    const at = (col: number) => cells.find((c) => col >= c.start && col < c.start + c.span)?.text ?? null;

    if (this.monthCols) {
      const cols = this.monthCols;
      this.monthCols = null;
      let any = false;
      for (const [col, key] of cols) if (this.sink.setPlan(key, at(col))) any = true;
      if (any || filled.every((c) => parseAmount(c.text) != null)) return;
    }
    if (this.readMonths(cells)) return;
    if (this.readBudgetSentence(filled)) return;
    if (this.budget.readAmounts(filled, at)) return;
    if (this.budget.readPairs(filled)) return;
    if (this.budget.readCaptions(cells)) return;
    if (this.tasks.readRow(cells, filled, at)) return;
    if (this.tasks.readHeader(cells)) return;
    if (this.listRows) {
      const after = filled.filter((c) => c.start >= this.listRows!.after);
      // A browser copy leaves the label's rowspan cell out: 目标2 | text arrives shifted left.
      const numbered = ITEM_NUMBER.test(trimText(filled[0]!.text));
      // A label ends the list, unless it is the item's title.
      if ((after.length === filled.length || numbered) && (this.isTitledItem(after) || !filled.some((c) => matchLabel(c.text, this.sink.kind)))) {
        this.pushListRow(this.listRows.key, after);
        return;
      }
      this.listRows = null;
    }
    if (this.periodCol != null) {
      const col = this.periodCol;
      const row = withoutBlockLabel(filled, this.sink.kind);
      const head = row[0]!;
      const m = head.start < col ? matchLabel(head.text, this.sink.kind) : null;
      // 资金总额 | 3,600.00 | 1,200.00 under 中期资金总额 | 年度资金总额: the row's field takes the year's amount.
      // A remark after the year's column (调整原因) does not make the row something else.
      if (m && m.value == null && m.key !== 'caption' && parseAmount(at(col)) != null && row.slice(1).every((c) => c.start > col || parseAmount(c.text) != null || isPlaceholder(c.text))) {
        this.labelCols = null;
        this.sink.set(m.key, at(col));
        return;
      }
      // 项目资金（万元） | 调整前 | 调整后 over a row of bare amounts (the caption merged down): the budget.
      if (this.periodMoney && filled.every((c) => parseAmount(c.text) != null) && parseAmount(at(col)) != null && this.sink.supports('budget_total_wan')) {
        this.labelCols = null;
        this.periodCol = null;
        this.sink.set('budget_total_wan', at(col));
        return;
      }
      this.periodCol = null;
    }
    const unlabelled = this.labelCols ? withoutCentredBlockLabel(filled, this.labelCols, this.sink.kind) : null;
    if (unlabelled?.length === 0) return;
    if (unlabelled) filled = unlabelled;
    const period = this.labelCols ? readPeriodMoneyRow(filled, this.labelCols, this.sink) : null;
    if (period === 'annual') this.labelCols = null;
    if (period) return;
    // 部门支出预算总量 | 合计 (merged down) | 按资金来源 … over | | 政府预算资金 | …: a caption merged down over
    // the next row of captions keeps its column for the figures under both.
    let carried: Array<[number, FieldKey]> = [];
    if (this.labelCols) {
      const cols = this.labelCols;
      this.labelCols = null;
      const figures = figuresBesideBlockLabel(filled, cols, this.sink.kind);
      const lead = Math.min(...cols.keys());
      carried = [...cols].filter(([col, key]) => col > lead && key !== 'caption' && cells.some((c) => c.start === col && c.merged && isBlank(c.text)));
      if (!figures.some((c) => matchLabel(c.text, this.sink.kind))) {
        const shift = valueShift(cols, figures);
        if (shift > 0) {
          for (const c of figures) this.sink.set(cols.get(c.start + shift) ?? 'caption', c.text);
          return;
        }
        for (const [col, key] of cols) if (key !== 'caption') this.sink.set(key, at(col));
        return;
      }
    }
    this.periodCol = periodColumn(filled);
    this.periodMoney = this.periodCol != null && isMoneyCaption(filled[0]!.text);
    this.readLabels(filled, line);
    // readLabels may have set the captions' columns anew (TypeScript cannot see through the call).
    const below = this.labelCols as Map<number, FieldKey> | null;
    if (below) for (const [col, key] of carried) if (!below.has(col)) below.set(col, key);
  }

  /**
   * A value cell holding several `label：amount` lines (a small table flattened into the cell:
   * 资金总额：2,400.00 / 其中：财政拨款 2,400.00): each line fills its own field.
   */
  private readLabelledLines(text: string, minPieces = 2, amountsOnly = false, commas = false): boolean {
    if (text.length > 200) return false;
    // Pieces end at a line break or a semicolon: 其中：财政资金45,000.00万元；其他资金0.00万元; in a sentence
    // also at a comma that groups no thousands (资金总额5,236.80万元，其中：财政拨款4,936.80万元).
    const lines = text.split(commas ? /[\n；;，]|,(?!\d{3})/ : /[\n；;]/).map((l) => trimText(l).replace(/^其中[：:]\s*/, '').replace(/[。，,]$/, '')).filter((l) => l !== '');
    if (lines.length < minPieces) return false;
    const found = lines.map((l) => {
      const spaced = /^([^\d：:]{2,14}?)[\s\u3000]*([+-]?\d[\d,]*(?:\.\d+)?[\s\u3000]*(?:万元|元)?)$/.exec(l);
      const m = matchLabel(spaced ? `${spaced[1]}：${spaced[2]}` : l, this.sink.kind);
      if (amountsOnly && (m == null || isTextField(m.key))) return null;
      return m && m.value != null && (m.key !== 'caption' || parseAmount(m.value) != null) ? m : null;
    });
    // A known caption with its amount (其他资金 on a department's form, which has no field for it)
    // is part of the block, not a sign that the lines are something else.
    if (found.some((m) => m == null) || found.every((m) => m!.key === 'caption')) return false;
    for (const m of found) if (m!.key !== 'caption') this.sink.set(m!.key, m!.value);
    return true;
  }

  /** 项目资金 | text: a list item whose title reads as a field label without a value, followed by text, not amounts. */
  private isTitledItem(cells: GridCell[]): boolean {
    return cells.length >= 2 && matchLabel(cells[0]!.text, this.sink.kind)?.value == null
      && cells.slice(1).every((c) => parseAmount(c.text) == null && !matchLabel(c.text, this.sink.kind));
  }

  private pushListRow(key: 'sub_goals' | 'measures', cells: GridCell[]): void {
    const texts = cells.map((c) => trimText(c.text)).filter((t) => t !== '');
    // 目标名称 | 目标内容: the sub-table's column headings (as this system's own export prints them), not an item.
    if (texts.length >= 2 && texts.every((t) => LIST_HEADING.test(t))) return;
    if (texts.length >= 2) {
      // 目标1：大气污染防治 — the number and its word are the enumerator, not the title.
      const title = stripEnumerator(texts[0]!).replace(/^(?:分项)?(?:绩效)?(?:目标|措施|任务)\s*[0-9一二三四五六七八九十]{1,3}\s*(?:[：:.、．]\s*|$)/, '');
      if (title === '') {
        // 目标1 | 稳定粮食生产… — the first cell only numbers the item: the text cell is the item.
        const item = titledItem(stripEnumerator(texts.slice(1).join('')));
        this.sink.pushTitled(key, item.title, item.text);
        return;
      }
      this.sink.pushTitled(key, title.replace(/[。：:]$/, ''), texts.slice(1).join(''));
      return;
    }
    for (const item of listItemsOfCell(texts[0] ?? '')) this.sink.pushTitled(key, item.title, item.text);
  }

  private readMonths(cells: GridCell[]): boolean {
    const months = cells.map((c, i) => ({ i, key: monthKey(c.text) })).filter((m) => m.key != null);
    if (months.length === 0) return false;
    let direct = false;
    for (const m of months) {
      const next = cells[m.i + 1];
      if (next && parseAmount(next.text) != null && monthKey(next.text) == null) direct = this.sink.setPlan(m.key!, next.text) || direct;
    }
    if (!direct && months.length >= 2) {
      this.monthCols = new Map(months.map((m) => [cells[m.i]!.start, m.key!]));
    }
    return direct || months.length >= 2;
  }

  private readLabels(filled: GridCell[], line: number | null): void {
    const kind = this.sink.kind;
    const matches = filled.map((c) => matchLabel(c.text, kind));
    // The cell after a text label is its value even when it ends like another label (项目名称 | 信创项目资金): only
    // a label written out in full, or the same label restated (绩效目标 | 预算年度（2024年）绩效目标), starts a pair.
    for (let i = 1; i < matches.length; i++) {
      const before = matches[i - 1];
      const m = matches[i];
      // A period word in front (全年实际完成情况, 本年完成情况) only dates a label: that is still a label.
      const dated = PERIOD_LEAD.test(normalizeLabel(filled[i]!.text));
      if (m?.lead && !dated && before && before.value == null && isTextField(before.key) && m.key !== before.key) matches[i] = null;
    }
    let labels = 0;
    let values = 0;
    // Columns whose values the row below holds: every label, and the 合计 column an amount label announces.
    const cols = new Map<number, FieldKey>();
    for (let i = 0; i < filled.length; i++) {
      const m = matches[i];
      if (!m) {
        // A cell of its own 'label amount' pieces (其中：财政资金45,000.00万元；其他资金0.00万元).
        if (i > 0 && this.readLabelledLines(filled[i]!.text, 1, true)) values++;
        continue;
      }
      labels++;
      cols.set(filled[i]!.start, m.key);
      if (m.year != null && this.sink.year == null) this.sink.year = m.year;
      // 基本支出：1,280.40⏎项目支出：582.00 in one cell (an unknown caption before it): every line its own pair.
      if (m.value != null && filled[i]!.text.includes('\n') && this.readLabelledLines(filled[i]!.text)) { values++; continue; }
      if (m.value != null) { values++; this.sink.set(m.key, m.value); continue; }
      if ((m.key === 'sub_goals' || m.key === 'measures') && i + 1 < filled.length && (!matches[i + 1] || this.isTitledItem(filled.slice(i + 1)))) {
        // The rest of the row is the list's first item (title | text, or one cell of numbered items).
        this.pushListRow(m.key, filled.slice(i + 1));
        this.listRows = { key: m.key, after: filled[i]!.start + filled[i]!.span };
        return;
      }
      const next = filled[i + 1];
      // 年度主要任务 | a table inside the cell (任务名称 | 主要内容 | 预算金额 over one row per task).
      if (m.key === 'tasks' && next && next.text.includes('\t') && this.tasks.readNested(next.text)) {
        values++;
        i++;
        continue;
      }
      if (next && next.text.includes('\n') && this.readLabelledLines(next.text)) {
        values++;
        i++;
        continue;
      }
      // 年度预算（万元） | 资金总额5,236.80万元，其中：财政拨款4,936.80万元；基本支出…: the money block written as
      // one sentence of label-amount pieces in the value's cell; every piece fills its own field.
      if (next && !matches[i + 1] && !isTextField(m.key) && this.readLabelledLines(next.text, 2, true, true)) {
        values++;
        i++;
        continue;
      }
      if (next && !matches[i + 1]) {
        // 项目资金（万元） | 合计 | 一般公共预算 …: under a money caption, the 合计 column is the form's budget.
        const totalKey: FieldKey | null = m.key !== 'caption' ? m.key : isMoneyCaption(filled[i]!.text) && this.sink.supports('budget_total_wan') ? 'budget_total_wan' : null;
        if (totalKey && !isTextField(totalKey) && TOTAL_CAPTION.test(normalizeLabel(next.text))) {
          // 部门预算总额 | 合计 | 12,500.00 — the amount in the same row, the captions' rows below it.
          const after = filled[i + 2];
          if (after && !matches[i + 2] && parseAmount(after.text) != null && this.sink.set(totalKey, after.text)) {
            values++;
            i += 2;
            continue;
          }
          cols.set(next.start, totalKey);
          // The 合计 column is a caption of the block as much as a source's would be.
          labels++;
          i++;
          continue;
        }
        // 项目资金（万元） | 1,260.00 (the row ends or the next label follows): the caption states the whole amount, as 项目资金：1,260.00 does;
        // a remark after it (860.00（其中：财政资金800.00万元，其他资金60.00万元）) breaks the amount down.
        if (m.key === 'caption' && (filled.length === i + 2 || matches[i + 2] != null) && isWholeMoneyCaption(filled[i]!.text) && this.sink.supports('budget_total_wan') && (parseAmount(next.text) ?? leadingAmount(next.text)) != null && this.sink.set('budget_total_wan', next.text)) {
          values++;
          i++;
          continue;
        }
        const took = this.sink.set(m.key, next.text);
        if (took && isNameField(m.key)) this.openNames.push({ key: m.key, start: next.start });
        if (took && i + 2 === filled.length) this.continuations.opened(m.key, filled[i]!.start, next.start, next.text);
        if (!took && m.key === 'caption') continue;
        // Words beside an amount label are the next caption (其他资金), not its value.
        if (took || isTextField(m.key) || parseAmount(next.text) != null) values++;
        i++;
        continue;
      }
      if (isTextField(m.key) && !this.sink.has(m.key)) this.pending = m.key;
      // 预算规模及资金用途 announces the text row below it even when it names no field of its own.
    }
    if (labels >= 2 && values === 0) {
      if ([...cols.values()].some((k) => k !== 'caption')) this.labelCols = cols;
      return;
    }
    if (labels > 0) return;
    this.readLabelless(filled, line);
  }

  /** Text the label pending from the row above takes: sentences, not a short caption-and-value. */
  private isPendingText(text: string): boolean {
    return this.pending != null && !this.sink.has(this.pending) && text.length >= 20 && /[，。；]/.test(text);
  }

  private readLabelless(filled: GridCell[], line: number | null): void {
    if (filled.length !== 1) return;
    const text = trimText(filled[0]!.text);
    const org = splitOrgCode(text);
    if (org && org.name.length <= 40 && !/[，。；]/.test(org.name)) { this.sink.setOrgCode(org.code!, org.name); return; }
    if (isYearNote(text)) { if (this.sink.year == null) this.sink.year = yearOf(text); return; }
    if (text.length < 6 || parseAmount(text) != null) return;
    // 金额单位：万元, 填报人：张三 — an unknown caption with its value, not a field's text; but under a text
    // field's label left alone on the row above, numbered sentences (目标1：…。⏎目标2：…) are that field's text.
    if (/^[^，。；,;]{1,10}[：:]/.test(text) && !this.isPendingText(text)) return;
    const target = this.pending && !this.sink.has(this.pending) ? this.pending : !this.sink.has('goal') ? 'goal' : null;
    this.pending = null;
    if (target && this.sink.set(target, text)) {
      this.sink.warn('field_without_label', `第 ${line ?? '?'} 行的文字没有栏目名，已按位置归入“${FIELD_NAMES[target] ?? target}”，请核对。`);
      return;
    }
    this.sink.warn('text_unassigned', `第 ${line ?? '?'} 行的文字没有栏目名，无法判断归属，已忽略：“${text.slice(0, 30)}”。`);
  }
}
