import type { HistoryEntry, Indicator, PeerEntry } from '@jixiao/core';
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from './form-store';

// Bounds on what one review reads: the distinct names asked about, and the rows each query returns.
const MAX_NAMES = 500;
export const MAX_HISTORY_ROWS = 2000;
export const MAX_PEER_ROWS = 5000;

/**
 * The characters String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator), for
 * btrim: a name the JavaScript side treats as blank is blank in SQL too.
 */
export const JS_WHITESPACE = '\t\n\u000b\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

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

/** A value given as a parameter, or as SQL evaluated in an enclosing query (a column of it). */
type SqlValue<T> = T | RawBuilder<T>;

interface ScopeSql {
  orgId: SqlValue<number>;
  regionId: SqlValue<number | null>;
  fiscalYear: SqlValue<number>;
}

export interface ReviewRow {
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

/** The names the review looks up: those of rows with a quantitative comparator, first occurrence first. */
export function lookupNames(indicators: readonly Pick<Indicator, 'name' | 'comparator'>[]): string[] {
  return [...new Set(indicators.filter((i) => i.comparator && i.comparator !== 'qualitative' && i.name.trim()).map((i) => i.name))].slice(0, MAX_NAMES);
}

/**
 * The same names as lookupNames, computed in SQL from a stored form's indicators (optionally with
 * one row replaced or appended, as a row save will leave them), so a read or a row save needs no
 * separate round trip for the review's look-ups.
 */
export function storedLookupNames(formId: SqlValue<number>, replace?: { ordinal: number; indicator: Pick<Indicator, 'name' | 'comparator'> }): RawBuilder<string> {
  const rows = replace
    ? sql`select ordinal, name, comparator from indicators where form_id = ${formId} and ordinal <> ${replace.ordinal}
        union all select cast(${replace.ordinal} as integer), cast(${replace.indicator.name} as text), cast(${replace.indicator.comparator} as text)`
    : sql`select ordinal, name, comparator from indicators where form_id = ${formId}`;
  return sql<string>`(select n.name from (${rows}) as n
    where n.comparator is not null and n.comparator <> '' and n.comparator <> 'qualitative' and btrim(n.name, ${JS_WHITESPACE}) <> ''
    group by n.name order by min(n.ordinal) limit ${sql.lit(MAX_NAMES)})`;
}

/**
 * What the review's `history` and `peer_outlier` checks compare a form with: last year's
 * actuals of the same org (from its stored self-evaluations) and this year's targets of the
 * same indicators in the region's other orgs. Both look-ups go by indicator name
 * (indicators_name_idx) and are capped; matching by unit is left to the review. One query for
 * both (each branch keeps its own cap); the outer order restores each branch's newest-form-first
 * order, which the peers' de-duplication relies on.
 */
export function reviewRowsQuery(db: Executor, scope: ScopeSql, names: readonly string[] | RawBuilder<string>): RawBuilder<ReviewRow> {
  const nameList = names as readonly string[];
  const historyQuery = db
    .selectFrom('indicators as i')
    .innerJoin('forms as f', 'f.id', 'i.form_id')
    .where('f.deleted_at', 'is', null)
    .select([sql<string>`'h'`.as('src'), 'f.id as form_id', 'i.name', 'i.unit', 'i.actual', 'f.fiscal_year', sql<string | null>`null::text`.as('comparator'), sql<string | null>`null::text`.as('target'), sql<string | null>`null::text`.as('org')])
    .where('f.org_id', '=', scope.orgId)
    .where('f.fiscal_year', '=', typeof scope.fiscalYear === 'number' ? scope.fiscalYear - 1 : sql<number>`${scope.fiscalYear} - 1`)
    .where('f.kind', 'in', ['project_self_evaluation', 'department_self_evaluation'])
    .where('i.name', 'in', nameList)
    .where('i.actual', 'is not', null)
    .orderBy('f.id', 'desc')
    .limit(MAX_HISTORY_ROWS);
  // A region-less org has no peers (in SQL the equality with null selects nothing as well).
  if (scope.regionId === null) return sql<ReviewRow>`${historyQuery}`;
  const peerQuery = db
    .selectFrom('indicators as i')
    .innerJoin('forms as f', 'f.id', 'i.form_id')
    .where('f.deleted_at', 'is', null)
    .innerJoin('orgs as o', 'o.id', 'f.org_id')
    .select([sql<string>`'p'`.as('src'), 'f.id as form_id', 'i.name', 'i.unit', sql<string | null>`null::text`.as('actual'), sql<number | null>`null::integer`.as('fiscal_year'), 'i.comparator', 'i.target', 'o.code as org'])
    .where('f.region_id', '=', scope.regionId)
    .where('f.fiscal_year', '=', scope.fiscalYear)
    .where('f.kind', 'in', ['project_target', 'department_target'])
    .where('f.org_id', '!=', scope.orgId)
    .where('i.name', 'in', nameList)
    .orderBy('f.id', 'desc')
    .limit(MAX_PEER_ROWS);
  return sql<ReviewRow>`select * from (${historyQuery} union all ${peerQuery}) as r order by r.src, r.form_id desc`;
}

/** The rows of reviewRowsQuery, in its order, as the review takes them. */
export function reviewDataFromRows(rows: readonly ReviewRow[]): StoredReviewData {
  const history: HistoryEntry[] = [];
  const peers: PeerEntry[] = [];
  // One target per org and indicator (its newest form), so an org with many projects does not
  // outweigh the others in the peers' median.
  const seen = new Set<string>();
  for (const r of rows) {
    // The org filter is in the query: entries carry no org, so the review takes them as this org's.
    if (r.src === 'h') {
      history.push({ name: r.name, unit: r.unit, fiscal_year: r.fiscal_year as number, actual: r.actual });
      continue;
    }
    const key = `${r.org}\u0000${r.name}\u0000${r.unit ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    peers.push({ name: r.name, unit: r.unit, org: r.org as string, comparator: r.comparator, target: r.target as string });
  }
  return { history, peers };
}

/**
 * The stored data as a client's live review takes it (the editor reviews each keystroke in the browser): history as
 * the server holds it (this org's own actuals), peers without their org — a unit sees other units' targets for the same
 * indicator only as the values the peer check compares with, never by name. A peer the server's review would drop as the
 * form's own org is dropped here, so both reviews compare with the same values.
 */
export function reviewDataForClient(data: StoredReviewData, formOrg: string | null | undefined): StoredReviewData {
  const peers: PeerEntry[] = [];
  for (const p of data.peers) {
    if (p.org != null && p.org === formOrg) continue;
    peers.push({ name: p.name, unit: p.unit, org: null, comparator: p.comparator ?? null, target: p.target });
  }
  return { history: data.history, peers };
}

/** The stored review data for indicators held in memory (an import, a whole-form save, a submit). */
export async function storedReviewData(db: Executor, scope: StoredReviewScope, indicators: readonly Indicator[]): Promise<StoredReviewData> {
  const names = lookupNames(indicators);
  if (names.length === 0) return { history: [], peers: [] };
  return reviewDataFromRows((await reviewRowsQuery(db, scope, names).execute(db)).rows);
}
