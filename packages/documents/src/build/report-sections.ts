import type { FormKind } from '@jixiao/core';
import { trimText } from '@jixiao/core';
import type { FieldKey } from './field-labels';
import { matchLabel, splitLabelPairs } from './field-labels';
import type { Item } from './flatten-source';
import { stripEnumerator } from './normalize-label';
import { unitNameLine } from './form-titles';
import { isBudgetHeader } from './budget-captions';
import { readHeaderRow } from './header-map';

type RowItem = Extract<Item, { type: 'row' }>;

// A 自评报告's closing sections, by their numbered headings (三、存在的问题 / 四、下一步改进措施 / 五、自评结论).
const REPORT_SECTIONS: Array<[RegExp, string]> = [
  [/^(?:存在的?|主要)问题$/, '存在问题'],
  [/^(?:下一步|下步)?(?:改进|整改)(?:措施|建议|意见)$/, '改进措施'],
  [/^(?:自评|评价)结论$/, '评价结论'],
];

// 2026年3月12日 / 二〇二六年三月 — the date a report is signed on, alone on its line.
const SIGNATURE_DATE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月(?:[\d一二三四五六七八九十]{1,3}日)?$/;

/**
 * A 自评报告 printing its 自评表 as an appendix: the report's sections before the table's title
 * (存在的问题, 改进措施, 自评结论 under numbered headings) are the form's, when the table does not
 * state them itself. The report's other prose (its figures included) fills nothing.
 */
export function reportSections(opening: { kind: FormKind | null; title: string | null; items: Item[] }, kind: FormKind, formItems: Item[]): Item[] {
  if (kind !== 'project_self_evaluation' || opening.kind != null || opening.title != null) return [];
  const rows = opening.items.filter((it): it is RowItem => it.type === 'row');
  // The report's own small tables (its 资金情况表) are no form; an indicator table before the title would be one.
  if (rows.some((r) => !isBudgetHeader(r.cells) && readHeaderRow(r.cells) != null)) return [];
  const named = namedFields(formItems, kind);
  const texts = opening.items.filter((it): it is Item & { type: 'text' } => it.type === 'text');
  return [...reportBudget(rows, formItems), ...sectionsIn(texts, kind, named).map((sec) => sec.item)];
}

/** The report's budget table (资金情况表) when the 自评表 after it prints no budget block of its own. */
function reportBudget(rows: RowItem[], formItems: Item[]): Item[] {
  if (formItems.some((it) => it.type === 'row' && isBudgetHeader(it.cells))) return [];
  const head = rows.findIndex((r) => isBudgetHeader(r.cells));
  if (head < 0) return [];
  return rows.slice(head).filter((r) => r.tableIndex === rows[head]!.tableIndex);
}

/**
 * A 自评报告 whose indicators come first (its 自评表 or sentences standing for one) and whose numbered
 * closing sections follow them (四、自评结论 / 五、存在的问题 / 六、改进措施): each section after the
 * form's last row becomes its `label：text` line, where the form does not state the field otherwise.
 */
export function closingSections(kind: FormKind, items: Item[]): Item[] {
  if (kind !== 'project_self_evaluation') return items;
  const lastRow = items.findLastIndex((it) => it.type === 'row');
  if (lastRow < 0) return items;
  const tail = items.slice(lastRow + 1);
  // The headings themselves name the fields they open: only the table and label lines count as stating one.
  const named = namedFields([...items.slice(0, lastRow + 1), ...tail.filter((it) => it.type === 'text' && /[：:]./.test(it.text))], kind);
  const texts = tail.filter((it): it is Item & { type: 'text' } => it.type === 'text');
  const sections = sectionsIn(texts, kind, named);
  if (sections.length === 0) return items;
  const replaced = new Map<Item, Item | null>();
  for (const sec of sections) sec.used.forEach((it, k) => replaced.set(it, k === 0 ? sec.item : null));
  return [...items.slice(0, lastRow + 1), ...tail.flatMap((it) => (replaced.has(it) ? (replaced.get(it) ? [replaced.get(it)!] : []) : [it]))];
}

function namedFields(items: Item[], kind: FormKind): Set<FieldKey> {
  const named = new Set<FieldKey>();
  for (const it of items) {
    const texts = it.type === 'row' ? it.cells.map((c) => c.text) : it.type === 'text' ? splitLabelPairs(trimText(it.text)) : [];
    for (const t of texts) { const m = t.length <= 80 ? matchLabel(stripEnumerator(trimText(t)), kind) : null; if (m) named.add(m.key); }
  }
  return named;
}

/** The numbered sections among the text lines: each heading with the lines under it, as one label line. */
function sectionsIn(texts: Array<Item & { type: 'text' }>, kind: FormKind, named: Set<FieldKey>): Array<{ item: Item; used: Item[] }> {
  const out: Array<{ item: Item; used: Item[] }> = [];
  for (let i = 0; i < texts.length; i++) {
    const t = trimText(texts[i]!.text);
    const body = stripEnumerator(t).trim();
    if (body === t) continue;
    const section = REPORT_SECTIONS.find(([re]) => re.test(body));
    if (!section) continue;
    const m = matchLabel(section[1], kind);
    if (!m || named.has(m.key)) continue;
    const lines: string[] = [];
    const used: Item[] = [texts[i]!];
    for (let j = i + 1; j < texts.length; j++) {
      const next = trimText(texts[j]!.text);
      used.push(texts[j]!);
      if (next === '') continue;
      // The next heading, a label line or the appendix's 附件： ends the section.
      if (stripEnumerator(next).trim() !== next || matchLabel(next, kind) != null || /^附[件表]|[：:]$/.test(next)) { used.pop(); break; }
      // The report's signature (the unit's name, the date) closes the last section.
      if (unitNameLine(next) != null || SIGNATURE_DATE.test(next)) { used.pop(); break; }
      lines.push(next);
    }
    if (lines.length > 0) out.push({ item: { type: 'text', text: `${section[1]}：${lines.join('')}`, heading: null, line: texts[i]!.line }, used });
  }
  return out;
}
