import { mkdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { FORM_KIND_LABELS, type FormKind, type FormsDocument } from '@jixiao/core';
import { importFile } from '@jixiao/documents/importer';
import type { Command, CommandIO } from '../command';
import { noFormsMessage, readErrorMessage } from '../load-forms';
import { writeErrorMessage, writeOutput } from '../write-output';

const USAGE = 'jixiao import [--json] [--out DIR] FILE...\n\n'
  + '  FILE     绩效文档：文本（逐格一行 / 制表符分隔）、Markdown、HTML、docx、xlsx、odt、ods、pdf、rtf\n'
  + '  --json   只导入一个文件时，在标准输出打印 jixiao.forms/v1 JSON（不含其他文字）\n'
  + '  --out    把每个文件的结果写成 DIR/<文件名>.json（目录不存在时自动创建）\n\n'
  + '不加参数时打印中文摘要（各类表格数、指标行数、警告）。有文件无法读取时以非 0 退出，其余文件照常处理。';

interface Args { json: boolean; out: string | null; files: string[] }

function parseArgs(argv: string[]): { ok: true; args: Args } | { ok: false; message: string } {
  const args: Args = { json: false, out: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      args.files.push(...argv.slice(i + 1));
      break;
    }
    if (a === '--json') args.json = true;
    else if (a === '--out' || a.startsWith('--out=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) return { ok: false, message: '--out 需要一个输出目录。' };
      args.out = v;
    } else if (a.startsWith('--')) return { ok: false, message: `未知参数：${a}` };
    else args.files.push(a);
  }
  if (args.files.length === 0) return { ok: false, message: '缺少要导入的文件。' };
  if (args.json && args.files.length > 1 && !args.out) {
    return { ok: false, message: '--json 只能用于一个文件；导入多个文件请加 --out DIR，每个文件写一个 JSON。' };
  }
  return { ok: true, args };
}

/** Summary of one imported document, in Chinese, for people. */
export function summarize(file: string, doc: FormsDocument): string {
  const lines: string[] = [];
  const byKind = new Map<FormKind, number>();
  for (const f of doc.forms) byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
  const rows = doc.forms.reduce((n, f) => n + f.indicators.length, 0);
  lines.push(`${file}：${doc.forms.length} 张表，${rows} 行指标，${doc.warnings.length} 条警告`);
  for (const [kind, n] of byKind) lines.push(`  ${FORM_KIND_LABELS[kind]}：${n} 张`);
  doc.forms.forEach((f, i) => {
    const name = 'project_name' in f && f.project_name ? f.project_name : f.org ?? f.department ?? '';
    lines.push(`  [${i + 1}] ${FORM_KIND_LABELS[f.kind]}${name ? `「${name}」` : ''}${f.fiscal_year ? ` ${f.fiscal_year}年` : ''}：${f.indicators.length} 行指标`);
  });
  for (const w of doc.warnings) {
    const where = [w.form != null ? `表${w.form + 1}` : null, w.row != null ? `第${w.row + 1}个指标` : null].filter(Boolean).join(' ');
    lines.push(`  警告${where ? `（${where}）` : ''}：${w.message}`);
  }
  return lines.join('\n') + '\n';
}

function progress(io: CommandIO, done: number, total: number, file: string): void {
  if (total <= 3) return;
  if (io.isTTY) {
    const width = 24;
    const filled = Math.round((done / total) * width);
    io.stderr(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${basename(file).slice(0, 40)}\x1b[K`);
    if (done === total) io.stderr('\n');
  } else {
    io.stderr(`导入 ${done}/${total}：${file}\n`);
  }
}

async function importOne(file: string): Promise<{ ok: true; doc: FormsDocument } | { ok: false; messages: string[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    return { ok: false, messages: [readErrorMessage(file, e)] };
  }
  const result = await importFile(bytes, basename(file));
  if (!result.ok) return { ok: false, messages: result.issues.map((i) => i.message) };
  return { ok: true, doc: result.document };
}

export const importCommand: Command = {
  name: 'import',
  summary: '导入绩效文档（文本、Markdown、HTML、CSV、docx、xlsx、odt、ods、pdf、rtf），输出 jixiao.forms/v1',
  usage: USAGE,
  run: async (argv, io) => {
    const parsed = parseArgs(argv);
    if (!parsed.ok) {
      io.stderr(`${parsed.message}\n\n用法: ${USAGE}\n`);
      return 2;
    }
    const { json, out, files } = parsed.args;
    if (out) {
      try {
        await mkdir(out, { recursive: true });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        io.stderr(code === 'EEXIST' || code === 'ENOTDIR'
          ? `无法创建输出目录 ${out}：路径上已有同名文件；--out 要给一个目录（不存在时自动创建），请换一个名字。\n`
          : `无法创建输出目录：${writeErrorMessage(out, e)}\n`);
        return 2;
      }
    }
    let failed = 0;
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      const result = await importOne(file);
      progress(io, i + 1, files.length, file);
      if (!result.ok) {
        failed++;
        for (const m of result.messages) io.stderr(`导入失败：${m}\n`);
        continue;
      }
      const text = JSON.stringify(result.doc, null, 2) + '\n';
      if (out) {
        const target = join(out, `${basename(file, extname(file))}.json`);
        const written = await writeOutput(target, text);
        if (!written.ok) {
          failed++;
          io.stderr(`${written.message}\n`);
          continue;
        }
        if (!json) io.stderr(`${file} → ${target}（${result.doc.forms.length} 张表，${result.doc.warnings.length} 条警告）\n`);
      }
      // A program asking for --json with one file reads stdout whether or not a copy also goes to --out.
      if (json && files.length === 1) {
        if (result.doc.forms.length === 0) io.stderr(`${noFormsMessage(file)}\n`);
        io.stdout(text);
      } else if (!json && !out) io.stdout(summarize(file, result.doc));
    }
    if (failed > 0 && files.length > 1) io.stderr(`${files.length} 个文件中有 ${failed} 个无法导入。\n`);
    return failed > 0 ? 1 : 0;
  },
};
