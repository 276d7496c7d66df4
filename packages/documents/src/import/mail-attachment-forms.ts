import type { Form, FormsDocument, ImportWarning } from '@jixiao/core';
import { FORMS_FORMAT } from '@jixiao/core';

/** What importing one attached file gave: its forms and warnings, or nothing a form could come from. */
export type AttachmentImport = { name: string; document: FormsDocument | null };

/**
 * A mail's forms: its body's, then each attachment's in the mail's order. An attached file is a
 * document of its own (round 45); a unit that pastes its form into the body and attaches the same
 * form sends it once, so a body form the attachments hold again gives way to the attached original
 * (the file, not a mail client's copy of its table). Attachments that are no form (a seal's scan, a
 * signature, a file no reader opens) add nothing and say nothing.
 */
export function mergeMailForms(body: FormsDocument | null, attachments: AttachmentImport[], sourceName: string): FormsDocument {
  const attached = attachments.filter((a): a is { name: string; document: FormsDocument } => a.document != null && a.document.forms.length > 0);
  if (attached.length === 0 && body) return body;
  const forms: Form[] = [];
  const warnings: ImportWarning[] = [];
  const attachedForms = attached.flatMap((a) => a.document.forms);
  if (body) {
    const kept = body.forms.map((form) => !attachedForms.some((other) => sameForm(form, other)));
    const index = new Map<number, number>();
    body.forms.forEach((form, i) => {
      if (!kept[i]) return;
      index.set(i, forms.length);
      forms.push(form);
    });
    for (const w of body.warnings) {
      // The body's "no form here" is no news when an attachment held the forms.
      if (w.form == null ? w.code === 'no_forms' && attached.length > 0 : !index.has(w.form)) continue;
      warnings.push({ ...w, form: w.form == null ? null : index.get(w.form)! });
    }
  }
  for (const { name, document } of attached) {
    const offset = forms.length;
    forms.push(...document.forms);
    for (const w of document.warnings) {
      warnings.push({ ...w, form: w.form == null ? null : w.form + offset, message: `附件“${name || '未命名'}”：${w.message}`.slice(0, 2000) });
    }
  }
  if (forms.length === 0) return body ?? { format: FORMS_FORMAT, source: sourceName, forms: [], warnings: [] };
  return { format: FORMS_FORMAT, source: sourceName, forms, warnings };
}

/** The same form twice: same kind, year and project (or unit), and mostly the same indicators. */
function sameForm(a: Form, b: Form): boolean {
  if (a.kind !== b.kind) return false;
  if (a.fiscal_year != null && b.fiscal_year != null && a.fiscal_year !== b.fiscal_year) return false;
  const key = (f: Form): string => squash(('project_name' in f ? f.project_name : null) ?? f.org ?? '');
  if (key(a) !== key(b)) return false;
  const names = (f: Form): Set<string> => new Set(f.indicators.map((i) => squash(i.name)));
  const [x, y] = [names(a), names(b)];
  if (x.size === 0 || y.size === 0) return x.size === y.size;
  const shared = [...x].filter((n) => y.has(n)).length;
  return shared * 2 >= Math.min(x.size, y.size);
}

function squash(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

