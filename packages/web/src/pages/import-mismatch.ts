/**
 * What a previewed document says about itself that disagrees with the unit and year chosen on
 * upload: the forms are stored under the choice, so a 2024 document read under next year's default,
 * or a document of several other units, must be seen before it is confirmed.
 */
export interface ImportMismatch {
  /** Years written in the document other than the chosen one, ascending. */
  years: number[];
  /** Units named in the document other than the chosen one, in document order. */
  orgs: string[];
}

export interface FormHead {
  fiscal_year?: number | null;
  org?: string | null;
}

const squash = (name: string) => name.replace(/[\s\u3000（）()]/g, '');

/** A unit named in a document is the chosen one when either name holds the other (街道办事处 within its full name). */
export function sameOrg(written: string | null | undefined, chosen: string | null | undefined): boolean {
  const a = squash(written ?? '');
  const b = squash(chosen ?? '');
  if (!a || !b) return true;
  return a.includes(b) || b.includes(a);
}

export function formYearDiffers(form: FormHead, chosenYear: number): boolean {
  return form.fiscal_year != null && form.fiscal_year !== chosenYear;
}

export function importMismatch(forms: readonly FormHead[], chosenYear: number, chosenOrgName: string | null | undefined): ImportMismatch {
  const years = [...new Set(forms.filter((f) => formYearDiffers(f, chosenYear)).map((f) => f.fiscal_year as number))].sort((a, b) => a - b);
  const orgs = [...new Set(forms.map((f) => f.org?.trim() ?? '').filter((o) => o && !sameOrg(o, chosenOrgName)))];
  return { years, orgs };
}

/** The mismatch in sentences, for the preview and the confirmation; empty when the document agrees. */
export function mismatchLines(m: ImportMismatch, chosenYear: number, chosenOrgName: string | null | undefined): string[] {
  const lines: string[] = [];
  if (m.years.length) lines.push(`文件写明的年度是 ${m.years.join('、')} 年，与所选预算年度 ${chosenYear} 年不同；确认导入后这些表按 ${chosenYear} 年度存放。`);
  if (m.orgs.length) lines.push(`文件中的表填报单位为「${m.orgs.join('」「')}」，与所选单位「${chosenOrgName ?? ''}」不同；确认导入后全部存入所选单位。如需分别存放，请按单位分别上传。`);
  return lines;
}
