import { exportForms, exportMonitoringSheet, findingsTableXlsx, importFile, type ExportFormat } from '@jixiao/documents';
import { BUILTIN_TEMPLATES, DEFAULT_POLICY, evaluateTemplate, reviewForms, scoreFormSheet, scoreSelfEvaluation, storedSheetScore, type Finding, type Form, type FormsDocument, type HistoryEntry, type PeerEntry, type Policy } from '@jixiao/core';

/** The server's view of the domain functions the core and documents packages provide. */
export type { Finding, ExportFormat };

export type ImportOutcome = { ok: true; document: FormsDocument } | { ok: false; issues: unknown[] };

export const port = {
  importFile,
  exportForms,
  exportMonitoringSheet,
  findingsTableXlsx,
  scoreSelfEvaluation,
  scoreFormSheet,
  storedSheetScore,
  evaluateTemplate,
  builtinTemplates: BUILTIN_TEMPLATES,
};

/**
 * Review findings of forms about to be stored or published. Without a stored policy for the
 * region and year (the defaults object itself), each form's framework follows its fiscal year.
 */
export function review(forms: Form[], policy: Policy, stored?: { history: HistoryEntry[]; peers: PeerEntry[] }, siblingAtPolicyTotal = false): Finding[] {
  return reviewForms(forms, { policy, ...reviewAssumptions(policy, siblingAtPolicyTotal), ...(stored ? { history: stored.history, peers: stored.peers } : {}) });
}

/**
 * What the review assumes beyond the forms it is given; clients running the live review need the same.
 * Every form kept here is on its way to 公开 (targets once approved, self-evaluations and reports after
 * acceptance), so personal data is flagged from the first draft: the unit removes it before submitting
 * instead of being returned for it at approval.
 */
export function reviewAssumptions(policy: Policy, siblingAtPolicyTotal: boolean): { frameworkFromYear: boolean; projectTargetAtPolicyTotal: boolean; publishing: boolean } {
  return { frameworkFromYear: policy === DEFAULT_POLICY, projectTargetAtPolicyTotal: siblingAtPolicyTotal, publishing: true };
}
