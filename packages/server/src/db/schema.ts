import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Row types of the tables in migrations.ts, for Kysely. */
type Json = unknown;
type JsonColumn = ColumnType<Json, unknown, unknown>;
type Time = ColumnType<Date, Date | string, Date | string>;
type DefaultTime = ColumnType<Date, Date | string | undefined, Date | string>;

export type OrgKind = 'region' | 'finance' | 'department' | 'unit';
export type Role = 'unit_editor' | 'department_reviewer' | 'finance_reviewer' | 'evaluator' | 'admin';

export interface RegionsTable {
  id: Generated<number>;
  code: string;
  name: string;
  created_at: DefaultTime;
  /** Bumped by every change of the region's policy (any year): a save writes only under the version it scored with. */
  policy_version: Generated<number>;
}
export interface OrgsTable {
  id: Generated<number>;
  region_id: number | null;
  parent_id: number | null;
  code: string;
  name: string;
  kind: OrgKind;
  path: string;
  created_at: DefaultTime;
}
export interface RolesTable { name: string; label: string }
export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string | null;
  password_hash: string;
  role: Role;
  org_id: number | null;
  active: Generated<boolean>;
  created_at: DefaultTime;
  /** The password was set by an administrator (new user, reset): the user is asked to choose its own. */
  must_change_password: Generated<boolean>;
  /** A sample account (first start with samples) still holding the initial password the startup printed. */
  sample_password: Generated<boolean>;
}
export interface SessionsTable { id: string; user_id: number; csrf_token: string; created_at: Time; last_seen_at: Time }
export interface LoginAttemptsTable { id: Generated<number>; username: string; success: boolean; ip: string | null; at: Time }
export interface FiscalYearsTable { year: number; label: string; open: Generated<boolean> }
export interface RegionFiscalYearsTable { region_id: number; year: number; open: boolean }
export interface PoliciesTable { id: Generated<number>; region_id: number; fiscal_year: number; policy: JsonColumn; updated_at: DefaultTime }
export interface ProjectsTable {
  id: Generated<number>;
  region_id: number | null;
  org_id: number;
  fiscal_year: number;
  code: string | null;
  name: string;
  created_at: DefaultTime;
}
export interface ImportJobsTable {
  id: string;
  org_id: number;
  fiscal_year: number;
  file_name: string;
  status: 'preview' | 'committed';
  document: JsonColumn;
  findings: JsonColumn;
  created_by: number | null;
  created_at: Time;
  committed_at: Time | null;
}
export interface FormsTable {
  id: Generated<number>;
  kind: string;
  region_id: number | null;
  org_id: number;
  fiscal_year: number;
  status: string;
  version: Generated<number>;
  project_id: number | null;
  project_code: string | null;
  project_name: string | null;
  budget_total_wan: number | null;
  total_score: number | null;
  grade: string | null;
  header: JsonColumn;
  /** Summary of the last review: {errors, warnings, infos, by_code}. */
  findings: ColumnType<unknown, unknown, unknown>;
  import_job_id: string | null;
  created_by: number | null;
  created_at: Time;
  updated_at: Time;
  published_at: Time | null;
  /** Set when a draft was deleted (soft: the row stays, hidden everywhere, restorable). */
  deleted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  deleted_by: ColumnType<number | null, number | null | undefined, number | null>;
  /** The region's policy when the form was published (null: the defaults); read only while it is published (migration 18). */
  published_policy: ColumnType<unknown, unknown, unknown>;
  /** A self-evaluation started from its target: the ordinals of the rows whose 分值 the unit sets (migration 20); else null. */
  unit_weight_rows: ColumnType<unknown, unknown, unknown>;
}
export interface IndicatorsTable {
  id: Generated<number>;
  form_id: number;
  ordinal: number;
  level1: string | null;
  level2: string | null;
  name: string;
  description: string | null;
  weight: number | null;
  unit: string | null;
  comparator: string | null;
  target: string;
  basis: string | null;
  method: string | null;
  actual: string | null;
  score: number | null;
  reason: string | null;
}
export interface VersionsTable {
  id: Generated<number>;
  form_id: number;
  version: number;
  status: string;
  reason: string;
  snapshot: JsonColumn;
  created_by: number | null;
  created_at: Time;
}
export interface ReviewsTable {
  id: Generated<number>;
  form_id: number;
  actor_id: number | null;
  action: string;
  from_status: string;
  to_status: string;
  comment: string | null;
  created_at: Time;
}
export interface CommentsTable {
  id: Generated<number>;
  form_id: number;
  indicator_ordinal: number | null;
  /** The row's 三级指标 when the comment was written: the editor finds the row by it after rows move. */
  indicator_name: string | null;
  review_id: number | null;
  author_id: number | null;
  body: string;
  created_at: Time;
  /** For a unit's answer (修改说明): the reviewer's comment it answers; null for a comment or the whole-form note. */
  reply_to: number | null;
  /** null: a reviewer's comment; 'changed' 已修改 / 'kept' 未修改 (body the reason): an answer; 'note': the unit's note on the form. */
  reply: 'changed' | 'kept' | 'note' | null;
}
export interface MonitoringReportsTable {
  id: Generated<number>;
  form_id: number;
  region_id: number | null;
  org_id: number;
  fiscal_year: number;
  period_month: number;
  status: string;
  version: Generated<number>;
  budget_wan: number | null;
  executed_wan: number | null;
  budget_light: string | null;
  project_light: string | null;
  key_monitoring: Generated<boolean>;
  decision: string | null;
  note: string | null;
  /** Budget-level 偏差原因 / 纠偏措施 / 预计完成情况. */
  details: ColumnType<unknown, unknown, unknown>;
  /** 实施期 in the fiscal year (1–12), when the project does not run the whole year; null = from 1月 / to 12月. */
  start_month: ColumnType<number | null, number | null | undefined, number | null>;
  end_month: ColumnType<number | null, number | null | undefined, number | null>;
  /** 预算执行率 (%) as the unit wrote it; null when it wrote none. */
  execution_rate: ColumnType<number | null, number | null | undefined, number | null>;
  created_by: number | null;
  created_at: Time;
  updated_at: Time;
}
export interface MonitoringProgressTable {
  id: Generated<number>;
  report_id: number;
  ordinal: number;
  progress_value: string | null;
  deviation_reason: string | null;
  measures: string | null;
  expected: string | null;
  /** 年底测评 / 未到测量期: why the row has no value yet; forecast is its 预计 year-end value. */
  not_measured: string | null;
  forecast: string | null;
  progress: number | null;
  light: string | null;
}
export interface EvaluationTemplatesTable {
  id: Generated<number>;
  key: string | null;
  name: string;
  region_id: number | null;
  builtin: Generated<boolean>;
  template: JsonColumn;
  created_at: DefaultTime;
  version: Generated<number>;
  archived_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}
export interface EvaluationsTable {
  id: Generated<number>;
  template_id: number;
  region_id: number | null;
  org_id: number;
  fiscal_year: number;
  evaluator_id: number | null;
  status: string;
  version: Generated<number>;
  inputs: JsonColumn;
  total_score: number | null;
  grade: string | null;
  created_by: number | null;
  created_at: Time;
  updated_at: Time;
  // Optional on insert: a new evaluation is not published.
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  published_by: ColumnType<number | null, number | null | undefined, number | null>;
  /** When finance last withdrew its publication (撤回公开); null while published or never published. */
  withdrawn_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}
export interface EvaluationItemScoresTable { evaluation_id: number; item_key: string; score: number | null; note: string | null }
export interface IndicatorLibraryTable {
  id: Generated<number>;
  name: string;
  level1: string | null;
  level2: string | null;
  unit: string | null;
  comparator: string | null;
  typical_target: string | null;
  explanation: string | null;
  basis_kind: string | null;
  keywords: string | null;
  scope: Generated<'common' | 'specific'>;
  spending_class: string | null;
  valid_from: string | null;
  valid_to: string | null;
  source_form_id: number | null;
  source_org_id: number | null;
  created_at: DefaultTime;
  /** null: the library every region shares; else the region the entry belongs to. */
  region_id: number | null;
  /** A region's edit of a shared entry: the shared entry it stands in for in that region. */
  overrides_id: number | null;
  version: Generated<number>;
}
export interface AuditEventsTable {
  id: Generated<number>;
  at: Time;
  actor_id: number | null;
  actor_name: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: JsonColumn;
  after: JsonColumn;
  prev_hash: string;
  hash: string;
}

/** One row: the newest event's hash (and the one before), locked by every audit writer. */
export interface AuditHeadTable { id: Generated<boolean>; prev_hash: string; hash: string }
/** 问题整改: a target form's answer to one problem an earlier year's self-evaluation or 部门评价 found. */
export interface RectificationsTable {
  form_id: number;
  /** Where the problem came from (rectification.ts): se:{form}:p:{n}, se:{form}:r:{ordinal} or ev:{evaluation}:{item}. */
  item_key: string;
  /** The problem as the unit answered it, kept for the record if the source changes later. */
  item_text: string;
  status: 'done' | 'in_progress' | 'not_applicable';
  note: string | null;
  updated_by: number | null;
  updated_at: Time;
}

/** A file a form carries (附件, a self-evaluation's 佐证材料). */
export interface AttachmentsTable {
  id: Generated<number>;
  form_id: number;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  bytes: Uint8Array;
  note: string | null;
  uploaded_by: number | null;
  uploaded_at: Time;
}

export interface Database {
  regions: RegionsTable;
  orgs: OrgsTable;
  roles: RolesTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  fiscal_years: FiscalYearsTable;
  region_fiscal_years: RegionFiscalYearsTable;
  policies: PoliciesTable;
  projects: ProjectsTable;
  import_jobs: ImportJobsTable;
  forms: FormsTable;
  indicators: IndicatorsTable;
  versions: VersionsTable;
  reviews: ReviewsTable;
  comments: CommentsTable;
  monitoring_reports: MonitoringReportsTable;
  monitoring_progress: MonitoringProgressTable;
  evaluation_templates: EvaluationTemplatesTable;
  evaluations: EvaluationsTable;
  evaluation_item_scores: EvaluationItemScoresTable;
  indicator_library: IndicatorLibraryTable;
  audit_events: AuditEventsTable;
  audit_head: AuditHeadTable;
  rectifications: RectificationsTable;
  attachments: AttachmentsTable;
}

export type OrgRow = Selectable<OrgsTable>;
export type UserRow = Selectable<UsersTable>;
export type FormRow = Selectable<FormsTable>;
export type IndicatorRow = Selectable<IndicatorsTable>;
export type NewIndicator = Insertable<IndicatorsTable>;
