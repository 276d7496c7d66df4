/**
 * Test-corpus helpers for .xlsx sources: cells shown in one of Excel's BUILT-IN number formats (no
 * `<numFmt>` element in styles.xml, only the id on the cell style — as Excel saves a date typed into a
 * cell in a Chinese locale: 14 `yyyy/m/d`, 31 `yyyy"年"m"月"d"日"`, 57 `yyyy"年"m"月"`, 58 `m"月"d"日"`),
 * and cells holding an error value with no formula (a formula's result pasted as values, #N/A and all).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const builtinMark = /^\[builtin:(\d+)\]$/;

/** `45621→[builtin:31]` in a grid source: the placeholder format the workbook is written with first. */
export function isBuiltinFormat(format: string): boolean {
  return builtinMark.test(format);
}

/** `{#N/A}` in a grid source: an error cell (t="e") with no formula. */
export function pastedError(text: string): string | null {
  const m = /^\{(#(?:DIV\/0!|REF!|N\/A|VALUE!|NAME\?|NUM!|NULL!))\}$/.exec(text);
  return m ? m[1]! : null;
}

/** Replaces each placeholder `<numFmt formatCode="[builtin:N]">` by the built-in id N on the styles that use it. */
export function withBuiltinNumFmts(xlsx: Uint8Array): Uint8Array {
  const parts = unzipSync(xlsx);
  const name = 'xl/styles.xml';
  let xml = strFromU8(parts[name]!);
  const ids = new Map<string, string>();
  xml = xml.replace(/<numFmt numFmtId="(\d+)" formatCode="\[builtin:(\d+)\]"\s*\/>/g, (_, id: string, builtin: string) => {
    ids.set(id, builtin);
    return '';
  });
  if (ids.size === 0) return xlsx;
  xml = xml.replace(/<numFmts count="\d+">/, (m) => m.replace(/\d+/, String((xml.match(/<numFmt /g) ?? []).length)));
  xml = xml.replace(/<numFmts count="0"><\/numFmts>/, '');
  xml = xml.replace(/(<xf [^>]*numFmtId=")(\d+)"/g, (m, head: string, id: string) => (ids.has(id) ? `${head}${ids.get(id)}"` : m));
  parts[name] = strToU8(xml);
  return zipSync(parts);
}
