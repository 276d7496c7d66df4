import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpRegion, startTestServer, upload, type TestServer } from './harness';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});

afterAll(async () => {
  await t?.stop();
});

const ROWS: Array<[string, string, string, string, string, string]> = [
  ['产出指标', '数量指标', '培训人次', '≥', '300', '人次'],
  ['产出指标', '质量指标', '培训合格率', '≥', '95', '%'],
  ['产出指标', '时效指标', '课程按期完成率', '=', '100', '%'],
  ['效益指标', '社会效益指标', '业务能力', '定性', '明显提升', ''],
  ['满意度指标', '服务对象满意度指标', '学员满意度', '≥', '90', '%'],
];

const table = (name: string, weights: number[]) => [
  '项目支出绩效目标表',
  `项目名称：${name}`,
  '一级指标\t二级指标\t三级指标\t权重\t指标性质\t指标值\t计量单位',
  ...ROWS.map((r, i) => [r[0], r[1], r[2], String(weights[i]), r[3], r[4], r[5]].join('\t')),
].join('\n');

describe('the counts stored at import', () => {
  // The second target totals 100 beside the first's 90: an error only the document as a whole shows.
  it.each([
    ['the 100-point form comes after the 90-point one', [[20, 20, 20, 15, 15], [30, 20, 20, 15, 15]]],
    ['the 100-point form comes first', [[30, 20, 20, 15, 15], [20, 20, 20, 15, 15]]],
  ])('equal what opening each form shows: %s', async (label, weights) => {
    const unit = `SF-${label.length}-${weights[0]![0]}`;
    const r = await setUpRegion(t, unit);
    await r.org(`${unit}-R`, '某区', null);
    await r.org(`${unit}-CZ`, '某区财政局', `${unit}-R`, 'finance');
    await r.org(unit, '某预算单位', `${unit}-CZ`, 'unit');
    await r.user(`editor_${unit}`, 'unit_editor', unit);
    const editor = await t.login(`editor_${unit}`, 'Passw0rd-test');
    const text = weights.map((w, i) => table(`${'甲乙'[i]}培训项目`, w)).join('\n\n');
    const preview = await upload(t, editor, unit, 2025, new TextEncoder().encode(text), 'targets.txt');
    expect(preview.status).toBe(201);
    expect(preview.body.forms).toHaveLength(2);
    const committed = await t.request('POST', `/api/imports/${preview.body.id}/commit`, { session: editor });
    expect(committed.status).toBe(200);
    const listed = await t.request('GET', `/api/forms?org=${unit}`, { session: editor });
    expect(listed.status).toBe(200);
    let weightErrors = 0;
    for (const { id } of committed.body.forms as Array<{ id: number }>) {
      const item = (listed.body.items as Array<{ id: number; errors: number; warnings: number }>).find((x) => x.id === id);
      const opened = await t.request('GET', `/api/forms/${id}`, { session: editor });
      const findings = opened.body.findings as Array<{ severity: string; code: string }>;
      expect(item).toMatchObject({
        errors: findings.filter((f) => f.severity === 'error').length,
        warnings: findings.filter((f) => f.severity === 'warning').length,
      });
      weightErrors += findings.filter((f) => f.code === 'weights' && f.severity === 'error').length;
    }
    expect(weightErrors).toBe(1);
  });
});
