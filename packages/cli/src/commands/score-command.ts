import { basename } from 'node:path';
import { FORM_KIND_LABELS, scoreFormSheet, type DepartmentSelfEvaluation, type ProjectSelfEvaluation, type SheetScore } from '@jixiao/core';
import type { Command, CommandIO } from '../command';
import { loadForms, noFormsMessage } from '../load-forms';

const USAGE = 'jixiao score [--json] FILE\n\n'
  + '  FILE    绩效文档（文本、CSV、docx、xlsx、pdf、rtf 等，经导入后计分）或 jixiao.forms/v1 JSON\n'
  + '  --json  以 JSON 输出：{"forms":[{form, kind, budget_score, indicator_scores, total, reported_total, grade, mismatch}]}\n\n'
  + '对每张项目支出绩效自评表按规则重新计分（预算执行率 + 各指标得分），对每张部门整体支出绩效自评表按同样的指标规则\n'
  + '计分（指标分值为权重，预算执行率作为表中的一行，budget_score 为 null；若各行按 90 分设置、预算执行得分未单列，\n'
  + '则按文档总分减各项得分推算并标出），给出等级，并标出与文档自评总分不一致之处。';

type Scored = { index: number; form: ProjectSelfEvaluation | DepartmentSelfEvaluation; score: SheetScore };

function toJson(scored: Scored[]): string {
  return JSON.stringify({
    forms: scored.map(({ index, form, score }) => ({
      form: index,
      kind: form.kind,
      budget_score: score.budget?.score ?? null,
      indicator_scores: score.indicators.map((i) => ({ row: i.row, score: i.score, derivation: i.derivation })),
      total: score.total,
      reported_total: score.reportedTotal,
      grade: score.grade,
      mismatch: score.mismatch,
    })),
  }, null, 2) + '\n';
}

/** Display width: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)) ? 2 : 1;
  }
  return w;
}

function pad(s: string, w: number): string {
  let out = s;
  if (width(out) > w) {
    while (width(out) > w - 1) out = [...out].slice(0, -1).join('');
    out += '…';
  }
  return out + ' '.repeat(Math.max(0, w - width(out)));
}

const STATUS: Record<string, string> = { computed: '计算', manual: '人工', qualitative: '定性' };

function num(n: number | null): string {
  return n == null ? '—' : String(n);
}

function noSelfEvaluation(source: string): string {
  return `${source} 中没有项目支出或部门整体支出绩效自评表，无需计分。`;
}

function toText(scored: Scored[], source: string): string {
  const lines: string[] = [];
  for (const { index, form, score } of scored) {
    const title = form.kind === 'project_self_evaluation' ? [form.project_name, form.project_code ? `（${form.project_code}）` : ''].join('') : (form.org ?? '');
    lines.push(`第${index + 1}张表：${FORM_KIND_LABELS[form.kind]}${title ? ` — ${title}` : ''}`);
    lines.push(`  ${pad('行', 4)}${pad('指标', 28)}${pad('权重', 6)}${pad('得分', 8)}${pad('方式', 6)}计算过程`);
    if (score.budget) {
      const weight = form.kind === 'project_self_evaluation' ? form.budget?.weight ?? null : Number(score.budget.derivation.inputs.weight);
      lines.push(`  ${pad('—', 4)}${pad('预算执行率', 28)}${pad(num(weight), 6)}${pad(num(score.budget.score), 8)}${pad(score.budget.status === 'computed' ? '计算' : '人工', 6)}${score.budget.derivation.arithmetic}`);
    }
    for (const i of score.indicators) {
      lines.push(`  ${pad(String(i.row + 1), 4)}${pad(i.name, 28)}${pad(num(i.weight), 6)}${pad(num(i.score), 8)}${pad(STATUS[i.status] ?? i.status, 6)}${i.derivation.arithmetic}`);
    }
    const reported = score.reportedTotal == null ? '文档未填总分' : `文档自评 ${score.reportedTotal}`;
    lines.push(`  合计 ${score.total}（${reported}）  等级 ${score.grade}${score.mismatch ? '  ⚠ 与文档总分不一致' : ''}`);
    for (const issue of score.issues) lines.push(`  ⚠ ${issue.message}`);
    lines.push('');
  }
  if (scored.length === 0) lines.push(noSelfEvaluation(source));
  else {
    const bad = scored.filter((s) => s.score.mismatch).length;
    lines.push(`共 ${scored.length} 张自评表，${bad === 0 ? '总分均与规则计算一致' : `${bad} 张总分与规则计算不一致`}。`);
  }
  return lines.join('\n') + '\n';
}

export const scoreCommand: Command = {
  name: 'score',
  summary: '绩效自评计分：重新计算自评表得分与等级',
  usage: USAGE,
  run: async (args: string[], io: CommandIO) => {
    // Everything after `--` is a file, so a file whose name starts with "-" can still be scored.
    const end = args.indexOf('--');
    const options = end < 0 ? args : args.slice(0, end);
    const json = options.includes('--json');
    const unknown = options.filter((a) => a.startsWith('-') && a !== '--json');
    const files = [...options.filter((a) => !a.startsWith('-')), ...(end < 0 ? [] : args.slice(end + 1))];
    if (unknown.length > 0) {
      io.stderr(`未知参数：${unknown.join(' ')}\n\n用法: ${USAGE}\n`);
      return 2;
    }
    if (files.length !== 1) {
      io.stderr(`请给出一个要计分的文件。\n\n用法: ${USAGE}\n`);
      return 2;
    }
    const file = files[0]!;
    const loaded = await loadForms(file);
    if (!loaded.ok) {
      io.stderr(`${loaded.message}\n`);
      return 1;
    }
    const scored: Scored[] = [];
    loaded.doc.forms.forEach((form, index) => {
      const score = scoreFormSheet(form);
      if (score && (form.kind === 'project_self_evaluation' || form.kind === 'department_self_evaluation')) scored.push({ index, form, score });
    });
    if (json && loaded.doc.forms.length === 0) io.stderr(`${noFormsMessage(file)}\n`);
    else if (json && scored.length === 0) io.stderr(`${noSelfEvaluation(basename(file))}\n`);
    io.stdout(json ? toJson(scored) : toText(scored, basename(file)));
    return 0;
  },
};
