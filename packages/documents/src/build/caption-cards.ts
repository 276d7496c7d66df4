import type { Item } from './flatten-source';
import { headerRole, type ColumnRole } from './header-map';

type TextItem = Extract<Item, { type: 'text' }>;

export interface CardRun { header: string[]; rows: Array<{ cells: string[]; line: number | null }>; end: number }

const CARD_ROLES: ReadonlyArray<ColumnRole> = ['level1', 'level2', 'name', 'description', 'weight', 'unit', 'nature', 'value', 'basis', 'method', 'actual', 'score', 'reason', 'note'];

function captionRole(text: string): ColumnRole | null {
  const role = headerRole(text, true) ?? headerRole(text);
  return role != null && CARD_ROLES.includes(role) ? role : null;
}

/**
 * A table as a phone browser's reader mode (or a narrow page's "card" layout) shows it: every row
 * a card of caption lines each followed by its cell (`一级指标` ⏎ `产出指标` ⏎ `二级指标` ⏎ `数量指标`
 * ⏎ `三级指标` ⏎ `…` ⏎ `指标值` ⏎ `≥3000`), the captions repeated for every row. The cards are the
 * table: one header of their captions, one row per card. A card opens where a caption comes back;
 * a run needs two cards with a name caption, and a cell line is never a caption itself.
 */
export function captionCardRun(items: Item[], start: number): CardRun | null {
  const cards: Array<{ fields: Map<string, string>; line: number | null }> = [];
  const header: string[] = [];
  let current: { fields: Map<string, string>; line: number | null } | null = null;
  let last = -1;
  let end = start;
  while (end + 1 < items.length && items[end]!.type === 'text' && items[end + 1]!.type === 'text') {
    const caption = (items[end] as TextItem).text.trim();
    const value = (items[end + 1] as TextItem).text.trim();
    const role = captionRole(caption);
    if (role == null || captionRole(value) != null) break;
    // Two captions of one role (指标值 and 目标值) would be two columns of the same thing: not a card.
    if (!header.includes(caption) && header.some((h) => captionRole(h) === role)) break;
    // Captions come in the header's order: one at or before the card's last opens the next card
    // (a card whose merged cells were left out starts further in: 三级指标 or 二级指标).
    const at = header.indexOf(caption);
    if (!current || (at >= 0 && at <= last)) {
      current = { fields: new Map(), line: items[end]!.line };
      cards.push(current);
      last = -1;
    }
    current.fields.set(caption, value);
    // A caption first seen in a later card goes after the caption before it in that card.
    if (at < 0) header.splice(last + 1, 0, caption);
    last = header.indexOf(caption);
    end += 2;
  }
  if (cards.length < 2 || !header.some((c) => captionRole(c) === 'name')) return null;
  if (cards.filter((c) => c.fields.size >= 2).length < 2) return null;
  return { header, rows: cards.map((c) => ({ cells: header.map((h) => c.fields.get(h) ?? ''), line: c.line })), end };
}
