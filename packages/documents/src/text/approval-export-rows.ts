import type { SourceBlock, SourceRow } from '../model/source-document';

// An approval platform's export (钉钉 / 企业微信 / 飞书 审批, an OA's 表单数据导出): one approval a row, the platform's
// own columns (审批编号, 审批状态, 发起人 …) beside the form's fields, and the form's detail table (明细) flattened
// into ONE cell per approval: `明细1⏎一级指标：产出指标⏎指标名称：…⏎指标值：≥95%⏎明细2⏎…` or
// `指标名称:…;指标值:…|指标名称:…`. Each approval still standing is a form, each of its records an indicator row.

const RECORD_START = /^\s*(?:明细|第)\s*\d{1,3}\s*(?:条|项|行)?\s*[：:]?\s*$/;
const RECORD_SEPARATOR = /[|｜]/;
const PIECE_SEPARATOR = /(\r?\n|[;；])/;
// A field label is short and holds no punctuation a value sentence would: `指标名称:` yes, `其中：…` in a reason no.
const PAIR = /^\s*([^\s：:；;|｜，,。、（）()]{2,12})\s*[：:]\s*([\s\S]*)$/;
const NAME_LABEL = /^(?:三级指标|三级指标名称|指标名称|绩效指标名称|具体指标)$/;

// The platform's columns say who filed the approval and how it went, not what the form says.
const PLATFORM_CAPTION = /^(?:序号|编号|审批编号|审批单号|单号|流水号|实例ID|标题|审批标题|审批状态|审批结果|流程状态|单据状态|状态|(?:审批)?(?:发起|提交|申请|完成|结束|创建|更新|修改)时间|(?:发起|申请|提交|创建)人.*|(?:历史|当前)?(?:审批|处理)人.*|审批记录.*|审批意见|审批耗时|耗时|抄送人.*|附件.*|审批流程)$/i;
const STATUS_CAPTION = /^(?:审批状态|审批结果|流程状态|单据状态|状态)$/;
// Withdrawn by its sender (or voided): the approval no longer stands for a form. A rejected one was filed and is.
const WITHDRAWN = /撤销|撤回|作废|已删除/;

type DetailRecord = Map<string, string>;

function closeRecord(records: DetailRecord[], current: DetailRecord): DetailRecord {
  if (current.size > 0) records.push(current);
  return new Map();
}

/** The records of one detail cell, in order; a record lacking a name is none. */
export function parseDetailRecords(text: string): DetailRecord[] {
  const records: DetailRecord[] = [];
  for (const group of text.split(RECORD_SEPARATOR)) {
    let current: DetailRecord = new Map();
    let lastLabel: string | null = null;
    const parts = group.split(PIECE_SEPARATOR);
    for (let i = 0; i < parts.length; i += 2) {
      const piece = parts[i]!;
      const separator = parts[i - 1] ?? '';
      if (piece.trim() === '') {
        // A blank line sets records apart; an empty piece beside `;` (a trailing separator) does not.
        if (separator.includes('\n') && (parts[i + 1] ?? '').includes('\n')) {
          current = closeRecord(records, current);
          lastLabel = null;
        }
        continue;
      }
      if (RECORD_START.test(piece)) {
        current = closeRecord(records, current);
        lastLabel = null;
        continue;
      }
      const pair = PAIR.exec(piece);
      if (pair) {
        const label = pair[1]!;
        // A label met again in the same record opens the next record (records written without a separator).
        if (current.has(label)) current = closeRecord(records, current);
        current.set(label, pair[2]!.trim());
        lastLabel = label;
      } else if (lastLabel != null && current.has(lastLabel)) {
        // A value that ran on past a separator of its own (`…；…` in a reason).
        current.set(lastLabel, `${current.get(lastLabel)!}${separator.trim()}${piece.trim()}`);
      }
    }
    closeRecord(records, current);
  }
  return records.filter((r) => r.size >= 2 && [...r.entries()].some(([label, value]) => NAME_LABEL.test(label) && value !== ''));
}

function headerIndex(rows: SourceRow[]): number {
  for (let i = 0; i < Math.min(rows.length, 4); i++) {
    if (rows[i]!.cells.filter((c) => c.text.trim() !== '').length >= 4) return i;
  }
  return -1;
}

/** The column whose filled cells are all detail records (two fields a record at least); -1 when none is. */
function detailColumn(header: SourceRow, data: SourceRow[]): number {
  return header.cells.findIndex((cell, index) => {
    if (cell.text.trim() === '' || NAME_LABEL.test(cell.text.trim())) return false;
    const filled = data.map((r) => r.cells[index]?.text ?? '').filter((t) => t.trim() !== '');
    return filled.length > 0 && filled.every((t) => parseDetailRecords(t).length > 0);
  });
}

/**
 * An approval export → a flat table of one row per indicator: each standing approval's form columns repeated on
 * its detail records' rows, the records' labels as the captions after them. Rows above the header (the export's
 * title) stay as text. Null when the table is no such export.
 */
export function unfoldApprovalExport(rows: SourceRow[]): SourceBlock[] | null {
  const h = headerIndex(rows);
  if (h < 0) return null;
  const header = rows[h]!;
  if (header.cells.some((c) => (c.colSpan ?? 1) > 1)) return null;
  const data = rows.slice(h + 1).filter((r) => r.cells.some((c) => c.text.trim() !== ''));
  const detail = detailColumn(header, data);
  if (detail < 0) return null;
  const captions = header.cells.map((c) => c.text.trim());
  const status = captions.findIndex((c) => STATUS_CAPTION.test(c));
  const kept = captions.map((caption, index) => ({ caption, index }))
    .filter((c) => c.index !== detail && c.caption !== '' && !PLATFORM_CAPTION.test(c.caption));
  const standing = data.filter((r) => status < 0 || !WITHDRAWN.test(r.cells[status]?.text ?? ''));
  const parsed = standing.map((row) => ({ row, records: parseDetailRecords(row.cells[detail]?.text ?? '') }));
  const fields: string[] = [];
  for (const { records } of parsed) for (const r of records) for (const label of r.keys()) if (!fields.includes(label)) fields.push(label);
  const out: SourceRow[] = [{ line: header.line, cells: [...kept.map((c) => ({ text: c.caption })), ...fields.map((text) => ({ text }))] }];
  for (const { row, records } of parsed) {
    const own = kept.map((c) => ({ text: row.cells[c.index]?.text ?? '' }));
    for (const r of records) out.push({ line: row.line, cells: [...own, ...fields.map((f) => ({ text: r.get(f) ?? '' }))] });
  }
  const above: SourceBlock[] = rows.slice(0, h).flatMap((r) => {
    const text = r.cells.map((c) => c.text.trim()).filter(Boolean).join(' ');
    return text === '' ? [] : [{ kind: 'text' as const, text, line: r.line }];
  });
  return [...above, { kind: 'table', rows: out }];
}
