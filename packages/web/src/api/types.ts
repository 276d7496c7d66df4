import type { Form, FormKind, HistoryEntry, PeerEntry, Policy, SheetScore } from '@jixiao/core';

export type Role = 'unit_editor' | 'department_reviewer' | 'finance_reviewer' | 'evaluator' | 'admin';

export interface User {
  id?: string | number;
  username: string;
  role: Role;
  org?: string | null;
  org_name?: string | null;
  display_name?: string | null;
  /** The password was set by an administrator (new account, reset): the user is asked to choose its own. */
  must_change_password?: boolean;
}

export interface Org {
  id?: string | number;
  code: string;
  name: string;
  parent?: string | null;
  kind?: string | null;
  region?: string | null;
}

export type Severity = 'error' | 'warning' | 'info';

/** One automated review finding (rules.md §2); form and row are 0-based, row null for form-level. */
export interface Finding {
  code: string;
  severity: Severity;
  form: number | null;
  row: number | null;
  field: string | null;
  message: string;
}

export interface FormSummary {
  id: string;
  kind: FormKind;
  org: string | null;
  org_name?: string | null;
  project_name: string | null;
  status: string;
  version: number;
  fiscal_year?: number | null;
  budget_total_wan?: number | null;
  updated_at?: string | null;
  deadline?: string | null;
  /** A self-evaluation's 系统核算总分 and grade (either kind); null for a target or a sheet without indicators. */
  total_score?: number | null;
  grade?: string | null;
  /** The 总分 the sheet itself states (the unit's 填报总分). */
  reported_total?: number | null;
  errors?: number;
  warnings?: number;
  infos?: number;
  /** In the list of deleted forms only. */
  deleted_at?: string | null;
  /** The form's fiscal year is closed (年度与政策): it can only be read and exported. */
  year_closed?: boolean;
}

export interface FormDetail {
  id: string;
  status: string;
  version: number;
  form: Form;
  findings: Finding[];
  org?: string | null;
  /** The name of the unit the form is filed under (the document's own 单位 may differ). */
  org_name?: string | null;
  /** The year the form is filed under (the form's own fiscal_year may be blank after an import). */
  fiscal_year?: number | null;
  updated_at?: string | null;
  /** A self-evaluation's 系统核算 (project or 部门整体) under the region's policy; null for a target (see the server's FormView). */
  score?: SheetScore | null;
  /** What the server's review assumed beyond the form (see the server's FormView). */
  review_options?: { framework_from_layout: boolean; project_target_at_policy_total: boolean; publishing?: boolean };
  /** The server's warning on a self-evaluation of a year not begun yet. */
  period_notice?: string | null;
  /** What the server's history and peer checks compared the form with (see the server's FormView); null outside the org tree. */
  review_data?: { history: HistoryEntry[]; peers: PeerEntry[] } | null;
  /** The policy the server reviewed and scored the form under (see the server's FormView; a published form's is the one it was published under). */
  policy?: Policy;
  /** A published self-evaluation the region's policy now scores otherwise (按旧政策计算): that total and grade; else null. */
  region_policy_score?: { total: number; grade: string } | null;
  /** The form's fiscal year is closed (年度与政策): nobody may edit, submit, review or delete it. */
  year_closed?: boolean;
  /** A self-evaluation's rows whose 分值 its approved target left to the unit (see the server's FormView); the others are the target's. */
  unit_weight_rows?: number[];
}

export interface ListResponse<T> {
  items: T[];
  total?: number;
}

export interface ImportPreview {
  id: string;
  forms: Form[];
  findings: Finding[];
  warnings: Array<{ form: number | null; row: number | null; code: string; message: string }>;
  /** The unit's stored forms of the same kind, year and project as preview form `form`: importing again duplicates them. */
  existing?: ExistingForm[];
  /** The year the file was read under, and where it came from: chosen on upload, stated in the file, or implied by its kind. */
  fiscal_year?: number;
  year_source?: 'chosen' | 'stated' | 'kind';
}

export interface ExistingForm {
  form: number;
  id: number;
  kind: string;
  status: string;
  project_name: string | null;
}
