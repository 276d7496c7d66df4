import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEPT_2024_TEMPLATE, enteredScoresFromForm, evaluateTemplate, formsDocumentSchema, type DepartmentSelfEvaluation, type Form } from '../src/index';

const truthPath = fileURLToPath(new URL('../../../../shared/fixtures/truth/003.json', import.meta.url));
// The answer keys live beside the repository (../shared); without them this file is skipped.
const available = existsSync(truthPath);
const doc = available ? formsDocumentSchema.parse(JSON.parse(readFileSync(truthPath, 'utf8'))) : { forms: [] as Form[] };
const dept = doc.forms.find((f): f is DepartmentSelfEvaluation => f.kind === 'department_self_evaluation')!;

describe.skipIf(!available)('seed 003 部门整体支出绩效自评表 against the built-in 2024 template', () => {
  it('every scored row maps to a template item and the total is the printed 98.6', () => {
    const mapping = enteredScoresFromForm(DEPT_2024_TEMPLATE, dept);
    expect(mapping.unmatchedRows).toEqual([]);
    expect(mapping.messages).toEqual([]);
    expect(Object.keys(mapping.enteredScores)).toHaveLength(19);
    const r = evaluateTemplate(DEPT_2024_TEMPLATE, { enteredScores: mapping.enteredScores });
    expect(r.total).toBe(98.6);
    expect(r.total).toBe(dept.total_score);
  });

  it('template max scores equal the form weights row by row', () => {
    const maxByName = new Map<string, number | null>();
    const walk = (items: typeof DEPT_2024_TEMPLATE.items) => {
      for (const i of items) { if (i.children?.length) walk(i.children); else maxByName.set(i.name, i.maxScore); }
    };
    walk(DEPT_2024_TEMPLATE.items);
    for (const ind of dept.indicators) expect([ind.name, maxByName.get(ind.name)]).toEqual([ind.name, ind.weight]);
  });
});
