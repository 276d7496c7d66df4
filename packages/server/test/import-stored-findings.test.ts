import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedWeightErrors, targetTable } from './target-table';
import { setUpRegion, startTestServer, upload, type TestServer } from './harness';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});

afterAll(async () => {
  await t?.stop();
});

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
    const text = weights.map((w, i) => targetTable(`${'甲乙'[i]}培训项目`, w)).join('\n\n');
    const preview = await upload(t, editor, unit, 2025, new TextEncoder().encode(text), 'targets.txt');
    expect(preview.status).toBe(201);
    expect(preview.body.forms).toHaveLength(2);
    const committed = await t.request('POST', `/api/imports/${preview.body.id}/commit`, { session: editor });
    expect(committed.status).toBe(200);
    let weightErrors = 0;
    for (const { id } of committed.body.forms as Array<{ id: number }>) weightErrors += await storedWeightErrors(t, editor, unit, id);
    expect(weightErrors).toBe(1);
  });
});
