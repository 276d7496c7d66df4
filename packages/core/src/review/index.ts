export * from './finding';
export * from './indicator-framework';
export * from './classify-name';
export type { HistoryEntry, PeerEntry, ReviewOptions } from './review-context';
export { formTitle } from './review-context';
export { goalQuantities } from './goal-quantities';
export { findPrivateData, validIdCard } from './check-private-data';
export { robustZ } from './check-history';
export * from './review-forms';
