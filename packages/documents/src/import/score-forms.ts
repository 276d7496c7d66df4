/**
 * Field and row agreement between an import and its answer key, by the rules of the shared
 * scorer (tools/score-import.mjs): forms paired by kind and name, rows aligned by name
 * (longest common subsequence), strings compared without spaces and a trailing 指标,
 * numbers to four decimals. Used by the corpus test to hold every layout to the same bar.
 */
const FORM_FIELDS = ['kind', 'project_code', 'project_name', 'org', 'department', 'fiscal_year', 'budget_total_wan', 'total_score', 'goal'];
const ROW_FIELDS = ['name', 'level1', 'level2', 'weight', 'unit', 'comparator', 'target', 'actual', 'score', 'description', 'basis'];

type Rec = Record<string, unknown>;

export interface FormsScore {
  fields: number;
  right: number;
  rowsTruth: number;
  rowsPredicted: number;
  rowsMatched: number;
  misses: string[];
}

function norm(v: unknown): string | number | null {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number') return Math.round(v * 10000) / 10000;
  return String(v).replace(/[\s\u3000]+/g, '').replace(/指标$/, '');
}

function same(a: unknown, b: unknown): boolean {
  const na = norm(a);
  const nb = norm(b);
  return na === nb || (typeof na === 'string' && typeof nb === 'number' && Number(na) === nb) || (typeof na === 'number' && typeof nb === 'string' && Number(nb) === na);
}

function alignRows(truth: Rec[], pred: Rec[]): Array<[number, number]> {
  const n = truth.length;
  const m = pred.length;
  const dp = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) dp[i]![j] = same(truth[i]!.name, pred[j]!.name) ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(truth[i]!.name, pred[j]!.name)) pairs.push([i++, j++]);
    else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

const rowsOf = (f: Rec | null | undefined): Rec[] => (f?.indicators as Rec[] | undefined) ?? [];
const formKey = (f: Rec) => norm(f.project_name) ?? norm(f.department) ?? norm(f.org) ?? '';

export function scoreForms(truth: { forms: Rec[] }, predicted: { forms?: Rec[] }): FormsScore {
  const pred = predicted.forms ?? [];
  const used = new Set<number>();
  const score: FormsScore = { fields: 0, right: 0, rowsTruth: 0, rowsPredicted: pred.reduce((n, f) => n + rowsOf(f).length, 0), rowsMatched: 0, misses: [] };
  truth.forms.forEach((t, fi) => {
    let best = -1;
    let bestScore = -1;
    pred.forEach((p, j) => {
      if (used.has(j) || p.kind !== t.kind) return;
      const s = alignRows(rowsOf(t), rowsOf(p)).length + (formKey(t) && formKey(t) === formKey(p) ? 1000 : 0);
      if (s > bestScore) { bestScore = s; best = j; }
    });
    if (best >= 0) used.add(best);
    const p = best >= 0 ? pred[best]! : null;
    for (const k of FORM_FIELDS) {
      if (t[k] === undefined || t[k] === null) continue;
      score.fields++;
      if (p && same(t[k], p[k])) score.right++;
      else score.misses.push(`form ${fi} ${k}: want ${JSON.stringify(t[k])} got ${JSON.stringify(p?.[k])}`);
    }
    const tRows = rowsOf(t);
    const byTruth = new Map(p ? alignRows(tRows, rowsOf(p)) : []);
    score.rowsTruth += tRows.length;
    score.rowsMatched += byTruth.size;
    tRows.forEach((tr, ri) => {
      const pr = byTruth.has(ri) ? rowsOf(p)[byTruth.get(ri)!]! : null;
      for (const k of ROW_FIELDS) {
        if (tr[k] === undefined) continue;
        if ((k === 'level1' || k === 'level2') && t.levels_uncertain) continue;
        score.fields++;
        if (pr && same(tr[k], pr[k] ?? null)) score.right++;
        else score.misses.push(`form ${fi} row ${ri} ${k}: want ${JSON.stringify(tr[k])} got ${pr ? JSON.stringify(pr[k] ?? null) : '(row missing)'}`);
      }
    });
  });
  return score;
}
