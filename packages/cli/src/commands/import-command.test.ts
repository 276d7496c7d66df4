import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formsDocumentSchema } from '@jixiao/core';
import type { CommandIO } from '../command';
import { importCommand } from './import-command';

async function run(args: string[], isTTY = false) {
  let out = '';
  let err = '';
  const io: CommandIO = { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, isTTY };
  const code = await importCommand.run(args, io);
  return { code, out, err };
}

function sample(dir: string, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, '项目支出绩效目标表\n项目名称\t测试项目\n三级指标\t指标值\t计量单位\n培训人数\t≥100\t人\n');
  return file;
}

describe('jixiao import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-import-cli-'));

  it('--json prints exactly one jixiao.forms/v1 object and nothing else', async () => {
    const { code, out, err } = await run(['--json', sample(dir, 'a.txt')]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const json = JSON.parse(out);
    expect(formsDocumentSchema.safeParse(json).success).toBe(true);
    expect(json).toMatchObject({ format: 'jixiao.forms/v1', source: 'a.txt', forms: [{ kind: 'project_target', project_name: '测试项目' }] });
    expect(out).toBe(JSON.stringify(json, null, 2) + '\n');
  });

  it('--out writes <name>.json per file, keeps going past a missing file and exits non-zero', async () => {
    const out = join(dir, 'out');
    const files = ['b.txt', 'c.md', 'd.txt'].map((n) => sample(dir, n));
    const { code, err } = await run(['--out', out, ...files, join(dir, 'missing.txt')]);
    expect(code).toBe(1);
    for (const n of ['b', 'c', 'd']) expect(existsSync(join(out, `${n}.json`))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'c.json'), 'utf8')).source).toBe('c.md');
    expect(err).toContain('找不到文件');
    expect(err).toContain('导入 4/4');
  });

  it('prints a Chinese summary without flags', async () => {
    const { code, out } = await run([sample(dir, 'e.txt')]);
    expect(code).toBe(0);
    expect(out).toContain('1 张表，1 行指标');
    expect(out).toContain('项目支出绩效目标表：1 张');
  });

  it.each([
    [[], '缺少要导入的文件'],
    [['--json', 'x.txt', 'y.txt'], '--json 只能用于一个文件'],
    [['--bogus', 'x.txt'], '未知参数'],
  ])('usage error %j', async (args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});

describe('jixiao import of an .rtf', () => {
  it('reads a Word-saved RTF table (\\uN escapes) into a form', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-import-rtf-'));
    const u = (s: string) => [...s].map((ch) => `\\u${ch.charCodeAt(0) > 0x7fff ? ch.charCodeAt(0) - 0x10000 : ch.charCodeAt(0)}?`).join('');
    const row = (cells: string[]) => `\\trowd${cells.map((_, i) => `\\cellx${(i + 1) * 1500}`).join('')}${cells.map((c) => `\\pard\\intbl ${u(c)}\\cell`).join('')}\\row\n`;
    const rtf = `{\\rtf1\\ansi\\ansicpg936\\uc1 \\pard ${u('项目支出绩效目标表')}\\par\n${row(['项目名称', '测试项目', '', ''])}${row(['三级指标', '指标值', '计量单位', '权重'])}${row(['培训人数', '≥100', '人', '10'])}\\pard\\par}`;
    const file = join(dir, '目标表.rtf');
    writeFileSync(file, rtf);
    const { code, out } = await run(['--json', file]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ forms: [{ kind: 'project_target', project_name: '测试项目', indicators: [{ name: '培训人数', target: '100', unit: '人' }] }] });
  });
});
