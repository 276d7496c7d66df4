import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findingsDocumentSchema, formSchema } from '@jixiao/core';
import type { CommandIO } from '../command';
import { checkCommand } from './check-command';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const io: CommandIO = { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, isTTY: false };
  const code = await checkCommand.run(args, io);
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'jixiao-check-'));
const rows = [
  { level1: '产出指标', level2: '数量指标', name: '组织培训班次', weight: 40, unit: '次', comparator: '>=', target: '2' },
  { level1: '产出指标', level2: '数量指标', name: '劳务费发放及时率', weight: 20, unit: '%', comparator: '>=', target: '98' },
  { level1: '效益指标', level2: '数量指标', name: '安全生产事故发生率', weight: 20, unit: '%', comparator: '>=', target: '0' },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度', weight: 10, unit: '%', comparator: '>=', target: '95' },
];
const formsDoc = {
  format: 'jixiao.forms/v1',
  source: 'sample.txt',
  forms: [
    formSchema.parse({ kind: 'project_target', fiscal_year: 2024, project_name: '培训经费', goal: '组织2次培训，召开3次会议', overview: '遗属戴明每月生活补助', indicators: rows }),
    formSchema.parse({ kind: 'project_target', fiscal_year: 2024, project_name: '无问题项目', indicators: [
      { level1: '产出指标', level2: '数量指标', name: '培训人数', weight: 40, unit: '人', comparator: '>=', target: '100' },
      { level1: '效益指标', level2: '社会效益指标', name: '业务能力', weight: 40, comparator: 'qualitative', target: '明显提升' },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '学员满意度', weight: 10, unit: '%', comparator: '>=', target: '90' },
    ] }),
  ],
  warnings: [],
};
const formsFile = join(dir, 'forms.json');
writeFileSync(formsFile, JSON.stringify({ ...formsDoc, forms: formsDoc.forms.map((f, i) => (i === 0 ? { ...f, levels_uncertain: true } : f)) }));

describe('jixiao check', () => {
  it('--json prints exactly a findings document indexed like the forms', async () => {
    const { code, out, err } = await run(['--json', formsFile]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const doc = findingsDocumentSchema.parse(JSON.parse(out));
    expect(Object.keys(JSON.parse(out))).toEqual(['format', 'findings']);
    const tags = doc.findings.map((f) => `${f.code}@${f.form}:${f.row ?? '-'}`);
    expect(tags).toEqual(expect.arrayContaining([
      'levels@0:2', 'direction@0:2', 'implausible_target@0:2', 'level_vs_name@0:1', 'goal_vs_indicators@0:-', 'private_data@0:-',
    ]));
    expect(doc.findings.filter((f) => f.form === 1)).toEqual([]);
  });

  it('prints a Chinese report grouped by form, errors first', async () => {
    const { code, out } = await run([formsFile]);
    expect(code).toBe(0);
    expect(out).toContain('第1张表 项目支出绩效目标表「培训经费」');
    expect(out).toContain('第2张表 项目支出绩效目标表「无问题项目」：未发现问题');
    const first = out.slice(out.indexOf('第1张表 '));
    expect(first.indexOf('【错误】')).toBeGreaterThan(-1);
    expect(first.indexOf('【错误】')).toBeLessThan(first.indexOf('【警告】'));
    expect(out).toMatch(/发现 \d+ 个问题（错误 \d+，警告 \d+，提示 \d+）/);
  });

  it('--framework and --policy change the rules', async () => {
    const policyFile = join(dir, 'policy.json');
    writeFileSync(policyFile, JSON.stringify({ weightTotals: { project_target: 100 } }));
    const strict = findingsDocumentSchema.parse(JSON.parse((await run(['--json', '--policy', policyFile, formsFile])).out));
    expect(strict.findings.some((f) => f.code === 'weights' && f.form === 1)).toBe(true);
    const y2020 = findingsDocumentSchema.parse(JSON.parse((await run(['--json', '--framework', '2020', formsFile])).out));
    expect(y2020.findings.some((f) => f.code === 'levels' && f.row === 2)).toBe(true);
  });

  it.each([
    [['/no/such/file.json'], 1, '找不到文件'],
    [[join(dir, 'policy-missing.json'), '--policy', '/no/such/policy.json'], 2, '找不到文件'],
    [['--framework', '2019', formsFile], 2, '--framework'],
    [[], 2, '缺少要审核的文件'],
  ])('%j fails with %i', async (args, want, text) => {
    const { code, err } = await run(args as string[]);
    expect(code).toBe(want);
    expect(err).toContain(text);
  });

  it('rejects a JSON file that is not jixiao.forms/v1', async () => {
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ format: 'jixiao.findings/v1', findings: [] }));
    const { code, err } = await run([other]);
    expect(code).toBe(1);
    expect(err).toContain('不是 jixiao.forms/v1');
  });

  const seed = fileURLToPath(new URL('../../../../../shared/seeds/000_3b6337d68d69f2f3.txt', import.meta.url));
  // The seeds live beside the repository (../shared); without them this case is skipped.
  it.skipIf(!existsSync(seed))('imports a document before reviewing it (seed 000)', async () => {
    const { code, out } = await run(['--json', seed]);
    expect(code).toBe(0);
    const tags = findingsDocumentSchema.parse(JSON.parse(out)).findings.map((f) => `${f.code}@${f.form}:${f.row ?? '-'}`);
    // Defects a reviewer finds in the published document: weights totalling 100, 满意度 in 场次, a rate in 个工作日.
    expect(tags).toEqual(expect.arrayContaining(['weights@1:-', 'weights@6:-', 'satisfaction@9:0', 'unit_vs_name@10:0', 'implausible_target@5:4']));
  });
});
