/** Shared shapes of the scoring rules (rules.md §3). */

export type QualitativeChoice = '达成' | '部分达成' | '未达成';
export const QUALITATIVE_CHOICES: readonly QualitativeChoice[] = ['达成', '部分达成', '未达成'];

/** computed: by the rules; manual: entered by hand (or taken from the document) and flagged; qualitative: a band pick. */
export type ScoreStatus = 'computed' | 'manual' | 'qualitative';

/** How a score came about, for display beside it: what went in, which rule, the arithmetic. */
export interface Derivation {
  inputs: Record<string, string | number | null>;
  /** The rule in Chinese, e.g. 「正向指标：A≥T 得满分，否则 A/T×权重」. */
  rule: string;
  /** The arithmetic with the numbers filled in, e.g. `A=40.73, T=40.73 → min(40.73/40.73,1)×10 = 10`. */
  arithmetic: string;
}

export type ScoreIssueCode =
  | 'weight_missing'
  | 'manual_score'
  /** A 完成值 written in words (已完成, 达到预期) under a numeric target: hand-scored, and the cell to fix. */
  | 'actual_not_numeric'
  | 'score_missing'
  | 'band'
  | 'over_achievement_reason'
  | 'score_mismatch'
  | 'budget_missing'
  | 'budget_weight'
  | 'total_mismatch';

export interface ScoreIssue {
  /** 0-based indicator row; null for the budget line or the form as a whole. */
  row: number | null;
  code: ScoreIssueCode;
  message: string;
}

export interface IndicatorScore {
  row: number;
  name: string;
  weight: number | null;
  score: number | null;
  status: ScoreStatus;
  derivation: Derivation;
  issues: ScoreIssue[];
}

export type Grade = '优' | '良' | '中' | '差';

/**
 * The issues of a row that has none, shared: most rows of a sheet have no issue, and an empty array made for each would
 * be a third of what scoring allocates. Frozen, so a caller that tried to add to it would fail at once instead of
 * giving every row its issue.
 */
export const NO_ISSUES: ScoreIssue[] = Object.freeze([]) as unknown as ScoreIssue[];
