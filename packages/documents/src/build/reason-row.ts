import type { GridCell } from './flatten-source';
import { isBlank, normalizeLabel } from './normalize-label';

// A reason caption opening a row of its own under an indicator (偏差原因 | text), as some exports print it.
const REASON_CAPTION = /^(偏差原因|偏差原因分析|偏差原因分析及改进措施|偏差原因及改进措施|未完成原因|未完成原因分析|原因分析)$/;

/**
 * The reason a row under an indicator gives: its text, null when the caption stands alone, or
 * undefined when the row is no reason row.
 */
export function reasonUnder(cells: GridCell[]): string | null | undefined {
  const filled = cells.filter((c) => !isBlank(c.text));
  if (filled.length === 0 || filled.length > 2) return undefined;
  const first = normalizeLabel(filled[0]!.text);
  const colon = /^([^：:]{2,12})[：:](.*)$/s.exec(filled[0]!.text.trim());
  if (colon && REASON_CAPTION.test(colon[1]!.trim())) {
    if (filled.length > 1) return undefined;
    const text = filled[0]!.text.replace(/^[^：:]*[：:]/, '').trim();
    return text === '' ? null : text;
  }
  if (!REASON_CAPTION.test(first)) return undefined;
  return filled.length > 1 ? filled[1]!.text.trim() : null;
}
