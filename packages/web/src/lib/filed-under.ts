/**
 * The unit and year a form is filed under (the record the lists, the review and the policy use),
 * and what the document itself says when that differs: an import files a document under the unit
 * and year chosen on the 导入 screen, while its text may name another unit or an earlier year.
 */
export interface FiledUnder {
  /** "示范区街道办事处 · 2027年" */
  label: string;
  /** "表内填写：重庆市沙坪坝区财政局 · 2024年", or null when the document agrees with the record. */
  documentNote: string | null;
}

export const FILED_UNDER_HINT = '系统按登记的单位和年度（导入时所选）归档、审核本表并适用该年度政策；导出、打印和公开时，填报单位、主管部门和年度也按登记的填写。';

export function filedUnder(
  record: { org_name?: string | null; fiscal_year?: number | null } | undefined,
  document: { org?: string | null; fiscal_year?: number | null },
): FiledUnder {
  const org = record?.org_name || document.org || '未填单位';
  const year = record?.fiscal_year ?? document.fiscal_year ?? null;
  const label = `${org} · ${year === null ? '未填年度' : `${year}年`}`;
  const differs: string[] = [];
  if (record?.org_name && document.org && document.org.trim() !== record.org_name) differs.push(document.org.trim());
  if (record?.fiscal_year != null && document.fiscal_year != null && document.fiscal_year !== record.fiscal_year) differs.push(`${document.fiscal_year}年`);
  return { label, documentNote: differs.length > 0 ? `表内填写：${differs.join(' · ')}` : null };
}
