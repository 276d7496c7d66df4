import type { HistoryEntry, Indicator, PeerEntry } from '@jixiao/core';
import { sql } from 'kysely';
import type { Executor } from './form-store';

// Bounds on what one review reads: the distinct names asked about, and the rows each query returns.
const MAX_NAMES = 500;
const MAX_HISTORY_ROWS = 2000;
const MAX_PEER_ROWS = 5000;

export interface StoredReviewScope {
  orgId: number;
  regionId: number | null;
  fiscalYear: number;
}

export const reviewScope = (row: { org_id: number; region_id: number | null; fiscal_year: number }): StoredReviewScope => ({
  orgId: row.org_id,
  regionId: row.region_id,
  fiscalYear: row.fiscal_year,
});

interface ReviewRow {
  src: 'h' | 'p';
  form_id: number;
  name: string;
  unit: string | null;
  actual: string | null;
  fiscal_year: number | null;
  comparator: string | null;
  target: string | null;
  org: string | null;
}

export interface StoredReviewData {
  history: HistoryEntry[];
  peers: PeerEntry[];
}

/**
 * What the review's `history` and `peer_outlier` checks compare a form with: last year's
 * actuals of the same org (from its stored self-evaluations) and this year's targets of the
 * same indicators in the region's other orgs. Both look-ups go by indicator name
 * (indicators_name_idx) and are capped; matching by unit is left to the review.
 */
export async function storedReviewData(db: Executor, scope: StoredReviewScope, indicators: readonly Indicator[]): Promise<StoredReviewData> {
  const names = [...new Set(indicators.filter((i) => i.comparator && i.comparator !== 'qualitative' && i.name.trim()).map((i) => i.name))].slice(0, MAX_NAMES);
  if (names.length === 0) return { history: [], peers: [] };
  const selfEvaluations = ['project_self_evaluation', 'department_self_evaluation'];
  const targets = ['project_target', 'department_target'];
  const historyQuery = db
    .selectFrom('indicators as i')
    .innerJoin('forms as f', 'f.id', 'i.form_id')
    .select([sql<string>`'h'`.as('src'), 'f.id as form_id', 'i.name', 'i.unit', 'i.actual', 'f.fiscal_year', sql<string | null>`null::text`.as('comparator'), sql<string | null>`null::text`.as('target'), sql<string | null>`null::text`.as('org')])
    .where('f.org_id', '=', scope.orgId)
    .where('f.fiscal_year', '=', scope.fiscalYear - 1)
    .where('f.kind', 'in', selfEvaluations)
    .where('i.name', 'in', names)
    .where('i.actual', 'is not', null)
    .orderBy('f.id', 'desc')
    .limit(MAX_HISTORY_ROWS);
  const peerQuery =
    scope.regionId === null
      ? null
      : db
          .selectFrom('indicators as i')
          .innerJoin('forms as f', 'f.id', 'i.form_id')
          .innerJoin('orgs as o', 'o.id', 'f.org_id')
          .select([sql<string>`'p'`.as('src'), 'f.id as form_id', 'i.name', 'i.unit', sql<string | null>`null::text`.as('actual'), sql<number | null>`null::integer`.as('fiscal_year'), 'i.comparator', 'i.target', 'o.code as org'])
          .where('f.region_id', '=', scope.regionId)
          .where('f.fiscal_year', '=', scope.fiscalYear)
          .where('f.kind', 'in', targets)
          .where('f.org_id', '!=', scope.orgId)
          .where('i.name', 'in', names)
          .orderBy('f.id', 'desc')
          .limit(MAX_PEER_ROWS);
  // One round trip for both look-ups (each branch keeps its own cap); the outer order restores
  // each branch's newest-form-first order, which the peers' de-duplication relies on.
  const combined = peerQuery ? sql<ReviewRow>`select * from (${historyQuery} union all ${peerQuery}) as r order by r.src, r.form_id desc` : sql<ReviewRow>`${historyQuery}`;
  const rows = (await combined.execute(db)).rows;
  const history = rows.filter((r) => r.src === 'h');
  const peerRows = rows.filter((r): r is ReviewRow & { target: string; org: string } => r.src === 'p');
  // One target per org and indicator (its newest form), so an org with many projects does not
  // outweigh the others in the peers' median.
  const seen = new Set<string>();
  const peers: PeerEntry[] = [];
  for (const p of peerRows) {
    const key = `${p.org}\u0000${p.name}\u0000${p.unit ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    peers.push({ name: p.name, unit: p.unit, org: p.org, comparator: p.comparator, target: p.target });
  }
  // The org filter is in the query: entries carry no org, so the review takes them as this org's.
  return { history: history.map((h) => ({ name: h.name, unit: h.unit, fiscal_year: h.fiscal_year as number, actual: h.actual })), peers };
}
