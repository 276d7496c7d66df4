import type { FormKind } from '@jixiao/core';
import type { Item } from './flatten-source';
import { matchLabel } from './field-labels';
import { unitNameLine } from './form-titles';
import { stripEnumerator } from './normalize-label';

const ATTACHMENT_NUMBER = /^附[件表]\s*\d+(?:[-－—.]\d+)*\s*[：:、.．]?\s*/;
// Words of a section heading (三、项目支出绩效目标, 一、部门概况), never of a project's name.
const SECTION_WORDS = /(绩效|目标|情况|概况|说明|部门|预算|指标|附件|附表|表$|职责|职能|公开)/;
// Names a workbook gives its sheets by itself or by number (Sheet1, 工作表2, 项目3), and sheets of a workbook's own
// bookkeeping (汇总, 封面, 目录, 字典): none names a project.
const EXCEL_COPY_SUFFIX = /\s+\(\d{1,2}\)$/;
const SHEET_WORDS = /^(?:sheet|工作表|项目|表)\s*\d*$|汇总|封面|目录|字典|模板|填报|参数|备注/i;

/** A heading's text as a project's name (附件3-2 某某项目 → 某某项目), or null when it reads as anything else. */
function nameOfHeading(text: string, kind: FormKind): string | null {
  const body = stripEnumerator(text.replace(ATTACHMENT_NUMBER, '')).trim();
  if (body.length < 2 || body.length > 40) return null;
  if (/[，。；：:,;]/.test(body) || SECTION_WORDS.test(body) || matchLabel(body, kind) != null) return null;
  return body;
}

/** The numbered heading just above a form's first table ((二) 某某项目 → 某某项目), if any. */
export function projectNameFromHeading(items: Item[], kind: FormKind): string | null {
  let name: string | null = null;
  const firstRow = items.findIndex((it) => it.type === 'row');
  for (const [index, it] of items.entries()) {
    if (it.type === 'row') break;
    if (it.type !== 'text') continue;
    const t = it.text.trim();
    // A line of the name alone right over the table (a bold line the copy left plain) names it too.
    const bare = stripEnumerator(t.replace(ATTACHMENT_NUMBER, '')).trim() === t && it.heading == null;
    if (bare && (index !== firstRow - 1 || unitNameLine(t) != null)) continue;
    name = nameOfHeading(t, kind) ?? name;
  }
  return name;
}

/**
 * A heading right before a form's title that names the project the title does not: a workbook's sheet named for its
 * project (the sheet name is read as a heading over the sheet's 2025年项目支出绩效目标表), or `## 某某项目` over a
 * generic title. A plain text line there is not enough, nor a unit's name or a sheet's default or bookkeeping name.
 */
export function projectHeadingBefore(last: Item | undefined, kind: FormKind): string | null {
  if (last?.type !== 'text' || last.heading == null) return null;
  // Excel names a copied sheet after its original with ` (2)`: the copy names the same project.
  const t = last.text.trim().replace(EXCEL_COPY_SUFFIX, '');
  if (SHEET_WORDS.test(t) || unitNameLine(t) != null) return null;
  return nameOfHeading(t, kind);
}
