import type { Indicator } from '@jixiao/core';
import { rowScoreText } from './row-score';
import { DIFFERS_STYLE } from '../lib/listed-totals';

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
