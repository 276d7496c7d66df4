import { monitoringPeriodIssue, notStartedRefusal, reportKeyReasons, reportLights, reviewMonitoringReport, type Finding, type MonitoringReport, type ProjectMonitoring } from '@jixiao/core';
import { importMonitoringFile, type MonitoringTableRead } from '@jixiao/documents/monitoring-importer';
import { inScope, requireActor } from '../access';
import { recordAudit } from '../audit/audit-log';
import type { Ctx } from '../context';
import { fail, ok, type ErrorCode, type Result } from '../errors';
import { policyFor } from './form-store';
import { createMonitoring, saveMonitoring, type AlsoWrite, type MonitoringInput } from './monitoring';
import { importChanges } from './monitoring-import-changes';
import { filledReport, type PlannedRow } from './monitoring-import-fill';
import { matchRows, matchTarget, withHandMatches, type HandMatch, type TargetCandidate } from './monitoring-import-match';
import { readTable, type MonitoringView } from './monitoring-views';
import { refuseClosedYear } from './year-closed';

/**
 * Importing a unit's 运行监控表 (Word/Excel) into the monitoring table of its project (rules.md §4, 双监控): the document's
 * project is found among the unit's approved targets of the year (by 项目编码, else by name), its rows among the
 * target's indicators, and the period's table is created or filled. A preview first shows what will be filled, the
 * lights and the review's findings, and every row of the document that matches no indicator; nothing is written until
 * the clerk confirms, sending the same file again (the preview stores nothing).
 */

export interface MonitoringImportInput {
  bytes: Uint8Array;
  fileName: string;
  /** The unit (org code); the editor's own unit when left out. */
  org?: string | undefined;
  /** The year chosen on upload; else the year the document states; else this year. */
  fiscal_year?: number | undefined;
  /** The period (1–month) when the document states none. */
  month?: number | undefined;
  /** The project's target chosen by the clerk, when the document's project name matches none (or several). */
  form_id?: number | undefined;
}

export interface ImportedTable {
  index: number;
  project_name: string;
  project_code: string | null;
  /** The unit the document names (实施单位 / 填报单位). */
  document_org: string | null;
  month: number | null;
  fiscal_year: number;
  year_source: 'chosen' | 'stated' | 'today';
  target: (TargetCandidate & { by: 'code' | 'name' | 'near' | 'chosen' }) | null;
  /** The period's table already stored (a draft or returned one is filled), or null when one is created. */
  existing: { id: number; status: string; version: number } | null;
  /** What filling the stored table would change (one line per field, in Chinese); [] for nothing; null when a table is created. */
  changes: string[] | null;
  /** Why this table cannot be imported, or null. */
  refusal: { code: ErrorCode; message: string } | null;
  /** The table as it will be stored, with its lights and the review's findings. */
  report: MonitoringReport | null;
  lights: ProjectMonitoring | null;
  findings: Finding[];
  key_reasons: string[];
  rows: PlannedRow[];
  /** Target rows the document fills none of (kept as stored, or blank). */
  unfilled: { row: number; name: string }[];
  warnings: string[];
}

const FILLERS_ONLY = '监控表由项目单位填报：只有单位填报人员可以导入监控表';
const MONITORABLE = ['approved', 'published'];

interface Plan extends ImportedTable {
  input: MonitoringInput | null;
}

type Org = { id: number; code: string; name: string; path: string; region_id: number | null };

async function unitOf(ctx: Ctx, code: string | undefined): Promise<Result<{ org: Org }>> {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  if (who.actor.role !== 'unit_editor') return fail('forbidden', FILLERS_ONLY);
  const q = ctx.db.selectFrom('orgs').select(['id', 'code', 'name', 'path', 'region_id']);
  const org = code ? await q.where('code', '=', code).executeTakeFirst() : who.actor.orgId != null ? await q.where('id', '=', who.actor.orgId).executeTakeFirst() : undefined;
  if (!org || !inScope(who.actor, org.path)) return fail('not_found', `单位编码 ${code ?? ''} 不存在或不在您的管辖范围内`);
  return ok({ org });
}

async function planTable(ctx: Ctx, org: Org, read: MonitoringTableRead, index: number, input: MonitoringImportInput, hand: readonly HandMatch[] = []): Promise<Plan> {
  const doc = read.report;
  const fiscalYear = input.fiscal_year ?? doc.fiscal_year ?? ctx.clock.now().getUTCFullYear();
  const month = doc.month ?? input.month ?? null;
  const plan: Plan = {
    index, project_name: doc.project_name, project_code: doc.project_code, document_org: doc.org, month, fiscal_year: fiscalYear,
    year_source: input.fiscal_year != null ? 'chosen' : doc.fiscal_year != null ? 'stated' : 'today',
    target: null, existing: null, changes: null, refusal: null, report: null, lights: null, findings: [], key_reasons: [],
    rows: doc.indicators.map((r, i) => ({ line: read.lines[i] ?? null, name: r.name, target: r.target, progress_value: r.progress_value, forecast: r.forecast ?? null, ordinal: null, target_name: null, by: null, why: null })),
    unfilled: [], warnings: read.warnings, input: null,
  };
  const refuse = (code: ErrorCode, message: string) => {
    plan.refusal ??= { code, message };
    return plan;
  };
  const closed = await refuseClosedYear(ctx.db, { region_id: org.region_id, fiscal_year: fiscalYear });
  if (closed) return refuse(closed.error.code, closed.error.message);
  const candidates = await ctx.db.selectFrom('forms').select(['id', 'project_name', 'project_code'])
    .where('org_id', '=', org.id).where('fiscal_year', '=', fiscalYear).where('kind', '=', 'project_target')
    .where('status', 'in', MONITORABLE).where('deleted_at', 'is', null).orderBy('id').execute();
  const chosen = input.form_id != null ? candidates.find((c) => c.id === input.form_id) : undefined;
  if (input.form_id != null && !chosen) return refuse('no_matching_target', `所选项目（表单 ${input.form_id}）不是${org.name}${fiscalYear}年已审核通过的项目支出绩效目标表，不能导入运行监控。`);
  const match = chosen ? { kind: 'one' as const, target: chosen, by: 'chosen' as const } : matchTarget(candidates, { name: doc.project_name, code: doc.project_code });
  const named = `「${doc.project_name || '（未写项目名称）'}」${doc.project_code ? `（项目编码 ${doc.project_code}）` : ''}`;
  if (match.kind === 'many') return refuse('no_matching_target', `文档中的项目${named}与${org.name}${fiscalYear}年的多个项目名称相符（${match.targets.map((t) => `「${t.project_name}」`).join('')}），请在导入时选择对应的项目。`);
  if (match.kind === 'none') return refuse('no_matching_target', `没有找到与文档中的项目${named}对应的、${org.name}${fiscalYear}年已审核通过的项目支出绩效目标表。运行监控只能填报审核通过的项目；请核对项目名称（或年度），或在导入时选择对应的项目。`);
  plan.target = { ...match.target, by: match.by };
  const targetRows = await ctx.db.selectFrom('indicators').select(['ordinal', 'level2', 'name']).where('form_id', '=', match.target.id).orderBy('ordinal').execute();
  const matched = withHandMatches(matchRows(doc.indicators, targetRows), hand, doc.indicators, targetRows);
  if (!matched.ok) return refuse('validation_failed', matched.message);
  const rowMatches = matched.matches;
  rowMatches.forEach((m) => {
    const row = plan.rows[m.doc]!;
    const target = m.ordinal == null ? null : targetRows.find((r) => r.ordinal === m.ordinal) ?? null;
    Object.assign(row, { ordinal: m.ordinal, target_name: target?.name ?? null, by: m.by, why: m.why });
  });
  const filledOrdinals = new Set(rowMatches.flatMap((m) => (m.ordinal == null ? [] : [m.ordinal])));
  plan.unfilled = targetRows.filter((r) => !filledOrdinals.has(r.ordinal)).map((r) => ({ row: r.ordinal, name: r.name }));
  if (month == null) return refuse('validation_failed', '文档中没有写明监控期间（如“1-6月”），请在导入时选择监控期间。');
  const stored = await ctx.db.selectFrom('monitoring_reports').select(['id', 'status', 'version']).where('form_id', '=', match.target.id).where('period_month', '=', month).executeTakeFirst();
  plan.existing = stored ?? null;
  const existingTable = stored ? await readTable(ctx.db, stored.id) : null;
  const policy = await policyFor(ctx.db, org.region_id, fiscalYear);
  const filled = await filledReport(ctx.db, { formId: match.target.id, month, fiscalYear, orgName: org.name, doc, matches: rowMatches, existing: existingTable?.report ?? null });
  plan.report = filled.report;
  plan.changes = existingTable ? importChanges(existingTable.report, filled.report) : null;
  plan.input = filled.input;
  plan.lights = reportLights(filled.report, policy);
  plan.findings = reviewMonitoringReport(filled.report, policy, 0, plan.lights);
  plan.key_reasons = reportKeyReasons(filled.report, policy, plan.lights);
  if (stored && stored.status !== 'draft' && stored.status !== 'returned') {
    return refuse('period_submitted', `该项目1–${month}月的监控表已${stored.status === 'accepted' ? '验收' : '提交'}（编号 ${stored.id}），不能再用导入覆盖；如需修改，请审核人员先退回该监控表。`);
  }
  const periodIssue = monitoringPeriodIssue(month, policy);
  if (periodIssue) return refuse('period_not_monitored', `文档的${periodIssue}`);
  const notStarted = notStartedRefusal(fiscalYear, month, ctx.clock.now());
  if (notStarted) return refuse('validation_failed', notStarted);
  return plan;
}

const noSuchTable = (count: number, index: number) => `文档中只有 ${count} 张监控表，没有第 ${index + 1} 张`;

/** Every table of the document planned; the clerk's hand matches apply to the one table they were chosen for. */
async function planAll(ctx: Ctx, input: MonitoringImportInput, hand?: { table: number; matches: readonly HandMatch[] }): Promise<Result<{ org: Org; plans: Plan[] }>> {
  const unit = await unitOf(ctx, input.org);
  if (!unit.ok) return unit;
  const read = await importMonitoringFile(input.bytes, input.fileName);
  if (!read.ok) return fail('import_failed', read.issues.map((i) => i.message).join('；'), { issues: read.issues });
  // Hand matches for a table the document lacks are refused, in a preview as in the commit: answered as a plain
  // preview, the clerk's matches would be dropped without a word.
  if (hand && hand.table >= read.tables.length) return fail('validation_failed', noSuchTable(read.tables.length, hand.table));
  const plans: Plan[] = [];
  for (const [i, table] of read.tables.entries()) plans.push(await planTable(ctx, unit.value.org, table, i, input, hand?.table === i ? hand.matches : []));
  return ok({ org: unit.value.org, plans });
}

const publicOf = ({ input: _input, ...table }: Plan): ImportedTable => table;

/** The clerk's 选择对应指标 in a preview: for one table of the document, rows matched by hand. */
export interface PreviewHandMatches {
  table: number;
  matches: readonly HandMatch[];
}

/**
 * What importing the document would fill, table by table; refused as a whole only when no table can be imported. With
 * the clerk's hand matches for one table it is previewed again as the commit will write it: lights, findings and
 * changes follow the rows chosen, so what is confirmed is what was seen.
 */
export async function previewMonitoringImport(ctx: Ctx, input: MonitoringImportInput, hand?: PreviewHandMatches): Promise<Result<{ file_name: string; tables: ImportedTable[] }>> {
  const all = await planAll(ctx, input, hand);
  if (!all.ok) return all;
  const tables = all.value.plans.map(publicOf);
  const refused = tables.filter((t) => t.refusal);
  if (refused.length === tables.length) {
    const first = refused[0]!.refusal!;
    return fail(first.code, refused.map((t) => t.refusal!.message).join('；'), { tables });
  }
  return ok({ file_name: input.fileName, tables });
}

export interface MonitoringImportCommit extends MonitoringImportInput {
  /** The table of the document (its index in the preview). */
  table: number;
  /** What the preview showed: the project's target and the period; a commit that would now read otherwise is refused. */
  expected_form_id: number;
  expected_month: number;
  /** The version of the period's table the preview filled; left out when it created one. */
  version?: number | undefined;
  /** Rows the preview listed as matching no indicator that the clerk matched by hand (选择对应指标); the rest stay out. */
  matches?: readonly HandMatch[] | undefined;
}

/** Writes one previewed table: creates the period's table, or fills the draft (returned) one, as the preview showed. */
export async function commitMonitoringImport(ctx: Ctx, input: MonitoringImportCommit): Promise<Result<{ monitoring: MonitoringView; rows: PlannedRow[] }>> {
  const all = await planAll(ctx, input, { table: input.table, matches: input.matches ?? [] });
  if (!all.ok) return all;
  const plan = all.value.plans[input.table];
  if (!plan) return fail('validation_failed', noSuchTable(all.value.plans.length, input.table));
  if (plan.refusal) return fail(plan.refusal.code, plan.refusal.message);
  if (plan.target?.id !== input.expected_form_id || plan.month !== input.expected_month || !plan.input) {
    return fail('stale_version', '文档对应的项目或监控期间与预览时不同，请重新上传预览后再确认导入');
  }
  if ((plan.existing?.version ?? null) !== (input.version ?? null)) {
    return fail('stale_version', plan.existing ? `该期监控表在预览后已被修改（当前版本 ${plan.existing.version}），请重新预览后再确认导入` : '该期监控表在预览后已不存在，请重新预览');
  }
  const unmatched = plan.rows.filter((r) => r.ordinal == null);
  const formId = plan.target.id;
  // In the table's own transaction: a table imported is never stored without the entry saying from which file.
  const audited: AlsoWrite = (trx, reportId) => recordAudit(trx, ctx, {
    action: 'monitoring.import', entity: 'monitoring_report', entityId: reportId,
    after: {
      file_name: input.fileName, table: input.table, form_id: formId, month: plan.month, filled: plan.rows.length - unmatched.length,
      by_hand: plan.rows.filter((r) => r.by === 'hand').length, unmatched: unmatched.map((r) => r.name),
    },
  });
  const written = plan.existing
    ? await saveMonitoring(ctx, plan.existing.id, { ...plan.input, version: plan.existing.version }, audited)
    : await createMonitoring(ctx, formId, plan.input, audited);
  if (!written.ok) return written;
  return ok({ monitoring: written.value, rows: plan.rows });
}
