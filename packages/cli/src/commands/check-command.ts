import { basename } from 'node:path';
import {
  FINDINGS_FORMAT, FINDING_CODE_LABELS, SEVERITY_LABELS, formTitle, makePolicy, reviewForms,
  type Finding, type FormsDocument, type Policy, type Severity,
} from '@jixiao/core';
import type { Command, CommandIO } from '../command';
import { loadForms, noFormsMessage, readInput } from '../load-forms';

const USAGE = 'jixiao check [--json] [--policy FILE] [--framework 2020|2021] FILE\n\n'
  + '  FILE         绩效文档（文本、Markdown、HTML、CSV、docx、xlsx、pdf，经导入后审核）或 jixiao.forms/v1 JSON\n'
  + '  --json       以 JSON 输出：{"format":"jixiao.findings/v1","findings":[{code,severity,form,row,field,message}]}\n'
  + '  --policy     政策参数 JSON 文件（权重合计、满意度下限、指标框架等，未写的取默认值）\n'
  + '  --framework  指标框架：2020（成本为产出下的二级）或 2021（成本为一级）；不指定时按各表预算年度选择\n\n'
  + '按 rules.md §2 自动审核绩效目标与自评表，列出错误、警告和提示；有问题也以 0 退出，文件无法读取时非 0。';

interface Args { json: boolean; policyFile: string | null; framework: '2020' | '2021' | null; file: string | null }
type Parsed = { ok: true; args: Args } | { ok: false; message: string };

function parseArgs(argv: string[]): Parsed {
  const args: Args = { json: false, policyFile: null, framework: null, file: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      const rest = argv.slice(i + 1);
      if (rest.length + (args.file ? 1 : 0) > 1) return { ok: false, message: `只能审核一个文件（多余的参数：${rest.slice(args.file ? 0 : 1).join(' ')}）。` };
      args.file = rest[0] ?? args.file;
      break;
    }
    if (a === '--json') args.json = true;
    else if (a === '--policy' || a.startsWith('--policy=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) return { ok: false, message: '--policy 需要一个 JSON 文件路径。' };
      args.policyFile = v;
    } else if (a === '--framework' || a.startsWith('--framework=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== '2020' && v !== '2021') return { ok: false, message: `--framework 只能是 2020 或 2021（收到「${v ?? ''}」）。` };
      args.framework = v;
    } else if (a.startsWith('--')) return { ok: false, message: `未知参数：${a}` };
    else if (args.file) return { ok: false, message: `只能审核一个文件（多余的参数：${a}）。` };
    else args.file = a;
  }
  if (!args.file) return { ok: false, message: '缺少要审核的文件。' };
  return { ok: true, args };
}

async function loadPolicy(args: Args): Promise<{ ok: true; policy: Policy; explicitFramework: boolean } | { ok: false; message: string }> {
  let overrides: Record<string, unknown> = {};
  if (args.policyFile) {
    const read = await readInput(args.policyFile);
    if (!read.ok) return read;
    try {
      const json = JSON.parse(new TextDecoder().decode(read.bytes).replace(/^\ufeff/, '')) as unknown;
      if (!json || typeof json !== 'object' || Array.isArray(json)) return { ok: false, message: `政策文件 ${args.policyFile} 应是一个 JSON 对象。` };
      overrides = json as Record<string, unknown>;
    } catch {
      return { ok: false, message: `政策文件 ${args.policyFile} 不是有效的 JSON；请检查文件内容。` };
    }
  }
  if (args.framework) overrides = { ...overrides, framework: args.framework };
  try {
    return { ok: true, policy: makePolicy(overrides), explicitFramework: 'framework' in overrides };
  } catch (e) {
    const issues = (e as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues;
    const first = issues?.[0];
    return { ok: false, message: `政策参数无效${first ? `（${first.path.map(String).join('.')}: ${first.message}）` : ''}；请对照默认政策修改。` };
  }
}

const ORDER: Severity[] = ['error', 'warning', 'info'];

function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

function counts(c: Record<Severity, number>): string {
  return `错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}`;
}

/** The readable report: per form, errors first, then warnings, then info. */
export function formatReport(doc: FormsDocument, findings: Finding[], source: string): string {
  const lines: string[] = [];
  const total = countBySeverity(findings);
  lines.push(`审核 ${source}：${doc.forms.length} 张表，发现 ${findings.length} 个问题（${counts(total)}）`);
  const byForm = new Map<number, Finding[]>();
  for (const f of findings) {
    const list = byForm.get(f.form);
    if (list) list.push(f); else byForm.set(f.form, [f]);
  }
  doc.forms.forEach((form, i) => {
    const list = byForm.get(i) ?? [];
    lines.push('');
    const c = countBySeverity(list);
    lines.push(`第${i + 1}张表 ${formTitle(form)}：${list.length === 0 ? '未发现问题' : counts(c)}`);
    for (const sev of ORDER) {
      const part = list.filter((f) => f.severity === sev);
      if (part.length === 0) continue;
      lines.push(`  【${SEVERITY_LABELS[sev]}】`);
      for (const f of part) {
        const where = f.row == null ? '整表' : `第${f.row + 1}行`;
        lines.push(`    · [${FINDING_CODE_LABELS[f.code]} ${f.code}] ${where}：${f.message}`);
      }
    }
  });
  return lines.join('\n') + '\n';
}

async function run(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`${parsed.message}\n\n用法: ${USAGE}\n`);
    return 2;
  }
  const { args } = parsed;
  const policy = await loadPolicy(args);
  if (!policy.ok) {
    io.stderr(`${policy.message}\n`);
    return 2;
  }
  const loaded = await loadForms(args.file!);
  if (!loaded.ok) {
    io.stderr(`${loaded.message}\n`);
    return 1;
  }
  if (loaded.doc.forms.length === 0) io.stderr(`${noFormsMessage(args.file!)}\n`);
  const findings = reviewForms(loaded.doc.forms, {
    policy: policy.policy,
    publishing: true,
    frameworkFromYear: !policy.explicitFramework,
  });
  if (args.json) io.stdout(JSON.stringify({ format: FINDINGS_FORMAT, findings }) + '\n');
  else io.stdout(formatReport(loaded.doc, findings, loaded.doc.source ?? basename(args.file!)));
  return 0;
}

export const checkCommand: Command = {
  name: 'check',
  summary: '审核绩效目标：按规则检查文档或表单 JSON，列出问题',
  usage: USAGE,
  run,
};
