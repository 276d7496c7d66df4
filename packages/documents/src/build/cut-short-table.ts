import type { Indicator } from '@jixiao/core';
import type { ColumnRole } from './header-map';

// The columns a row that was cut off loses first: the ones right of its value, filled on every other row.
const TRAILING: Array<{ role: ColumnRole; field: 'actual' | 'weight' | 'score' }> = [
  { role: 'actual', field: 'actual' },
  { role: 'weight', field: 'weight' },
  { role: 'score', field: 'score' },
];

/**
 * A document that ends inside its indicator table on a row with no cells at all after some column (a copy
 * cut short: the mail, chat or form field took only so many characters) lost its last rows, and the last
 * row its right-hand cells. That is so when the row is the form's last item, its cells stop before the
 * completion, weight or score columns (no cell there, not an empty one), and the table's other rows have
 * those filled: a row whose blanks are written, or a table where such columns are blank anyway, is whole.
 */
export function cutShortAtEnd(values: Array<string | null>, roles: Array<ColumnRole | null>, earlier: Indicator[]): boolean {
  if (earlier.length < 3) return false;
  let lastCell = values.length - 1;
  while (lastCell >= 0 && values[lastCell] == null) lastCell--;
  const lost = TRAILING.filter(({ role }) => {
    const at = roles.indexOf(role);
    return at > lastCell && values[at] == null;
  });
  return lost.length > 0 && lost.every(({ field }) => earlier.every((ind) => ind[field] != null));
}
