import type { SourceBlock, SourceRow } from '../model/source-document';

// An online collection form's export (收集表 / 问卷 / 填报系统 导出): one row per submission, the questions as
// columns (`4.实施单位`), and the indicators as numbered column groups (`9.绩效指标1-三级指标 | 9.绩效指标1-指标值 |
// … | 9.绩效指标2-三级指标 …`). Each submission is a form; each of its groups an indicator row.
const QUESTION_NUMBER = /^\s*\d{1,3}\s*[.．、]\s*/;
const GROUP_CAPTION = /^(.{0,12}?指标)\s*(\d{1,2})\s*[-－—_·.．、：:]\s*(.{2,12})$/;
const NAME_FIELD = /^(三级指标|指标名称|绩效指标名称|具体指标)$/;

interface Column { index: number; caption: string; group: number | null; field: string; numbered: boolean }

function columnsOf(header: SourceRow): Column[] | null {
  const columns: Column[] = header.cells.map((c, index) => {
    const caption = c.text.replace(QUESTION_NUMBER, '').trim();
    const numbered = QUESTION_NUMBER.test(c.text);
    const m = GROUP_CAPTION.exec(caption);
    return m ? { index, caption, group: Number(m[2]), field: m[3]!.trim(), numbered } : { index, caption, group: null, field: caption, numbered };
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
  const answers = columns.filter((c) => c.group == null && c.caption !== '' && (c.numbered || !numbered));
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

/** Turns each collection-form export table into a flat table of one row per indicator. */
export function unfoldWideRecords(blocks: SourceBlock[]): SourceBlock[] {
  return blocks.flatMap((block) => {
    if (block.kind !== 'table' || block.rows.length < 2) return [block];
    const columns = columnsOf(block.rows[0]!);
    return columns ? unfold(block.rows, columns) : [block];
  });
}
