import type { Form } from '@jixiao/core';
import type { Executor } from './form-store';

/** What the record a form is filed under says of its header: the unit, the department above it and the year. */
export interface RecordHeader {
  org: string;
  org_code: string;
  /** Null when the org tree names no department for the unit: the form's own entry then stands. */
  department: string | null;
  fiscal_year: number;
}

/**
 * The header of the record (org, year) a form is stored into. The department is the nearest 部门 above the
 * unit; a department's own form names the department itself.
 */
export async function recordHeader(db: Executor, orgId: number, fiscalYear: number): Promise<RecordHeader> {
  const org = await db.selectFrom('orgs').select(['id', 'code', 'name', 'kind', 'path']).where('id', '=', orgId).executeTakeFirstOrThrow();
  const ancestors = org.path.split('/').filter((id) => id !== '').map(Number).filter((id) => id !== org.id);
  let department: string | null = org.kind === 'department' ? org.name : null;
  if (org.kind !== 'department' && ancestors.length > 0) {
    const rows = await db.selectFrom('orgs').select(['id', 'name']).where('id', 'in', ancestors).where('kind', '=', 'department').execute();
    department = rows.sort((a, b) => ancestors.indexOf(b.id) - ancestors.indexOf(a.id))[0]?.name ?? null;
  }
  return { org: org.name, org_code: org.code, department, fiscal_year: fiscalYear };
}

/**
 * The form as the record prints it. The clerk chose the unit and year a form is stored under, so the printed
 * 填写单位, 主管部门 and 年度 follow that choice, not what an imported document (another unit's, an earlier
 * year's) wrote; the document itself stays in its import job.
 */
export function withRecordHeader<F extends Form>(form: F, header: RecordHeader): F {
  return { ...form, org: header.org, org_code: header.org_code, department: header.department ?? form.department, fiscal_year: header.fiscal_year };
}

/** The document's own header where it differs from the record's (provenance for the audit trail), or null. */
export function documentHeaderDiff(form: Form, header: RecordHeader): Partial<Pick<Form, 'org' | 'org_code' | 'department' | 'fiscal_year'>> | null {
  const out: Partial<Pick<Form, 'org' | 'org_code' | 'department' | 'fiscal_year'>> = {};
  if (form.org != null && form.org !== header.org) out.org = form.org;
  if (form.org_code != null && form.org_code !== header.org_code) out.org_code = form.org_code;
  if (header.department !== null && form.department != null && form.department !== header.department) out.department = form.department;
  if (form.fiscal_year != null && form.fiscal_year !== header.fiscal_year) out.fiscal_year = form.fiscal_year;
  return Object.keys(out).length > 0 ? out : null;
}
