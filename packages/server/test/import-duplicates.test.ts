import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpRegion, startTestServer, upload, type Session, type TestServer } from './harness';

let t: TestServer;
let editor: Session;
const UNIT = 'DUP-U1';

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t, '2025');
  await r.org('DUP-R', '某区', null);
  await r.org('DUP-CZ', '某区财政局', 'DUP-R', 'finance');
  await r.org(UNIT, '某街道办事处', 'DUP-CZ', 'unit');
  await r.org('DUP-U2', '另一街道办事处', 'DUP-CZ', 'unit');
  await r.user('editor_dup', 'unit_editor', UNIT);
  await r.user('editor_dup2', 'unit_editor', 'DUP-U2');
  editor = await t.login('editor_dup', 'Passw0rd-test');
});

afterAll(async () => {
  await t?.stop();
});

const target = (project: string, year = 2025) => new TextEncoder().encode([
  `${year}年度项目支出绩效目标表`,
  `项目名称\t${project}`,
  '一级指标\t二级指标\t三级指标\t指标性质\t指标值\t计量单位',
  '产出指标\t数量指标\t清扫保洁面积\t≥\t120\t万平方米',
  '效益指标\t社会效益指标\t市容环境\t定性\t明显改善\t',
  '满意度指标\t服务对象满意度指标\t居民满意度\t≥\t90\t%',
].join('\n'));

async function importOnce(session: Session, org: string, bytes: Uint8Array) {
  const preview = await upload(t, session, org, 2025, bytes, 'target.txt');
  expect(preview.status).toBe(201);
  return preview.body as { id: string; existing: Array<{ form: number; id: number; status: string; project_name: string | null }> };
}

describe('importing a form the unit already has', () => {
  it('names the stored form of the same project and year in the preview, and nothing for a new one', async () => {
    const first = await importOnce(editor, UNIT, target('市政环卫管护'));
    expect(first.existing).toEqual([]);
    const committed = await t.request('POST', `/api/imports/${first.id}/commit`, { session: editor });
    expect(committed.status).toBe(200);
    const storedId = committed.body.forms[0].id as number;

    // The same file again, or the name with other blanks: the preview says which form exists.
    for (const name of ['市政环卫管护', '市政环卫 管护']) {
      const again = await importOnce(editor, UNIT, target(name));
      expect(again.existing).toEqual([{ form: 0, id: storedId, kind: 'project_target', status: 'draft', project_name: '市政环卫管护' }]);
    }
    // A document naming another year is stored under the chosen one, so it duplicates the form filed there.
    expect((await importOnce(editor, UNIT, target('市政环卫管护', 2024))).existing.map((e) => e.id)).toEqual([storedId]);
    // Another project or another unit is no duplicate.
    expect((await importOnce(editor, UNIT, target('老旧小区改造'))).existing).toEqual([]);
    const other = await t.login('editor_dup2', 'Passw0rd-test');
    expect((await importOnce(other, 'DUP-U2', target('市政环卫管护'))).existing).toEqual([]);
  });
});
