import * as documents from '@jixiao/documents';
import { exportForms, type ExportFormat } from '@jixiao/documents';
import { BUILTIN_TEMPLATES, evaluateTemplate, reviewForms, scoreSelfEvaluation, type Finding, type Form, type FormsDocument, type Policy } from '@jixiao/core';

/**
 * The server's view of the domain functions other packages provide. The importer is looked
 * up by name so the server runs while it is still being written; `missingPorts` lists what
 * is not there yet.
 */
export type { Finding, ExportFormat };

export type ImportOutcome = { ok: true; document: FormsDocument } | { ok: false; issues: unknown[] };

type ImportFile = (bytes: Uint8Array, fileName: string) => Promise<ImportOutcome> | ImportOutcome;
const importFile = (documents as Record<string, unknown>)['importFile'];

export const port = {
  importFile: typeof importFile === 'function' ? (importFile as ImportFile) : null,
  exportForms,
  scoreSelfEvaluation,
  evaluateTemplate,
  builtinTemplates: BUILTIN_TEMPLATES,
};

export function missingPorts(): string[] {
  return Object.entries(port)
    .filter(([, v]) => v === null || v === undefined)
    .map(([k]) => k);
}

/** Review findings of forms about to be stored or published. */
export function review(forms: Form[], policy: Policy): Finding[] {
  return reviewForms(forms, { policy });
}
