export * from './formula/compile-formula';
export * from './formula/evaluate-formula';
export { isYesNoInput, readInputValue, YES_NO_HINT } from './formula/read-input-value';
export * from './evaluation-template';
export * from './evaluate-template';
export * from './builtin-templates';
export { DEPT_2024_TEMPLATE } from './templates/dept-2024';
export * from './entered-scores-from-form';
export * from './deduction-floor';
