import { expect } from 'vitest';
import { upload, type Session, type TestServer } from './harness';

/** A 项目支出绩效目标表 as tab-separated text, five clean rows weighted as given (how many points the form totals is the test's point). */
const ROWS: Array<[string, string, string, string, string, string]> = [
  ['产出指标', '数量指标', '培训人次', '≥', '300', '人次'],
  ['产出指标', '质量指标', '培训合格率', '≥', '95', '%'],
  ['产出指标', '时效指标', '课程按期完成率', '=', '100', '%'],
  ['效益指标', '社会效益指标', '业务能力', '定性', '明显提升', ''],
  ['满意度指标', '服务对象满意度指标', '学员满意度', '≥', '90', '%'],
];

export const targetTable = (name: string, weights: number[]) => [
  '项目支出绩效目标表',
  `项目名称：${name}`,
  '一级指标\t二级指标\t三级指标\t权重\t指标性质\t指标值\t计量单位',
  ...ROWS.map((r, i) => [r[0], r[1], r[2], String(weights[i]), r[3], r[4], r[5]].join('\t')),
].join('\n');

/** A form's stored counts (what the queue lists) checked against what opening it shows; returns its weights errors. */
export async function storedWeightErrors(t: TestServer, session: Session, unit: string, id: number): Promise<number> {
  const listed = await t.request('GET', `/api/forms?org=${unit}`, { session });
  expect(listed.status).toBe(200);
  const item = (listed.body.items as Array<{ id: number; errors: number; warnings: number }>).find((x) => x.id === id);
  const opened = await t.request('GET', `/api/forms/${id}`, { session });
  const findings = opened.body.findings as Array<{ severity: string; code: string }>;
  expect(item).toMatchObject({
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  });
  return findings.filter((f) => f.code === 'weights' && f.severity === 'error').length;
}

/** Imports one target table for the unit (2025) and stores it; the stored form's id. */
export async function importTargetTable(t: TestServer, editor: Session, unit: string, name: string, weights: number[]): Promise<number> {
  const preview = await upload(t, editor, unit, 2025, new TextEncoder().encode(targetTable(name, weights)), `${name}.txt`);
  expect(preview.status).toBe(201);
  const committed = await t.request('POST', `/api/imports/${preview.body.id}/commit`, { session: editor });
  expect(committed.status).toBe(200);
  return (committed.body.forms as Array<{ id: number }>)[0]!.id;
}
