import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './main';

// The contract other programs rely on, checked through `main` the way the binary calls it.
const dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-contract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const target = join(dir, 'target.txt');
writeFileSync(target, '项目支出绩效目标表\n项目名称\t测试项目\n三级指标\t指标值\t计量单位\n培训人数\t≥100\t人\n');
const dashed = join(dir, '-dashed.txt');
writeFileSync(dashed, readFileSync(target));
const noForms = join(dir, 'minutes.txt');
writeFileSync(noForms, '会议纪要\n今天讨论了下一年度的工作安排，没有任何表格。\n');
const folder = join(dir, 'folder');
mkdirSync(folder);

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, isTTY: false });
  return { code, out, err };
}

describe('jixiao command contract', () => {
  it.each(['import', 'check', 'score'])('%s --json on a folder: exit 1, a Chinese reason, nothing on stdout', async (command) => {
    const { code, out, err } = await run([command, '--json', folder]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('是目录，不是文件');
    expect(err).not.toMatch(/EISDIR/);
  });

  it('export of a folder says it is a folder', async () => {
    const { code, err } = await run(['export', '--format', 'json', '--out', join(dir, 'f.json'), folder]);
    expect(code).toBe(1);
    expect(err).toContain('是目录，不是文件');
  });

  it.each([
    { command: 'import', json: { format: 'jixiao.forms/v1', forms: [] } },
    { command: 'check', json: { format: 'jixiao.findings/v1', findings: [] } },
    { command: 'score', json: { forms: [] } },
  ])('$command --json on a document without forms: the usual object on stdout, why on stderr', async ({ command, json }) => {
    const { code, out, err } = await run([command, '--json', noForms]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject(json);
    expect(err).toContain('没有识别出任何绩效表');
  });

  it('score --json on targets only says there is nothing to score', async () => {
    const { code, out, err } = await run(['score', '--json', target]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ forms: [] });
    expect(err).toContain('没有项目支出或部门整体支出绩效自评表');
  });

  it.each([
    { args: ['import', '--json', '--', dashed], format: 'jixiao.forms/v1' },
    { args: ['check', '--json', '--', dashed], format: 'jixiao.findings/v1' },
    { args: ['score', '--json', '--', dashed], format: undefined },
  ])('`--` ends the options: $args.0 reads a file named "-dashed.txt"', async ({ args, format }) => {
    const { code, out, err } = await run(args);
    expect(code, err).toBe(0);
    expect(JSON.parse(out).format).toBe(format);
  });

  it('export takes a file after `--` and creates the missing folders of --out', async () => {
    const out = join(dir, 'new', 'nested', 'target.csv');
    const { code, err } = await run(['export', '--format', 'csv', '--out', out, '--', dashed]);
    expect(code, err).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('import --json with one file prints the object even when --out also writes it', async () => {
    const outDir = join(dir, 'imported', 'deep');
    const { code, out } = await run(['import', '--json', '--out', outDir, target]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(JSON.parse(readFileSync(join(outDir, 'target.json'), 'utf8')));
  });

  it.each([
    { name: 'import --out onto a file', args: () => ['import', '--out', target, target], code: 2, message: '--out 要给一个目录' },
    { name: 'export --out onto a folder', args: () => ['export', '--format', 'csv', '--out', folder, target], code: 1, message: '这是一个已有的目录' },
    { name: 'export --out below a file', args: () => ['export', '--format', 'csv', '--out', join(target, 'x.csv'), target], code: 1, message: '已有的文件而不是目录' },
  ])('$name: a Chinese reason without an error code', async ({ args, code, message }) => {
    const result = await run(args());
    expect(result.code).toBe(code);
    expect(result.err).toContain(message);
    expect(result.err).not.toMatch(/E[A-Z]{3,}/);
  });

  it('an unexpected failure is reported in Chinese with exit 70, not thrown as a stack trace', async () => {
    let err = '';
    const broken = { stdout: () => { throw new Error('write EPIPE'); }, stderr: (t: string) => { err += t; }, isTTY: false };
    const code = await main(['check', '--json', target], broken);
    expect(code).toBe(70);
    expect(err).toContain('jixiao check 内部错误：write EPIPE');
  });

  it('--help after `--` is a file name, not a request for help', async () => {
    const { code, err } = await run(['check', '--', '--help']);
    expect(code).toBe(1);
    expect(err).toContain('找不到文件');
  });
});
