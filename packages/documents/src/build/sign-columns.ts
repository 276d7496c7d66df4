import type { ColumnRole, HeaderMap } from './header-map';
import type { GridCell } from './flatten-source';
import { isBlank } from './normalize-label';

// A comparator alone in a cell (≥, <=, ＝), or the 定性/定量 word a system prints in its place.
const SIGN_ONLY = /^(?:[≥≤≧≦＞＜＝>=<]{1,2}|定性|定量)$/;

/**
 * 指标值 as one caption over three columns — the sign, the number and the unit (a template's merged
 * caption copied as `指标值 | | |`): when a data row holds only a sign (or nothing) under the caption
 * and text in the uncaptioned column beside it, the caption's column is the 指标性质, the next the
 * value and the one after it, uncaptioned too, the unit.
 */
export function splitSignColumns(header: HeaderMap, cells: GridCell[]): HeaderMap | null {
  const at = header.roles.indexOf('value');
  if (at < 0 || header.roles.includes('nature')) return null;
  const uncaptioned = (col: number) => col < header.roles.length && header.roles[col] == null && (header.texts[col] ?? '').trim() === '';
  if (!uncaptioned(at + 1)) return null;
  const text = (col: number) => cells.find((c) => c.start === col && c.span === 1)?.text.trim() ?? null;
  const sign = text(at);
  const value = text(at + 1);
  if (sign == null || value == null || isBlank(value) || (!isBlank(sign) && !SIGN_ONLY.test(sign.replace(/[\s\u3000]/g, '')))) return null;
  const roles: Array<ColumnRole | null> = header.roles.slice();
  roles[at] = 'nature';
  roles[at + 1] = 'value';
  if (uncaptioned(at + 2) && !roles.includes('unit')) roles[at + 2] = 'unit';
  return { ...header, roles };
}
