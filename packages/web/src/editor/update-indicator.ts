import { numericValue, type Comparator, type Indicator } from '@jixiao/core';
import type { GridColumn } from './paste-rows';

/**
 * The row after a clerk typed raw into one grid cell. A weight that reads as no number keeps the old weight
 * (the cell shows the finding instead of losing the value); name and target stay strings even when emptied,
 * other text fields become null when emptied.
 */
export function updateIndicator(ind: Indicator, field: GridColumn, raw: string): Indicator {
  if (field === 'weight') return { ...ind, weight: raw.trim() === '' ? null : (numericValue(raw) ?? ind.weight) };
  if (field === 'comparator') return { ...ind, comparator: (raw || null) as Comparator | null };
  if (field === 'name' || field === 'target') return { ...ind, [field]: raw };
  return { ...ind, [field]: raw === '' ? null : raw };
}
