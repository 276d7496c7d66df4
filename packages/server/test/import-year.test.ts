import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpRegion, startTestServer, upload, type TestServer } from './harness';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});

afterAll(async () => {
  await t?.stop();
});

const table = (title: string) => [
  title,
  '一级指标\t二级指标\t三级指标\t指标性质\t指标值\t计量单位',
  '产出指标\t数量指标\t培训人次\t≥\t300\t人次',
  '产出指标\t质量指标\t培训合格率\t≥\t95\t%',
  '效益指标\t社会效益指标\t业务能力\t定性\t明显提升\t',
  '满意度指标\t服务对象满意度指标\t学员满意度\t≥\t90\t%',
].join('\n');

describe('importing a document into a year', () => {
  it.each([
    ['names no year: the form takes the year chosen on upload', '项目支出绩效目标表', 2025, 2025],
    // The preview shows the document's year (the confirm warns of it); the stored form is the record's.
    ['names its own year: the preview shows it, the stored form takes the chosen year', '2023年度项目支出绩效目标表', 2025, 2023],
  ])('%s', async (_label, title, chosen, expected) => {
    const r = await setUpRegion(t, String(expected));
    const unit = `Y${chosen}-${expected}`;
    await r.org(`${unit}-R`, '某区', null);
    await r.org(`${unit}-CZ`, '某区财政局', `${unit}-R`, 'finance');
    await r.org(unit, '某预算单位', `${unit}-CZ`, 'unit');
    await r.user(`editor_${unit}`, 'unit_editor', unit);
    const editor = await t.login(`editor_${unit}`, 'Passw0rd-test');
    const preview = await upload(t, editor, unit, chosen, new TextEncoder().encode(table(title)), 'target.txt');
    expect(preview.status).toBe(201);
    expect(preview.body.forms.map((f: { fiscal_year: number | null }) => f.fiscal_year)).toEqual([expected]);
    const committed = await t.request('POST', `/api/imports/${preview.body.id}/commit`, { session: editor });
    expect(committed.status).toBe(200);
    const read = await t.request('GET', `/api/forms/${committed.body.forms[0].id}`, { session: editor });
    expect(read.status).toBe(200);
    expect(read.body.form.fiscal_year).toBe(chosen);
  });
});

describe('importing without a chosen year: the year the document states, else the one its kind implies today', () => {
  it.each([
    ['states 2023', '2023年度项目支出绩效目标表', '2026-11-24T02:00:00Z', null, 2023, 'stated'],
    ['states none, a target in November: next year', '项目支出绩效目标表', '2026-11-24T02:00:00Z', '', 2027, 'kind'],
    ['states none, a target in March: this year', '项目支出绩效目标表', '2026-03-01T02:00:00Z', null, 2026, 'kind'],
  ] as const)('%s', async (label, title, now, sent, year, source) => {
    t.clock.set(new Date(now));
    const unit = `D${year}-${source}-${label.length}`;
    const r = await setUpRegion(t, unit);
    await r.org(`${unit}-R`, '某区', null);
    await r.org(`${unit}-CZ`, '某区财政局', `${unit}-R`, 'finance');
    await r.org(unit, '某预算单位', `${unit}-CZ`, 'unit');
    await r.user(`editor_${unit}`, 'unit_editor', unit);
    const editor = await t.login(`editor_${unit}`, 'Passw0rd-test');
    const preview = await upload(t, editor, unit, sent, new TextEncoder().encode(table(title)), 'target.txt');
    expect(preview.status).toBe(201);
    expect(preview.body).toMatchObject({ fiscal_year: year, year_source: source });
    expect(preview.body.forms[0].fiscal_year).toBe(year);
    const committed = await t.request('POST', `/api/imports/${preview.body.id}/commit`, { session: editor });
    const read = await t.request('GET', `/api/forms/${committed.body.forms[0].id}`, { session: editor });
    expect(read.body.form.fiscal_year).toBe(year);
  });

  it('says where a chosen year came from', async () => {
    t.clock.set(new Date('2026-03-01T02:00:00Z'));
    const unit = 'DCHOSEN';
    const r = await setUpRegion(t, unit);
    await r.org(`${unit}-R`, '某区', null);
    await r.org(`${unit}-CZ`, '某区财政局', `${unit}-R`, 'finance');
    await r.org(unit, '某预算单位', `${unit}-CZ`, 'unit');
    await r.user(`editor_${unit}`, 'unit_editor', unit);
    const editor = await t.login(`editor_${unit}`, 'Passw0rd-test');
    const preview = await upload(t, editor, unit, 2025, new TextEncoder().encode(table('2023年度项目支出绩效目标表')), 'target.txt');
    expect(preview.body).toMatchObject({ fiscal_year: 2025, year_source: 'chosen' });
  });
});
