import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCommand } from './export-command';

const work = mkdtempSync(join(tmpdir(), 'jixiao-export-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await exportCommand.run(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, isTTY: false });
  return { code, stdout, stderr };
}

const TRUTH = '/work/shared/fixtures/truth/002.json';
const SEED = '/work/shared/seeds/004_1accb42d456f302a.txt';

describe('jixiao export', () => {
  it.each([
    { format: 'xlsx', magic: 'PK' },
    { format: 'docx', magic: 'PK' },
    { format: 'csv', magic: '\ufeff' },
    { format: 'json', magic: '{' },
  ])('writes $format from a jixiao.forms/v1 JSON', async ({ format, magic }) => {
    const out = join(work, `truth.${format}`);
    const { code, stderr } = await run(['--format', format, '--out', out, TRUTH]);
    expect(code, stderr).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith(magic)).toBe(true);
    expect(stderr).toContain('已导出 6 张表');
  });

  it('imports a document first', async () => {
    const out = join(work, 'seed.json');
    const { code, stderr } = await run([`--format=json`, `--out=${out}`, SEED]);
    expect(code, stderr).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.forms[0].kind).toBe('department_target');
    expect(doc.source).toBe('004_1accb42d456f302a.txt');
  });

  it('shows progress on stderr for many forms', async () => {
    const truth = JSON.parse(readFileSync(TRUTH, 'utf8'));
    const many = join(work, 'many.json');
    writeFileSync(many, JSON.stringify({ ...truth, forms: Array.from({ length: 30 }, (_, i) => truth.forms[i % truth.forms.length]) }));
    const { code, stderr } = await run(['--format', 'xlsx', '--out', join(work, 'many.xlsx'), many]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/正在生成 30\/30 张表/);
  });

  it.each([
    { name: 'no format', args: [TRUTH], code: 2, message: '缺少 --format' },
    { name: 'unknown format', args: ['--format', 'odt', TRUTH], code: 2, message: '不支持的导出格式' },
    { name: 'no input', args: ['--format', 'xlsx'], code: 2, message: '缺少输入文件' },
    { name: 'unknown flag', args: ['--format', 'xlsx', '--bogus', TRUTH], code: 2, message: '未知参数' },
    { name: 'missing file', args: ['--format', 'xlsx', join(work, 'nope.json')], code: 1, message: '找不到文件' },
    { name: 'output that is a folder', args: ['--format', 'csv', '--out', work, TRUTH], code: 1, message: '这是一个已有的目录' },
  ])('fails on $name with a Chinese message', async ({ args, code, message }) => {
    const result = await run(args);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
  });

  it('rejects a JSON that is not a valid forms document', async () => {
    const bad = join(work, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'jixiao.forms/v1', forms: [{ kind: 'nope' }] }));
    const result = await run(['--format', 'xlsx', bad]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('不是有效的 jixiao.forms/v1 文件');
  });
});
