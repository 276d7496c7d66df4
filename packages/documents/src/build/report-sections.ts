import type { FormKind } from '@jixiao/core';
import { trimText } from '@jixiao/core';
import type { FieldKey } from './field-labels';
import { matchLabel, splitLabelPairs } from './field-labels';
import type { Item } from './flatten-source';
import { stripEnumerator } from './normalize-label';

// A 自评报告's closing sections, by their numbered headings (三、存在的问题 / 四、下一步改进措施 / 五、自评结论).
const REPORT_SECTIONS: Array<[RegExp, string]> = [
  [/^(?:存在的?|主要)问题$/, '存在问题'],
  [/^(?:下一步|下步)?(?:改进|整改)(?:措施|建议|意见)$/, '改进措施'],
  [/^(?:自评|评价)结论$/, '评价结论'],
];

/**
 * A 自评报告 printing its 自评表 as an appendix: the report's sections before the table's title
 * (存在的问题, 改进措施, 自评结论 under numbered headings) are the form's, when the table does not
 * state them itself. The report's other prose (its figures included) fills nothing.
 */
export function reportSections(opening: { kind: FormKind | null; title: string | null; items: Item[] }, kind: FormKind, formItems: Item[]): Item[] {
  if (kind !== 'project_self_evaluation' || opening.kind != null || opening.title != null) return [];
  if (opening.items.some((it) => it.type === 'row')) return [];
  const named = new Set<FieldKey>();
  for (const it of formItems) {
    const texts = it.type === 'row' ? it.cells.map((c) => c.text) : it.type === 'text' ? splitLabelPairs(trimText(it.text)) : [];
    for (const t of texts) { const m = t.length <= 80 ? matchLabel(stripEnumerator(trimText(t)), kind) : null; if (m) named.add(m.key); }
  }
  const out: Item[] = [];
  const texts = opening.items.filter((it): it is Item & { type: 'text' } => it.type === 'text');
  for (let i = 0; i < texts.length; i++) {
    const t = trimText(texts[i]!.text);
    const body = stripEnumerator(t).trim();
    if (body === t) continue;
    const section = REPORT_SECTIONS.find(([re]) => re.test(body));
    if (!section) continue;
    const m = matchLabel(section[1], kind);
    if (!m || named.has(m.key)) continue;
    const lines: string[] = [];
    for (let j = i + 1; j < texts.length; j++) {
      const next = trimText(texts[j]!.text);
      if (next === '') continue;
      // The next heading, a label line or the appendix's 附件： ends the section.
      if (stripEnumerator(next).trim() !== next || matchLabel(next, kind) != null || /^附[件表]|[：:]$/.test(next)) break;
      lines.push(next);
    }
    if (lines.length > 0) out.push({ type: 'text', text: `${section[1]}：${lines.join('')}`, heading: null, line: texts[i]!.line });
  }
  return out;
}
