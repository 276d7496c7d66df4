import { foldWidth, parseAmount } from '@jixiao/core';
import { cellAt, type GridCell } from './grid-cells';
import { fieldLabelOf, labelKey, type FieldLabel } from './monitoring-columns';

/** What the rows above a monitoring table's indicator header (and the captions above the table) say. */
export interface MonitoringFields {
  project_name: string | null;
  project_code: string | null;
  supervisor: string | null;
  org: string | null;
  budget_wan: number | null;
  executed_wan: number | null;
  execution_rate: number | null;
  deviation_reason: string | null;
  measures: string | null;
  expected_completion: string | null;
  /** The label of the 1-m月执行数 cell, whose months are the period's too. */
  executed_label: string | null;
}

interface Found {
  field: FieldLabel;
  label: string;
  value: string;
}

const isLabel = (text: string) => fieldLabelOf(text) != null || fieldLabelOf(text.split(/[:：]/)[0] ?? '') != null;

/**
 * Label/value pairs of the block above the indicator header: a label with its value in the next cell (项目名称 | X),
 * or a row of labels over a row of values (年初预算数 | 全年预算数 | 1-8月执行数 | 执行率 over the figures, matched by
 * grid column), or `label：value` in one cell.
 */
function pairsOf(rows: readonly GridCell[][]): Found[] {
  const out: Found[] = [];
  rows.forEach((cells, i) => {
    const below = rows[i + 1];
    // A row of figures may open with its own label (年度资金总额 | 860 | 860 | 402.5): values outnumber labels in it.
    const belowCells = below?.filter((c) => c.text !== '' && !c.merged) ?? [];
    const belowLabels = belowCells.filter((c) => isLabel(c.text)).length;
    const belowIsValues = below != null && belowCells.length - belowLabels > belowLabels;
    cells.forEach((cell, k) => {
      if (cell.merged || cell.text === '') return;
      const inline = /^([^:：]{2,16})[:：]\s*(.+)$/.exec(cell.text);
      if (inline && fieldLabelOf(inline[1]!)) {
        out.push({ field: fieldLabelOf(inline[1]!)!, label: inline[1]!, value: inline[2]!.trim() });
        return;
      }
      const field = fieldLabelOf(cell.text);
      if (!field) return;
      // A row of labels over a row of values pairs by column first: the cell beside a label is then another label.
      const under = belowIsValues ? cellAt(below, cell.col) : null;
      if (under && !under.merged && under.text !== '' && !isLabel(under.text)) {
        out.push({ field, label: cell.text, value: under.text });
        return;
      }
      const next = cells[k + 1];
      if (next && !next.merged && next.text !== '' && !isLabel(next.text)) out.push({ field, label: cell.text, value: next.text });
    });
  });
  return out;
}

/** `label：value` parts of a caption line (填报单位：X  金额单位：万元). */
function captionPairs(captions: readonly string[]): Found[] {
  const out: Found[] = [];
  for (const line of captions) {
    for (const part of foldWidth(line).split(/\s{2,}|\t|[\u3000]+/)) {
      const m = /^([^:：]{2,16})[:：]\s*(.+)$/.exec(part.trim());
      const field = m ? fieldLabelOf(m[1]!) : null;
      if (m && field) out.push({ field, label: m[1]!, value: m[2]!.trim() });
    }
  }
  return out;
}

/** An amount in 万元: a label or caption in 元 divides it by 10000. */
function amount(text: string, inYuan: boolean): number | null {
  const n = parseAmount(text.replace(/万元$|元$/, ''));
  if (n == null || n < 0) return null;
  return inYuan || /(?<!万)元$/.test(text.trim()) ? Math.round(n) / 10000 : n;
}

const saysYuan = (label: string) => /[（(]元[）)]|单位[:：]?元$/.test(labelKey(label));

/** 主管部门及代码 `412-某某市水务局`: the code before the name is not the name. */
function withoutCode(text: string): string {
  return text.replace(/^\s*[\dA-Za-z]{2,}[-－—_\s]+(?=[\u4e00-\u9fa5])/, '').trim();
}

export function readMonitoringFields(rows: readonly GridCell[][], captions: readonly string[]): MonitoringFields {
  // The table's own cells before its captions: a 填报单位 caption may be the 主管部门 filing for its 实施单位.
  const found = [...pairsOf(rows), ...captionPairs(captions)];
  const first = (field: FieldLabel) => found.find((f) => f.field === field) ?? null;
  const unitPair = first('amount_unit');
  const yuanTable = unitPair != null && /^元/.test(labelKey(unitPair.value));
  const money = (field: FieldLabel) => {
    const f = first(field);
    return f ? amount(f.value, yuanTable || saysYuan(f.label)) : null;
  };
  const rate = first('rate');
  const rateValue = rate ? parseAmount(rate.value.replace(/%$/, '')) : null;
  const text = (field: FieldLabel) => {
    const value = first(field)?.value.trim();
    return value ? value : null;
  };
  const supervisor = text('supervisor');
  const org = text('org');
  return {
    project_name: text('project_name'),
    project_code: text('project_code'),
    supervisor: supervisor ? withoutCode(supervisor) : null,
    org: org ? withoutCode(org) : null,
    // The year's budget as adjusted (全年预算数) is what execution is measured against, before the 年初 one.
    budget_wan: money('budget_adjusted') ?? money('budget_year') ?? money('budget_start'),
    executed_wan: money('executed'),
    execution_rate: rateValue != null && Number.isFinite(rateValue) ? rateValue : null,
    deviation_reason: text('reason'),
    measures: text('measures'),
    expected_completion: text('completion'),
    executed_label: first('executed')?.label ?? null,
  };
}
