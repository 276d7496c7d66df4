import type { FormKind } from '@jixiao/core';
import { parseAmount } from '@jixiao/core';
import type { FieldKey } from './field-labels';
import { matchLabel } from './field-labels';
import type { GridCell } from './flatten-source';
import { isPlaceholder } from './normalize-label';

/** A caption over amounts (项目资金, 资金来源, 预算情况), not over the spending plan's percentages. */
export function isMoneyCaption(text: string): boolean {
  return text.length <= 20 && /(资金|预算|金额)/.test(text) && !/(计划|进度|%|％)/.test(text);
}

/**
 * A money block's label centred on its rows (部门预算总额 over 资金总额 | 财政拨款 … captions and their
 * figures, a borderless page) prints beside the figures, left of every caption: the row's figures are
 * still the captions' values, the label only names the block.
 */
export function figuresBesideBlockLabel(filled: GridCell[], cols: Map<number, FieldKey>, kind: FormKind): GridCell[] {
  const head = filled[0];
  if (!head || filled.length < 2 || head.start + head.span > Math.min(...cols.keys())) return filled;
  const m = matchLabel(head.text, kind);
  if (!m || m.value != null || !(m.key === 'budget_total_wan' || (m.key === 'caption' && isMoneyCaption(head.text)))) return filled;
  const rest = filled.slice(1);
  return rest.every((c) => parseAmount(c.text) != null || isPlaceholder(c.text)) ? rest : filled;
}

/**
 * 项目资金（万元） | 资金总额 | 4,500.00 | 1,500.00: the block's label, centred on its rows (a borderless
 * page), printed before the row's own label. The row is the labelled figures without it.
 */
export function withoutBlockLabel(filled: GridCell[], kind: FormKind): GridCell[] {
  if (filled.length < 3) return filled;
  const m = matchLabel(filled[0]!.text, kind);
  if (!m || m.value != null || m.key !== 'caption' || !isMoneyCaption(filled[0]!.text)) return filled;
  const next = matchLabel(filled[1]!.text, kind);
  return next && next.value == null && next.key !== 'caption' ? filled.slice(1) : filled;
}
