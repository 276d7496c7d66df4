import { deriveTarget, numericValue, parseValue, type Comparator, type Indicator } from '@jixiao/core';
import type { GridColumn } from './paste-rows';

/**
 * The row after a clerk typed raw into one grid cell. A weight that reads as no number keeps the old weight
 * (the cell shows the finding instead of losing the value); name and target stay strings even when emptied,
 * other text fields become null when emptied. A target is kept as typed until the cell is left (typedTarget then).
 */
export function updateIndicator(ind: Indicator, field: GridColumn, raw: string): Indicator {
  if (field === 'weight') return { ...ind, weight: raw.trim() === '' ? null : (numericValue(raw) ?? ind.weight) };
  if (field === 'comparator') return { ...ind, comparator: (raw || null) as Comparator | null };
  if (field === 'name' || field === 'target') return { ...ind, [field]: raw };
  return { ...ind, [field]: raw === '' ? null : raw };
}

/**
 * A target typed with its sign or unit (≥12场, >=95, ≤50万元, 5000人次) goes into the cells a paste would fill: the sign
 * typed is the 指标性质, the number the 指标值, and the unit the 计量单位 when that cell is empty or says the same unit.
 * A bare number keeps the row's 指标性质; words, dates and ranges stay as typed.
 */
export function typedTarget(ind: Indicator, raw: string): Indicator {
  const read = parseValue(raw);
  const signed = (read.kind === 'number' || read.kind === 'reference') && read.sign != null;
  const unitTyped = read.kind === 'number' && read.unit != null;
  if (!signed && !unitTyped) return { ...ind, target: raw };
  const column = ind.unit == null || ind.unit.trim() === '' ? null : ind.unit.trim();
  // Another unit than the column's (人 typed beside 人次) is the clerk's to settle: the review names the clash.
  if (unitTyped && column != null && read.unit !== column) {
    return signed ? { ...ind, comparator: read.sign, target: `${read.text}${read.unit}` } : { ...ind, target: raw };
  }
  return { ...ind, ...derived(raw, ind.unit, signed), ...(signed ? {} : { comparator: ind.comparator }) };
}

function derived(raw: string, unit: string | null, signed: boolean): Pick<Indicator, 'comparator' | 'target' | 'unit'> {
  const d = deriveTarget({ nature: null, value: raw, unit });
  return { comparator: signed ? d.comparator : null, target: d.target, unit: d.unit };
}
