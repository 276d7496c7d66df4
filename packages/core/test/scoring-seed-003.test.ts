import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formsDocumentSchema, scoreSelfEvaluation, type ProjectSelfEvaluation, type Form } from '../src/index';

// The answer key of seed 003 (two 项目支出绩效自评表): /work/shared/fixtures/truth/003.json.
const truthPath = fileURLToPath(new URL('../../../../shared/fixtures/truth/003.json', import.meta.url));
// Without ../shared beside the repository this file is skipped.
const available = existsSync(truthPath);
const doc = available ? formsDocumentSchema.parse(JSON.parse(readFileSync(truthPath, 'utf8'))) : { forms: [] as Form[] };
const projects = doc.forms.filter((f): f is ProjectSelfEvaluation => f.kind === 'project_self_evaluation');

describe.skipIf(!available)('seed 003 self-evaluations', () => {
  it('has two project self-evaluations', () => {
    expect(projects).toHaveLength(2);
  });

  it('project 1 computes 100 with budget 10 and is flagged against its reported 98.5', () => {
    const r = scoreSelfEvaluation(projects[0]!);
    expect(r.budget.score).toBe(10);
    expect(r.budget.derivation.arithmetic).toBe('A=40.73, T=40.73 → min(40.73/40.73,1)×10 = 10');
    expect(r.total).toBe(100);
    expect(r.reportedTotal).toBe(98.5);
    expect(r.mismatch).toBe(true);
    expect(r.grade).toBe('优');
    expect(r.issues.map((i) => i.code).sort()).toEqual(['score_mismatch', 'total_mismatch']);
  });

  it('project 2 computes 100 and matches', () => {
    const r = scoreSelfEvaluation(projects[1]!);
    expect(r.total).toBe(100);
    expect(r.mismatch).toBe(false);
    expect(r.indicators.map((i) => i.score)).toEqual([30, 20, 20, 20]);
    expect(r.issues).toEqual([]);
  });
});
