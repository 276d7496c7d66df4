import { foldWidth, trimText } from '@jixiao/core';
import type { PlanKey } from './form-sink';

/** The spending plan's month-end key a caption names (3月 / 上半年 / 全年 …), or null. */
export function monthKey(text: string): PlanKey | null {
  if (text.length > 12 || !/[月季年]/.test(text)) return null;
  const s = foldWidth(trimText(text)).replace(/\s+/g, '');
  const m = /^(\d{1,2})月(底|末|份)?(前)?$/.exec(s);
  if (m) return ({ 3: 'mar', 6: 'jun', 10: 'oct', 12: 'dec' } as Record<number, PlanKey>)[Number(m[1])] ?? null;
  if (/^(一季度|第一季度)(末)?$/.test(s)) return 'mar';
  if (/^(二季度|第二季度|上半年)(末)?$/.test(s)) return 'jun';
  if (/^(四季度|第四季度|全年|年底)(末)?$/.test(s)) return 'dec';
  return null;
}
