import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formSchema, makePolicy, type DepartmentSelfEvaluation } from '@jixiao/core';
import { exportForms } from './export-forms';
import { findCjkFont } from './find-cjk-font';
import { exportedText } from '../import/testing/exported-text';
import { importFile } from '../import/import-file';

const font = findCjkFont();

/** 003's 部门整体支出绩效自评表: its rows add up to its 总分 98.6 (优); `total` replaces the sheet's own 总分. */
function departmentSheet(total: number): DepartmentSelfEvaluation {
  const doc = JSON.parse(readFileSync('/work/shared/fixtures/truth/003.json', 'utf8')) as { forms: Array<Record<string, unknown>> };
  const { levels_uncertain: _drop, ...raw } = doc.forms.find((f) => f.kind === 'department_self_evaluation')!;
  return { ...(formSchema.parse(raw) as DepartmentSelfEvaluation), total_score: total };
}


describe('a 部门整体支出绩效自评表 prints the system\'s total and grade as a project sheet does', () => {
  const note = '系统核算总分98.60（优），与填报总分97.60不一致，以核算为准';
  it.each([
    ...(['xlsx', 'docx', 'pdf'] as const).map((format) => ({ format, total: 97.6, policy: undefined, has: ['系统核算总分', '98.60', '等级：优', note], lacks: [] as string[] })),
    ...(['xlsx', 'docx', 'pdf'] as const).map((format) => ({ format, total: 98.6, policy: undefined, has: ['系统核算总分', '等级：优'], lacks: ['不一致'] })),
    // The region's cut-offs decide the grade.
    { format: 'xlsx' as const, total: 97.6, policy: makePolicy({ grades: { excellent: 99, good: 90, pass: 60 } }), has: ['等级：良', '系统核算总分98.60（良），与填报总分97.60不一致'], lacks: ['等级：优'] },
  ])('$format, 总分 $total', async ({ format, total, policy, has, lacks }) => {
    if (format === 'pdf' && !font) return;
    const result = await exportForms([departmentSheet(total)], format, { policy });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const text = await exportedText(result.bytes, format);
    for (const part of has) expect(text).toContain(part);
    for (const part of lacks) expect(text).not.toContain(part);
  });

  it.each(['xlsx', 'docx'] as const)('%s reads back with the sheet\'s own 总分, not the system\'s', async (format) => {
    const result = await exportForms([departmentSheet(97.6)], format);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const imported = await importFile(result.bytes, `dept.${format}`);
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
    const back = imported.document.forms.filter((f) => f.kind === 'department_self_evaluation');
    expect(back.map((f) => f.total_score)).toEqual([97.6]);
    expect(back[0]!.indicators.some((i) => i.name.includes('系统核算') || i.name.includes('核算说明'))).toBe(false);
  });
});
