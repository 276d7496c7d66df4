import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CommandIO } from '../command';
import { scoreCommand } from './score-command';

const truth003 = fileURLToPath(new URL('../../../../../shared/fixtures/truth/003.json', import.meta.url));
const seed003 = fileURLToPath(new URL('../../../../../shared/seeds/003_8a99ebaca312e0ad.txt', import.meta.url));

async function run(args: string[]) {
  let out = '';
  let err = '';
  const io: CommandIO = { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, isTTY: false };
  const code = await scoreCommand.run(args, io);
  return { code, out, err };
}

// The seed and its answer key live beside the repository (../shared); without them this file is skipped.
describe.skipIf(!existsSync(truth003) || !existsSync(seed003))('jixiao score', () => {
  it('--json prints exactly the documented shape for each self-evaluation', async () => {
    const { code, out, err } = await run(['--json', truth003]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const json = JSON.parse(out) as { forms: Array<Record<string, unknown>> };
    expect(Object.keys(json)).toEqual(['forms']);
    expect(json.forms.map((f) => [f.form, f.kind, f.budget_score, f.total, f.reported_total, f.grade, f.mismatch])).toEqual([
      // The 部门整体 sheet: its rows by the same rules, no separate budget line.
      [0, 'department_self_evaluation', null, 98.6, 98.6, '优', false],
      [1, 'project_self_evaluation', 10, 100, 98.5, '优', true],
      [2, 'project_self_evaluation', 10, 100, 100, '优', false],
    ]);
    expect(Object.keys(json.forms[1]!)).toEqual(['form', 'kind', 'budget_score', 'indicator_scores', 'total', 'reported_total', 'grade', 'mismatch']);
    const first = (json.forms[1]!.indicator_scores as Array<{ row: number; score: number; derivation: { arithmetic: string } }>)[0]!;
    expect(first).toMatchObject({ row: 0, score: 10 });
    expect(first.derivation.arithmetic).toBe('A=12, T=12, w=10 → A≥T → 10');
  });

  it('prints a Chinese table with the mismatch flagged', async () => {
    const { code, out } = await run([truth003]);
    expect(code).toBe(0);
    expect(out).toContain('预算执行率');
    expect(out).toContain('A=40.73, T=40.73 → min(40.73/40.73,1)×10 = 10');
    expect(out).toContain('合计 100（文档自评 98.5）  等级 优  ⚠ 与文档总分不一致');
    expect(out).toContain('第1张表：部门整体支出绩效自评表');
    expect(out).toContain('合计 98.6（文档自评 98.6）  等级 优');
    expect(out).toContain('共 3 张自评表，1 张总分与规则计算不一致。');
  });

  it('imports a document and scores its self-evaluations', async () => {
    const { code, out } = await run(['--json', seed003]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { forms: Array<{ total: number; reported_total: number; mismatch: boolean; budget_score: number | null }> };
    expect(json.forms.map((f) => [f.budget_score, f.total, f.reported_total, f.mismatch])).toEqual([[null, 98.6, 98.6, false], [10, 100, 98.5, true], [10, 100, 100, false]]);
  });

  it('says so when there is nothing to score', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-score-'));
    const file = join(dir, 'empty.json');
    writeFileSync(file, JSON.stringify({ format: 'jixiao.forms/v1', forms: [{ kind: 'project_target' }] }));
    const r = await run([file]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('没有项目支出或部门整体支出绩效自评表');
    expect(JSON.parse((await run(['--json', file])).out)).toEqual({ forms: [] });
  });

  it.each([
    [['/no/such/file.json'], 1, /找不到文件/],
    [[], 2, /请给出一个要计分的文件/],
    [['--bogus', 'x'], 2, /未知参数/],
  ] as Array<[string[], number, RegExp]>)('fails clearly for %j', async (args, code, message) => {
    const r = await run(args);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it('rejects JSON that is not jixiao.forms/v1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-score-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"forms": 3}');
    const r = await run([file]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/jixiao\.forms\/v1/);
  });
});
