import { parseValue } from '../values/parse-value';

/**
 * A target written as an approximate number (约50场, 1200万人次左右, 约95%): measurable as that number, the way a reviewer reads
 * it. Asked only of the few targets no number was read from; null for anything else.
 */
const LEADING = /^(?:大约|约为|约合|约)\s*/;
const TRAILING = /\s*(?:左右|上下)$/;

export function approximateTarget(target: string): { number: number; unit: string | null } | null {
  const first = target.charCodeAt(0);
  // 约 (0x7ea6) or 大 (0x5927) first, or 左右 / 上下 last: anything else is not an approximation.
  const lead = first === 0x7ea6 || first === 0x5927;
  if (!lead && !target.endsWith('左右') && !target.endsWith('上下')) return null;
  const rest = target.replace(LEADING, '').replace(TRAILING, '');
  if (rest === target || rest === '') return null;
  const p = parseValue(rest);
  if (p.kind !== 'number' || p.sign != null) return null;
  return { number: p.number, unit: p.unit };
}
