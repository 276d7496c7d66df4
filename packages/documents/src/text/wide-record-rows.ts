import type { SourceBlock, SourceRow } from '../model/source-document';
import { unfoldApprovalExport } from './approval-export-rows';
import { unfoldIndicatorQuestions } from './question-indicator-columns';

// An online collection form's export (收集表 / 问卷 / 填报系统 导出): one row per submission, the questions as
// columns (`4.实施单位`), and the indicators as numbered column groups (`9.绩效指标1-三级指标 | 9.绩效指标1-指标值 |
// … | 9.绩效指标2-三级指标 …`). Each submission is a form; each of its groups an indicator row.
const QUESTION_NUMBER = /^\s*\d{1,3}\s*[.．、]\s*/;
// 金山 / WPS 收集表 write the field straight after the number (`指标1名称 | 指标1指标值 | 指标1单位`).
const GROUP_CAPTION = /^(.{0,12}?指标)\s*(\d{1,2})\s*[-－—_·.．、：:]?\s*(.{2,12})$/;
const NAME_FIELD = /^(三级指标|指标名称|绩效指标名称|具体指标)$/;
// A bare field under `指标N` names the indicator's own name, levels or unit: written out as a flat header says it.
const BARE_FIELDS: Record<string, string> = { 名称: '指标名称', 类别: '指标类别', 类型: '指标类别', 单位: '计量单位', 计量单位: '计量单位' };

// The export's own columns, named for the submission rather than asked (金山 / 腾讯 / 问卷星 / 金数据 exports): who sent
// it, when, from where and how long it took. Unnumbered questions leave these as the only tell.
const SUBMISSION_CAPTION = /^(?:序号|编号|答卷编号|提交序号|提交时间|提交者|提交人|提交者昵称|填写人|填写时间|填写时长|答题时长|答题时间|开始答题时间|结束答题时间|开始时间|结束时间|来源|来源渠道|来源详情|IP|IP地址|IP属地|填写设备|设备|微信昵称|昵称|更新时间|修改时间|最后修改时间|创建时间|创建人)(?:[（(][^）)]*[）)])?$/i;

interface Column { index: number; caption: string; group: number | null; field: string; numbered: boolean }

function columnsOf(header: SourceRow): Column[] | null {
  const columns: Column[] = header.cells.map((c, index) => {
    const caption = c.text.replace(QUESTION_NUMBER, '').trim();
    const numbered = QUESTION_NUMBER.test(c.text);
    const m = GROUP_CAPTION.exec(caption);
    if (!m) return { index, caption, group: null, field: caption, numbered };
    const field = m[3]!.trim();
    return { index, caption, group: Number(m[2]), field: BARE_FIELDS[field] ?? field, numbered };
  });
  const named = new Set(columns.filter((c) => c.group != null && NAME_FIELD.test(c.field)).map((c) => c.group));
  // Two groups at least, each with a name: one numbered caption alone is a question, not a repeated block.
  if (named.size < 2 || header.cells.some((c) => (c.colSpan ?? 1) > 1)) return null;
  return columns;
}

function unfold(rows: SourceRow[], columns: Column[]): SourceBlock[] {
  const groups = [...new Set(columns.filter((c) => c.group != null).map((c) => c.group!))].sort((a, b) => a - b);
  const fields = [...new Set(columns.filter((c) => c.group != null).map((c) => c.field))];
  // The export's own columns (编号, 提交者, 提交时间 — no question number where the questions have one) say who
  // sent the answers, not what they are.
  const numbered = columns.filter((c) => c.numbered).length * 2 > columns.length;
  const answers = columns.filter((c) => c.group == null && c.caption !== '' && !SUBMISSION_CAPTION.test(c.caption) && (c.numbered || !numbered));
  const header: SourceRow = { line: rows[0]!.line, cells: [...answers.map((c) => ({ text: c.caption })), ...fields.map((f) => ({ text: f }))] };
  const out: SourceRow[] = [header];
  for (const row of rows.slice(1)) {
    const text = (i: number) => row.cells[i]?.text ?? '';
    const own = answers.map((c) => ({ text: text(c.index) }));
    for (const g of groups) {
      const cells = fields.map((f) => {
        const col = columns.find((c) => c.group === g && c.field === f);
        return { text: col ? text(col.index) : '' };
      });
      if (cells.some((c) => c.text.trim() !== '')) out.push({ line: row.line, cells: [...own, ...cells] });
    }
  }
  // As a flat export prints it: one row per indicator, the submission's answers repeated on each.
  return [{ kind: 'table', rows: out }];
}

/** Turns each collection-form or approval export table into a flat table of one row per indicator. */
export function unfoldWideRecords(blocks: SourceBlock[]): SourceBlock[] {
  return blocks.flatMap((block) => {
    if (block.kind !== 'table' || block.rows.length < 2) return [block];
    const columns = columnsOf(block.rows[0]!);
    if (columns) return unfold(block.rows, columns);
    const approvals = unfoldApprovalExport(block.rows);
    if (approvals) return approvals;
    return [unfoldIndicatorQuestions(block.rows, (caption) => SUBMISSION_CAPTION.test(caption)) ?? block];
  });
}
