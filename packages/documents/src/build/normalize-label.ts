import { foldWidth, trimText } from '@jixiao/core';
import { englishCaption } from './english-captions';

/** Blank, or a placeholder people type into an empty cell. */
export function isBlank(text: string | null | undefined): boolean {
  if (text == null) return true;
  return /^[\s\u3000\u00a0]*$/.test(text);
}

/** A cell that says "nothing here": `-`, `/`, `—`. */
export function isPlaceholder(text: string): boolean {
  // 空 / 空白: a hand-typed “empty” in a cell left blank.
  return /^[\s\u3000]*(?:[-—–/／\\－]+|空|空白)[\s\u3000]*$/.test(text);
}

// NULL (SSMS, a query tool's result grid saved as CSV), (null) / <null> / [NULL] as other clients show it.
const SQL_NULL = /^[\s\u3000]*(?:null|\(null\)|<null>|\[null\])[\s\u3000]*$/i;
// pandas' empty cell (NaN, NaT) and its label for a column with an empty header cell (`Unnamed: 3`), as markitdown
// prints a sheet it read with pandas (`df.to_html()` through markdownify): no clerk types them into a form.
const PANDAS_EMPTY = /^[\s\u3000]*(?:NaN|nan|NaT|<NA>|Unnamed: \d+(?:_level_\d+)?)[\s\u3000]*$/;

/** A database's or a dataframe's null written out as text by the tool that exported the table: an empty cell. */
export function isNullMarker(text: string): boolean {
  return SQL_NULL.test(text) || PANDAS_EMPTY.test(text);
}

/** A cell holding one dash alone (`-`, `—`, `－`, `–`): in a column of figures, the zero Excel's accounting format prints. */
export function isDash(text: string | null | undefined): boolean {
  return text != null && /^[\s\u3000\u00a0]*(?:-|—|－|–|——)[\s\u3000\u00a0]*$/.test(text);
}

/** Trimmed text, or null when blank or a placeholder. */
export function cellValue(text: string | null | undefined): string | null {
  if (text == null) return null;
  const t = trimText(text);
  if (t === '' || isPlaceholder(t)) return null;
  return t;
}

// A line break between two Chinese characters (or full-width signs) inside a name is the cell's wrapping: no space.
const WRAP_IN_CJK = /([\u3000-\u303f\u3400-\u9fff\uff00-\uffef])[ \t\u3000]*\n[ \t\u3000]*(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/g;

/**
 * A name (a project's, a unit's) on one line: a soft break or paragraph inside a narrow cell (县域义务教育学校⏎校舍维修改造)
 * is layout, and a name that keeps it fails to match the same name typed on one line (a target and its self-evaluation).
 * Between Chinese characters the break goes; elsewhere it becomes one space (Smart City⏎平台).
 */
export function oneLineName(text: string): string {
  if (!text.includes('\n')) return text;
  return trimText(text.replace(WRAP_IN_CJK, '$1').replace(/[ \t\u3000]*\n[ \t\u3000]*/g, ' '));
}

// 1、 2. 1） （1） (一) 一、 ① — numbering in front of labels and items.
const ENUMERATOR = /^(?:[（(]\s*[0-9一二三四五六七八九十]+\s*[)）]|[0-9]+\s*[、.．](?!\d)|[0-9]{1,2}\s*[)）](?![\d%])|[一二三四五六七八九十]+\s*[、.．]|[①-⑳])\s*/;

export function stripEnumerator(text: string): string {
  let s = text;
  for (let i = 0; i < 3; i++) {
    const next = s.replace(ENUMERATOR, '');
    if (next === s) break;
    s = next;
  }
  return s;
}

const FOLDABLE = /[\uff01-\uff5e\u3000≧≦﹪]/;

/**
 * The comparable form of a label: width folded, spaces and enumerators removed, Chinese
 * brackets unified, trailing colon and trailing notes like （万元）/（盖章）/(10分) dropped.
 */
export function normalizeLabel(text: string): string {
  // Labels are short; long cells are content and never equal a label, so skip the work.
  if (text.length > 40) return text;
  const cached = LABEL_CACHE.get(text);
  if (cached !== undefined) return cached;
  const s = computeLabel(text);
  if (LABEL_CACHE.size > 20000) LABEL_CACHE.clear();
  LABEL_CACHE.set(text, s);
  return s;
}

// The same captions recur on every form of a document and across documents.
const LABEL_CACHE = new Map<string, string>();

/** 2017—2019年, 2017-2019年度: a span of years (a project's implementation period). */
export const YEAR_SPAN = /(?:19|20)\d{2}\s*年?\s*[—–~～至到\-－]+\s*(?:19|20)\d{2}\s*年度?/;

function computeLabel(text: string): string {
  let s = trimText(text);
  if (FOLDABLE.test(s)) s = foldWidth(s);
  s = s.replace(/[\s\u3000]+/g, '');
  s = s.replace(/（/g, '(').replace(/）/g, ')');
  // 预算年度（2024年）绩效目标: a period note inside a label is not part of its name.
  s = s.replace(/(?<=.)\([^()]*(?:19|20)\d{2}[^()]*\)(?=.)/g, '');
  // 2017—2019年目标, 2017—2019年资金总额: a caption led by a span of years is the 实施期 one.
  s = s.replace(new RegExp(`^${YEAR_SPAN.source}(?=[^\\d(（])`), '实施期');
  s = stripEnumerator(s);
  s = s.replace(/[(][0-9一二三四五六七八九十]+[)]/g, '').replace(/(^|[：:])[0-9]+[、.](?!\d)/g, '$1');
  for (let i = 0; i < 3; i++) {
    const next = s.replace(/[：:]+$/, '').replace(/\([^()]*\)$/, '');
    if (next === s) break;
    s = next;
  }
  s = s.replace(/^其中[：:]?/, '');
  return englishCaption(s) ?? s;
}

/** Leading year as in "2024年预算", "(2023年度)", "2020 年部门预算"; null when none. */
export function yearOf(text: string): number | null {
  // 2025—2027年 (a medium-term plan): the period starts with the budget year.
  // （ ２ ０ ２ ５ 年度）: a scan's text layer sets every digit apart.
  const folded = foldWidth(text).replace(/\d(?:[ \u3000]+\d){3,}/g, (run) => run.replace(/[ \u3000]+/g, ''));
  const m = /((?:19|20)\d{2})\s*(?:[-—–~～至到]\s*(?:19|20)\d{2}\s*)?年/.exec(folded);
  if (m) return Number(m[1]);
  // 二〇二四年度 in formal headings.
  const cn = /([一二][〇○零一二三四五六七八九]{3})\s*年/.exec(text);
  return cn ? Number([...cn[1]!].map((ch) => '〇一二三四五六七八九'.indexOf(ch.replace(/[○零]/, '〇'))).join('')) : null;
}

/** A short text that is only a year note: "(2023年度)", "2024年", "2024年度预算". */
export function isYearNote(text: string): boolean {
  if (text.length > 30) return false;
  const s = foldWidth(trimText(text)).replace(/[\s\u3000]+/g, '').replace(/（/g, '(').replace(/）/g, ')');
  return /^\(?(?:19|20)\d{2}年度?(?:部门)?(?:预算)?\)?$/.test(s);
}

// Page marks and print stamps a system prints on every page: 第1页/共2页, 第 1 页 共 2 页, 1/2页, 打印时间：….
const PAGE_FURNITURE = /^(?:第\s*\d{1,4}\s*页\s*[/／,，]?\s*(?:共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页|\d{1,4}\s*[/／]\s*\d{1,4}\s*页|打印(?:时间|人|日期)[：:].*)$/;

/** A page's running header or footer (第1页/共2页, 打印时间：…): no cell of any table. */
export function isPageFurniture(text: string): boolean {
  return PAGE_FURNITURE.test(trimText(text));
}
