import type { Form, FormsDocument, ImportWarning } from '@jixiao/core';

/**
 * A form printed again whole in the same document (a workbook's 汇总 sheet stacking a copy of every
 * project's sheet for printing, a report repeating its annex) is one form: the later copy, equal to an
 * earlier form in every field and every indicator, goes with its warnings, and a note says where.
 * Forms that differ anywhere (another year, a changed value) all stay, and so do forms that name no
 * project or unit: nothing says two such tables are one form's copies.
 */
export function dropRepeatedForms(doc: FormsDocument): FormsDocument {
  const seen = new Map<string, number>();
  const index = new Map<number, number>();
  const forms: Form[] = [];
  const repeats: Array<{ at: number; copy: number }> = [];
  doc.forms.forEach((form, i) => {
    const key = form.indicators.length > 0 && identity(form) != null ? JSON.stringify(form) : null;
    const first = key == null ? undefined : seen.get(key);
    if (first !== undefined) { repeats.push({ at: first, copy: i }); return; }
    if (key != null) seen.set(key, forms.length);
    index.set(i, forms.length);
    forms.push(form);
  });
  if (repeats.length === 0) return doc;
  const warnings: ImportWarning[] = doc.warnings
    .filter((w) => w.form == null || index.has(w.form))
    .map((w) => (w.form == null ? w : { ...w, form: index.get(w.form)! }));
  for (const { at, copy } of repeats) {
    warnings.push({ form: at, row: null, code: 'form_repeated', message: `文档中第 ${copy + 1} 张表与第 ${at + 1} 张表内容完全相同（如汇总页重复打印的表），只导入一次。` });
  }
  return { ...doc, forms, warnings };
}

/** The project (or, for a department's form, the unit) a form is about, or null when it names none. */
function identity(form: Form): string | null {
  return ('project_name' in form ? form.project_name : null) ?? form.org ?? null;
}
