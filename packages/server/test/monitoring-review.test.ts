import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpUnitAndFinance, startTestServer, type Session, type TestServer } from './harness';
import { approvedSampleTarget } from './sample-forms';

/**
 * The review of a monitoring table (core reviewMonitoringReport): its findings come with the table as every reader
 * reads it (the unit while filling it in, finance before 验收), and a table with errors is not submitted, as a target
 * form with review errors is not. The 执行率 the unit wrote is stored and checked against 执行数 ÷ 预算.
 */
let t: TestServer;
let editor: Session;
let finance: Session;
let formId: number;

beforeAll(async () => {
  t = await startTestServer();
  ({ editor, finance } = await setUpUnitAndFinance(t, 'MV', { region: '审核区', finance: '审核区财政局', unit: '审核单位' }));
  formId = await approvedSampleTarget(t, editor, finance, 'MV-U', '监控审核项目');
});

afterAll(async () => {
  await t?.stop();
});

interface Found { code: string; severity: string; row: number | null; field: string | null; message: string }
const where = (findings: Found[]) => findings.map((f) => `${f.code}@${f.row ?? '-'}/${f.field}`).sort();

// The sample target (budget 50万元): 培训人数 ≥100人, 培训合格率 ≥95%, 业务知晓率 ≥90%, 参训人员满意度 ≥90%.
// By 1—7月, 30万元 is 60% of the budget (on plan); 10 of 100 people trained is far behind (a red row).
const behind = [{ row: 0, progress_value: '10' }, { row: 1, progress_value: '96' }, { row: 2, progress_value: '92' }, { row: 3, progress_value: '93' }];

describe('a monitoring table is reviewed as core reviews it', () => {
  it('carries the findings to the unit and to finance, refuses the submission while errors remain, and takes it once fixed', async () => {
    const created = await t.request('POST', `/api/forms/${formId}/monitoring`, { session: editor, body: { month: 7, executed_wan: 30, execution_rate: 70, indicators: behind } });
    expect(created.status).toBe(201);
    expect(created.body.report.execution_rate).toBe(70);
    expect(where(created.body.findings)).toEqual(['budget_arithmetic@-/execution_rate', 'self_evaluation@0/deviation_reason']);
    expect(created.body.findings.every((f: Found) => f.severity === 'error')).toBe(true);
    expect(created.body.findings.find((f: Found) => f.field === 'execution_rate').message).toContain('30÷50 = 60%');

    // Finance reads the same findings on the table it is asked to answer.
    const read = await t.request('GET', `/api/monitoring/${created.body.id}`, { session: finance });
    expect(where(read.body.findings)).toEqual(where(created.body.findings));
    const listed = await t.request('GET', `/api/forms/${formId}/monitoring`, { session: finance });
    expect(where(listed.body.items[0].findings)).toEqual(where(created.body.findings));

    const refused = await t.request('POST', `/api/monitoring/${created.body.id}/submit`, { session: editor, body: { version: created.body.version } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('review_errors');
    expect(refused.body.error.message).toContain('2 个错误');
    expect(where(refused.body.error.details.findings)).toEqual(where(created.body.findings));
    expect((await t.request('GET', `/api/monitoring/${created.body.id}`, { session: editor })).body.status).toBe('draft');

    const fixedRows = [{ ...behind[0], deviation_reason: '培训场地改造，第二期培训推迟到9月', measures: '9月起每周两期，11月底前完成' }, ...behind.slice(1)];
    const fixed = await t.request('PUT', `/api/monitoring/${created.body.id}`, { session: editor, body: { version: created.body.version, month: 7, executed_wan: 30, execution_rate: 60, indicators: fixedRows } });
    expect(fixed.status).toBe(200);
    expect(fixed.body.findings).toEqual([]);
    const submitted = await t.request('POST', `/api/monitoring/${created.body.id}/submit`, { session: editor, body: { version: fixed.body.version } });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    expect(submitted.body.findings).toEqual([]);
  });

  it('keeps the stored 执行率 when a save leaves it out, clears it on null, and flags an amount above the budget', async () => {
    const created = await t.request('POST', `/api/forms/${formId}/monitoring`, { session: editor, body: { month: 8, executed_wan: 40, execution_rate: 80, indicators: [] } });
    expect(created.body.report.execution_rate).toBe(80);
    expect(where(created.body.findings)).not.toContain('budget_arithmetic@-/execution_rate');
    const kept = await t.request('PUT', `/api/monitoring/${created.body.id}`, { session: editor, body: { version: created.body.version, month: 8, executed_wan: 40, indicators: [] } });
    expect(kept.body.report.execution_rate).toBe(80);
    // 60万元 of a 50万元 budget: a slip of scale or digit, an error whatever the rate says.
    const over = await t.request('PUT', `/api/monitoring/${created.body.id}`, { session: editor, body: { version: kept.body.version, month: 8, executed_wan: 60, execution_rate: null, indicators: [] } });
    expect(over.body.report.execution_rate).toBeNull();
    expect(where(over.body.findings)).toContain('budget_arithmetic@-/executed_wan');
    const refused = await t.request('POST', `/api/monitoring/${created.body.id}/submit`, { session: editor, body: { version: over.body.version } });
    expect(refused.status).toBe(422);
  });
});
