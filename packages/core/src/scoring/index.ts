export * from './score-types';
export * from './round-score';
export * from './read-number-fast';
export * from './score-indicator';
export * from './score-self-evaluation';
export * from './score-form';
export { isBonusRow, isDeductionRow, isTotalsRow } from './sheet-rows';
export { groupSubtotals, isSubtotalAt, type GroupSubtotal, type GroupSubtotals } from './group-subtotals';
