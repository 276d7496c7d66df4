import type { Indicator } from '../forms/forms-schema';
import { foldWidth } from '../values/normalize-text';
import { classifyName, nameCore } from './classify-name';
import type { HistoryEntry, PeerEntry } from './review-context';
import { type FormContext, push, rowPlace, showTarget } from './review-context';
import { isPercentUnit, targetNumber } from './check-indicators';

const NUM = /^[≥≤>=<＞＜＝\s]*([+-]?\d+(?:\.\d+)?)/;

function numberOf(v: string | number | null | undefined): number | null {
  if (v == null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const m = NUM.exec(foldWidth(v).replace(/,/g, ''));
  return m ? Number(m[1]) : null;
}

function unitKey(u: string | null | undefined): string {
  return u == null ? '' : foldWidth(u).trim();
}

export function stationKey(name: string, unit: string | null | undefined): string {
  return `${nameCore(foldWidth(name))}|${unitKey(unit)}`;
}

interface PeerValue { org: string | null; value: number }

export interface StoredIndex {
  history: Map<string, HistoryEntry[]>;
  peers: Map<string, PeerValue[]>;
}

const NOTHING_STORED: StoredIndex = { history: new Map(), peers: new Map() };

/** Indexes stored history and peer targets once per review, by indicator name and unit. */
export function indexStored(history: HistoryEntry[] | undefined, peers: PeerEntry[] | undefined): StoredIndex {
  // Most reviews pass no stored data; they share one empty (never written) index.
  if (!history?.length && !peers?.length) return NOTHING_STORED;
  const h = new Map<string, HistoryEntry[]>();
  for (const e of history ?? []) {
    const k = stationKey(e.name, e.unit);
    const list = h.get(k);
    if (list) list.push(e); else h.set(k, [e]);
  }
  const p = new Map<string, PeerValue[]>();
  for (const e of peers ?? []) {
    const v = numberOf(e.target);
    if (v == null) continue;
    const k = stationKey(e.name, e.unit);
    const list = p.get(k);
    const item = { org: e.org ?? null, value: v };
    if (list) list.push(item); else p.set(k, [item]);
  }
  return { history: h, peers: p };
}

function median(sorted: number[]): number {
  const n = sorted.length;
  const mid = n >> 1;
  return n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Robust z-score of x among values: 0.6745 (x − median) / MAD, with the mean absolute deviation when MAD is 0. */
export function robustZ(x: number, values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const med = median(sorted);
  const dev = sorted.map((v) => Math.abs(v - med)).sort((a, b) => a - b);
  const mad = median(dev);
  if (mad > 0) return (0.6745 * (x - med)) / mad;
  const meanAd = dev.reduce((s, d) => s + d, 0) / dev.length;
  if (meanAd > 0) return (x - med) / (1.2533 * meanAd);
  return x === med ? 0 : x < med ? -Infinity : Infinity;
}

const MIN_PEERS = 5;
const OUTLIER_Z = -3.5;

/** history and peer_outlier (info): only when the caller passes stored data. */
export function checkHistoryAndPeers(ctx: FormContext, stored: StoredIndex): void {
  if (stored.history.size === 0 && stored.peers.size === 0) return;
  const rows = ctx.form.indicators;
  for (let i = 0; i < rows.length; i++) {
    const ind = rows[i]!;
    const t = targetNumber(ind);
    if (t == null || ind.comparator == null || ind.comparator === 'qualitative') continue;
    const key = stationKey(ind.name, ind.unit);
    const lowerIsBetter = ind.comparator === '<=' || ind.comparator === '<' || classifyName(ind.name).direction === 'bad';
    checkHistory(ctx, i, ind, t, lowerIsBetter, stored.history.get(key));
    const peers = stored.peers.get(key);
    if (peers && !lowerIsBetter) {
      // A unit is never its own peer.
      const others = peers.filter((p) => !(p.org != null && p.org === ctx.form.org)).map((p) => p.value);
      if (others.length < MIN_PEERS) continue;
      if (isPercentUnit(ind.unit) && t >= 100) continue;
      const z = robustZ(t, others);
      if (z < OUTLIER_Z) {
        const sorted = [...others].sort((a, b) => a - b);
        push(ctx, 'peer_outlier', i, 'target', `${rowPlace(ctx, i, ind)}的目标 ${showTarget(ind)} 远低于其他 ${others.length} 个单位同一指标的目标（中位数 ${median(sorted)}${ind.unit ?? ''}）；请核实目标是否偏低，或说明理由。`);
      }
    }
  }
}

function checkHistory(ctx: FormContext, i: number, ind: Indicator, t: number, lowerIsBetter: boolean, entries: HistoryEntry[] | undefined): void {
  if (!entries || entries.length === 0) return;
  const sameOrg = entries.filter((e) => e.org == null || ctx.form.org == null || e.org === ctx.form.org);
  if (sameOrg.length === 0) return;
  // The most recent year before this form's; entries without a year count as last year.
  const year = ctx.form.fiscal_year;
  let best: HistoryEntry | null = null;
  for (const e of sameOrg) {
    if (year != null && e.fiscal_year != null && e.fiscal_year >= year) continue;
    if (!best || (e.fiscal_year ?? 0) > (best.fiscal_year ?? 0)) best = e;
  }
  const actual = best ? numberOf(best.actual) : null;
  if (best == null || actual == null) return;
  const unit = ind.unit ?? '';
  const when = best.fiscal_year != null ? `${best.fiscal_year}年` : '上年';
  if (!lowerIsBetter && t <= actual && !(isPercentUnit(ind.unit) && t >= 100)) {
    push(ctx, 'history', i, 'target', `${rowPlace(ctx, i, ind)}的目标 ${showTarget(ind)} 不高于${when}实际完成值 ${actual}${unit}；目标应体现提升，请核实或说明理由。`);
  } else if (lowerIsBetter && t >= actual && !(t === 0 && actual === 0)) {
    push(ctx, 'history', i, 'target', `${rowPlace(ctx, i, ind)}的目标 ${showTarget(ind)} 不低于${when}实际值 ${actual}${unit}；这类指标越低越好，请核实目标或说明理由。`);
  }
}
