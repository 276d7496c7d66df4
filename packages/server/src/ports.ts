import { exportForms, importFile, type ExportFormat } from '@jixiao/documents';
import { BUILTIN_TEMPLATES, evaluateTemplate, reviewForms, scoreSelfEvaluation, type Finding, type Form, type FormsDocument, type Policy } from '@jixiao/core';

/** The server's view of the domain functions the core and documents packages provide. */
export type { Finding, ExportFormat };

export type ImportOutcome = { ok: true; document: FormsDocument } | { ok: false; issues: unknown[] };

export const port = {
  importFile,
  exportForms,
  scoreSelfEvaluation,
  evaluateTemplate,
  builtinTemplates: BUILTIN_TEMPLATES,
};

/** Review findings of forms about to be stored or published. */
export function review(forms: Form[], policy: Policy): Finding[] {
  return reviewForms(forms, { policy });
}
