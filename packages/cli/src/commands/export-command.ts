import { basename, extname } from 'node:path';
import { EXPORT_FORMATS, exportForms, type ExportFormat } from '@jixiao/documents';
import type { Command, CommandIO } from '../command';
import { loadForms } from '../load-forms';
import { writeOutput } from '../write-output';

const USAGE = `jixiao export --format xlsx|docx|pdf|json|csv [--out 文件] [--title 标题] 输入文件

  输入文件   绩效文档（文本、Markdown、HTML、CSV、docx、xlsx、pdf、rtf），或 jixiao.forms/v1 的 JSON
  --format   导出格式：xlsx（每张表一个工作表）、docx、pdf（A4，表头每页重复）、json、csv（每行一条指标，带 BOM）
  --out      输出文件（所在目录不存在时自动创建）；省略时写到当前目录，文件名取输入文件名
  --title    文档标题（docx/pdf 的文档属性、默认文件名）

生成 PDF 需要中文字体：安装 fonts-noto-cjk，或设置环境变量 JIXIAO_CJK_FONT 指向字体文件。`;

interface ExportArgs {
  format: ExportFormat;
  out: string | null;
  title: string | null;
  input: string;
}

export const exportCommand: Command = {
  name: 'export',
  summary: '导出表单为 xlsx / docx / pdf / json / csv',
  usage: USAGE,
  run: async (args, io) => {
    const parsed = parseArgs(args);
    if (typeof parsed === 'string') {
      io.stderr(`${parsed}\n\n用法: ${USAGE}\n`);
      return 2;
    }
    const loaded = await loadForms(parsed.input);
    if (!loaded.ok) {
      io.stderr(`${loaded.message}\n`);
      return 1;
    }
    const forms = loaded.doc.forms;
    if (forms.length === 0) {
      io.stderr(`输入文件 ${parsed.input} 中没有识别出任何绩效表，没有可导出的内容。\n`);
      return 1;
    }
    const progress = progressReporter(io, forms.length);
    const result = await exportForms(forms, parsed.format, {
      title: parsed.title ?? undefined,
      source: basename(parsed.input),
      onProgress: progress.update,
    });
    progress.finish();
    if (!result.ok) {
      for (const issue of result.issues) io.stderr(`导出失败：${issue.message}\n`);
      return 1;
    }
    const out = parsed.out ?? `${basename(parsed.input, extname(parsed.input))}.${parsed.format}`;
    const written = await writeOutput(out, result.bytes);
    if (!written.ok) {
      io.stderr(`${written.message}\n`);
      return 1;
    }
    io.stderr(`已导出 ${forms.length} 张表到 ${out}（${formatSize(result.bytes.length)}）\n`);
    return 0;
  },
};

function parseArgs(args: string[]): ExportArgs | string {
  let format: string | null = null;
  let out: string | null = null;
  let title: string | null = null;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, null];
    const value = () => inline ?? args[++i] ?? null;
    if (flag === '--format' || flag === '-f') format = value();
    else if (flag === '--out' || flag === '-o') out = value();
    else if (flag === '--title') title = value();
    else if (flag.startsWith('-') && flag !== '-') return `未知参数：${flag}`;
    else positional.push(arg);
  }
  if (!format) return '缺少 --format：请指定 xlsx、docx、pdf、json 或 csv。';
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) return `不支持的导出格式“${format}”：请使用 xlsx、docx、pdf、json 或 csv。`;
  if (out === null && args.some((a) => a === '--out' || a === '-o')) return '--out 后面缺少输出文件名。';
  if (positional.length === 0) return '缺少输入文件：请给出要导出的文档或 jixiao.forms/v1 JSON 文件。';
  if (positional.length > 1) return `只能给一个输入文件，收到 ${positional.length} 个：${positional.join('、')}。`;
  return { format: format as ExportFormat, out, title, input: positional[0]! };
}


function progressReporter(io: CommandIO, total: number) {
  const shown = total >= 20;
  let lastTenth = -1;
  return {
    update: (done: number, all: number) => {
      if (!shown) return;
      if (io.isTTY) io.stderr(`\r正在生成 ${done}/${all} 张表…`);
      else {
        const tenth = Math.floor((done / all) * 10);
        if (tenth !== lastTenth) {
          lastTenth = tenth;
          io.stderr(`正在生成 ${done}/${all} 张表…\n`);
        }
      }
    },
    finish: () => {
      if (shown && io.isTTY) io.stderr('\n');
    },
  };
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
