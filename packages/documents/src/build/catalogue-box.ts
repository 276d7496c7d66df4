import type { Item } from './flatten-source';

/**
 * The catalogue box a 政府信息公开 page prints above every article (索引号：| … | 发布机构：| …): no row of
 * any form. On a page of its own it stands before the form and is passed over; in a whole volume (one
 * page of 120 articles) it follows the form before, whose indicator rows it must not join.
 */
const CATALOGUE_FIELD = /^(索引号|标题|主题分类|体裁分类|组配分类|服务对象分类|发布机构|成文日期|发文日期|发文字号|文号|发布日期|公开日期|有效性|公开方式|公开范围|主题词)\s*[：:]?$/;

export function isCatalogueRow(cells: Array<{ text: string }>): boolean {
  const first = cells.find((c) => c.text.trim() !== '');
  return first != null && CATALOGUE_FIELD.test(first.text.trim());
}

/** A table that opens with 索引号 (or another catalogue field) and holds nothing but `label：| value` rows. */
function isCatalogueTable(rows: Array<{ cells: Array<{ text: string }> }>): boolean {
  if (!isCatalogueRow(rows[0]!.cells)) return false;
  return rows.every((r) => {
    const filled = r.cells.map((c) => c.text.trim()).filter((t) => t !== '');
    // Label and value in turn: every label a catalogue field (or one ending in a colon, as 发文日期：).
    return filled.length >= 2 && filled.every((t, i) => i % 2 === 1 || CATALOGUE_FIELD.test(t) || /^[\u4e00-\u9fa5]{2,8}[：:]$/.test(t));
  });
}

export function dropCatalogueBoxes(items: Item[]): Item[] {
  const tables = new Map<number, Array<{ cells: Array<{ text: string }> }>>();
  for (const it of items) {
    if (it.type !== 'row') continue;
    const rows = tables.get(it.tableIndex);
    if (rows) rows.push(it);
    else tables.set(it.tableIndex, [it]);
  }
  const drop = new Set([...tables].filter(([, rows]) => isCatalogueTable(rows)).map(([index]) => index));
  return drop.size === 0 ? items : items.filter((it) => it.type !== 'row' || !drop.has(it.tableIndex));
}
