import { formSchema, type Form } from '@jixiao/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { review } from '../src/ports';
import { findingsForOne, formPolicy, loadForm } from '../src/use-cases/form-store';
import { reviewMany } from '../src/use-cases/review-many';
import { siblingAtPolicyTotal } from '../src/use-cases/sibling-targets';
import { ADMIN_PASSWORD, startTestServer, type Session, type TestServer } from './harness';
import { savedForm } from './saved-form';
import { loadReviewVolume, volumeForm, VOLUME_PASSWORD, type Volume } from './review-volume';

// The findings export reviews many forms in a few set-wide reads (reviewMany): each must come out exactly as the
// form's own live review (loadForm's history and peers, the sibling at the policy total, its policy) gives it.

let t: TestServer;
let v: Volume;
let editor: Session;
const extra: Record<string, number> = {};

const row = (name: string, weight: number, target: string, unit: string, actual?: string) => ({ level1: '产出指标', level2: '数量指标', name, weight, comparator: '>=', target, unit, ...(actual ? { actual, score: weight } : {}) });

beforeAll(async () => {
  t = await startTestServer();
  v = await loadReviewVolume((path, init) => Promise.resolve(t.server.app.request(path, init)), { prefix: 'RM', units: 6, formsPerUnit: 4, adminPassword: ADMIN_PASSWORD });
  editor = await t.login('rm_ed1', VOLUME_PASSWORD);
  const org = v.unitCodes[0]!;
  // Last year's actual above this year's targets (history), and a self-evaluation without actuals (no history).
  const lastYear = formSchema.parse({ kind: 'project_self_evaluation', fiscal_year: 2025, project_name: '上年项目', indicators: [row('完成任务数', 50, '40', '项', '60'), row('验收合格率', 40, '95', '%', '99')] });
  extra.lastYear = await savedForm(t, editor, org, 2025, lastYear);
  // A target far below the region's peers (peer outlier) totalling 100 beside siblings at 90 (the sibling rule).
  const base = volumeForm(0, 99, 2026).form;
  const outlier = { ...base, project_name: '离群项目', indicators: base.indicators.map((i, n) => ({ ...i, weight: n === 0 ? 30 : i.weight, target: i.name === '完成任务数' ? '1' : i.target })) } as Form;
  extra.outlier = await savedForm(t, editor, org, 2026, outlier);
  // Alone in its year: no sibling, no peers, no history.
  extra.alone = await savedForm(t, editor, org, 2027, { ...base, fiscal_year: 2027 } as Form);
  // Deleted: neither path reviews it.
  extra.deleted = await savedForm(t, editor, org, 2026, base);
  const version = (await t.request('GET', `/api/forms/${extra.deleted}`, { session: editor })).body.version as number;
  expect((await t.request('DELETE', `/api/forms/${extra.deleted}?version=${version}`, { session: editor })).status).toBe(200);
}, 600_000);

afterAll(async () => {
  await t?.stop();
});

async function oneByOne(id: number) {
  const loaded = await loadForm(t.server.db, id, {});
  if (!loaded) return null;
  const policy = formPolicy(loaded.row);
  return findingsForOne(review([loaded.form], policy, loaded.review, await siblingAtPolicyTotal(t.server.db, loaded.row, loaded.form, policy)));
}

describe('reviewMany', () => {
  it('gives every form the findings its own review gives, across units, years and regions of the list', async () => {
    const ids = [...v.formIds, ...Object.values(extra), 999_999];
    const many = await reviewMany(t.server.db, ids);
    const codes = new Set<string>();
    for (const id of ids) {
      const own = await oneByOne(id);
      expect(many.get(id)?.findings ?? null, `form ${id}`).toEqual(own);
      for (const f of own ?? []) codes.add(f.code);
    }
    // The comparison covers the look-ups that read other forms, and the guards.
    expect([...codes]).toEqual(expect.arrayContaining(['history', 'peer_outlier', 'direction', 'satisfaction']));
    expect(many.get(extra.outlier!)!.findings.some((f) => f.code === 'weights')).toBe(true);
    expect(many.get(extra.alone!)!.findings.some((f) => ['history', 'peer_outlier', 'weights'].includes(f.code))).toBe(false);
    expect(many.has(extra.deleted!)).toBe(false);
    expect(many.has(999_999)).toBe(false);
  });

  it('reads a change of another form at once: nothing is kept between calls', async () => {
    const before = (await reviewMany(t.server.db, [v.formIds[0]!])).get(v.formIds[0]!)!.findings.filter((f) => f.code === 'history');
    // Last year's actuals fall below every target: the history findings go.
    const read = (await t.request('GET', `/api/forms/${extra.lastYear}`, { session: editor })).body;
    const lower = { ...read.form, indicators: read.form.indicators.map((i: object) => ({ ...i, actual: '1' })) };
    expect((await t.request('PUT', `/api/forms/${extra.lastYear}`, { session: editor, body: { version: read.version, form: lower } })).status).toBe(200);
    const after = (await reviewMany(t.server.db, [v.formIds[0]!])).get(v.formIds[0]!)!.findings.filter((f) => f.code === 'history');
    expect(before.length).toBeGreaterThan(0);
    expect(after).toEqual([]);
    expect(after).toEqual((await oneByOne(v.formIds[0]!))!.filter((f) => f.code === 'history'));
  });
});
