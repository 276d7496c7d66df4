import type { Indicator } from '@jixiao/core';
import { rowScoreText } from './row-score';

export const DIFFERS_STYLE = { background: '#fff1f0', color: '#cf1322', fontWeight: 600, padding: '0 4px' } as const;

/**
 * A row's score in a self-evaluation table, the same on the unit's page and the reviewer's: a 扣分项 signed as the
 * deduction it is (rowScoreText), marked red where the unit's and the system's differ, named for screen readers then.
 */
export function ScoreNumber({ ind, score, differs = false, label }: {
  ind: Indicator;
  score: number | null | undefined;
  differs?: boolean;
  /** Said instead of the number where the scores differ. */
  label?: string | undefined;
}) {
  return (
    <span className="num-cell" style={differs ? DIFFERS_STYLE : undefined} aria-label={differs ? label : undefined}>
      {rowScoreText(ind, score)}
    </span>
  );
}
