import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpRegion, startTestServer, upload, type Session, type TestServer } from './harness';
import { targetTable } from './target-table';

let t: TestServer;
let editor: Session;
const UNIT = 'PICK-U1';

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t, 'PICK');
  await r.org('PICK-R', '某区', null);
  await r.org('PICK-CZ', '某区财政局', 'PICK-R', 'finance');
  await r.org(UNIT, '某预算单位', 'PICK-CZ', 'unit');
  await r.user('editor_pick', 'unit_editor', UNIT);
  editor = await t.login('editor_pick', 'Passw0rd-test');
});

afterAll(async () => {
  await t?.stop();
});

const NAMES = ['甲培训项目', '乙培训项目', '丙培训项目'];
const document = () => new TextEncoder().encode(NAMES.map((n) => targetTable(n, [20, 20, 20, 15, 15])).join('\n\n'));

async function preview() {
  const res = await upload(t, editor, UNIT, 2025, document(), 'three.txt');
  expect(res.status).toBe(201);
  expect(res.body.forms.map((f: { project_name: string }) => f.project_name)).toEqual(NAMES);
  return res.body.id as string;
}

async function storedNames(): Promise<string[]> {
  const listed = await t.request('GET', `/api/forms?org=${UNIT}`, { session: editor });
  return (listed.body.items as Array<{ project_name: string }>).map((f) => f.project_name).sort();
}

describe('committing only the ticked forms of a preview', () => {
  it.each([
    { name: 'an index past the last form', body: { forms: [0, 3] }, status: 400 },
    { name: 'an empty choice', body: { forms: [] }, status: 400 },
  ])('refuses $name and stores nothing', async ({ body, status }) => {
    const id = await preview();
    const before = await storedNames();
    const res = await t.request('POST', `/api/imports/${id}/commit`, { session: editor, body });
    expect(res.status).toBe(status);
    expect(await storedNames()).toEqual(before);
  });

  it('stores the ticked forms only, in preview order, and the preview is then used up', async () => {
    const id = await preview();
    const before = await storedNames();
    const res = await t.request('POST', `/api/imports/${id}/commit`, { session: editor, body: { forms: [2, 0, 2] } });
    expect(res.status).toBe(200);
    expect(res.body.forms.map((f: { project_name: string }) => f.project_name)).toEqual(['甲培训项目', '丙培训项目']);
    expect(await storedNames()).toEqual([...before, '甲培训项目', '丙培训项目'].sort());
    expect((await t.request('POST', `/api/imports/${id}/commit`, { session: editor, body: { forms: [1] } })).status).toBe(409);
  });
});
