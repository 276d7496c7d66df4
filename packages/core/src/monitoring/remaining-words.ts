import { foldWidth } from '../values/normalize-text';

/**
 * Progress given as what is left of the year's target (剩余15户未完成, 还差3个点位, 尚有300万元未支付, 距目标还差3个百分点,
 * 剩余工程量约30%): the done figure is the target less it. Beside a done figure (已完成90户，剩余30户) the done figure is
 * the value, so only a cell that opens with what is left is read here.
 */

const LEFT = String.raw`(?:剩余|剩下|(?:尚|还|仍)(?:有|余|剩|差)|距[\u4e00-\u9fff]{0,6}?(?:尚|还|仍)?差)`;
const REMAINING = new RegExp(String.raw`^(?:目前|当前|现|截至目前)?${LEFT}(?:资金|任务|工程量|工作量|建设任务)?(?:约|近|大约)?(\d[\d,]*(?:\.\d+)?)([^\d，,；;。]*?)(?:(?:尚|还|仍)?(?:未|待|没有|需|需要|要)[\u4e00-\u9fff]*)?$`);

export interface Remaining {
  /** The amount left, in the unit written after it ('' when none). */
  amount: number;
  unit: string;
}

/** What a progress value says is left of the target, or null when it does not open with what is left. */
export function remainingOfTarget(actual: string): Remaining | null {
  const s = foldWidth(actual).replace(/[\s\u3000。.，,；;！!]+$/g, '').replace(/[\s\u3000]+/g, '');
  if (s.length > 30) return null;
  const m = REMAINING.exec(s);
  if (!m) return null;
  const amount = Number(m[1]!.replace(/,/g, ''));
  return Number.isFinite(amount) && amount >= 0 ? { amount, unit: m[2]! } : null;
}

/** True when a progress value says some of the work is still left (剩余2户未完成): the work is not finished. */
export function saysSomeLeft(actual: string | number | null): boolean {
  if (typeof actual !== 'string') return false;
  const left = remainingOfTarget(actual);
  return left != null && left.amount > 0;
}
