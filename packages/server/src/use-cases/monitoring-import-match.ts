import { foldWidth, type MonitoringIndicator } from '@jixiao/core';

/**
 * How an imported monitoring table finds its project and its rows: the project's target by 项目编码, else by name; each
 * row of the document by the indicator's name under the target. Pure, so the preview and the commit agree.
 */

/** A name as compared: width folded, blanks, punctuation and brackets gone. */
export function nameKey(text: string | null | undefined): string {
  return foldWidth(text ?? '').replace(/[\s\u3000\u00a0"“”'‘’《》「」『』（）()【】[\]、，,。.：:；;·\-—_/]+/g, '').toLowerCase();
}

export interface TargetCandidate {
  id: number;
  project_name: string | null;
  project_code: string | null;
}

export type TargetMatch =
  | { kind: 'one'; target: TargetCandidate; by: 'code' | 'name' | 'near' | 'chosen' }
  | { kind: 'none' }
  | { kind: 'many'; targets: TargetCandidate[] };

// A short name (培训, 补助) sits inside many others: a name must be this long to be found inside another.
const NEAR_MIN = 4;
const near = (a: string, b: string) => a.length >= NEAR_MIN && b.length >= NEAR_MIN && (a.includes(b) || b.includes(a));

/**
 * The target a document's project is: the one of that 项目编码 when the document writes one the unit's targets hold,
 * else the one of that name, else the only one whose name holds the document's (or is held by it).
 */
export function matchTarget(candidates: readonly TargetCandidate[], project: { name: string; code: string | null }): TargetMatch {
  const code = nameKey(project.code);
  if (code) {
    const byCode = candidates.filter((c) => nameKey(c.project_code) === code);
    if (byCode.length === 1) return { kind: 'one', target: byCode[0]!, by: 'code' };
  }
  const name = nameKey(project.name);
  if (!name) return { kind: 'none' };
  const byName = candidates.filter((c) => nameKey(c.project_name) === name);
  if (byName.length === 1) return { kind: 'one', target: byName[0]!, by: 'name' };
  if (byName.length > 1) return { kind: 'many', targets: byName };
  const nearBy = candidates.filter((c) => near(nameKey(c.project_name), name));
  if (nearBy.length === 1) return { kind: 'one', target: nearBy[0]!, by: 'near' };
  return nearBy.length > 1 ? { kind: 'many', targets: nearBy } : { kind: 'none' };
}

export interface TargetRow {
  ordinal: number;
  level2: string | null;
  name: string;
}

export interface RowMatch {
  /** Index of the row in the document's table. */
  doc: number;
  /** The target's row it fills, or null when it matches none (listed, never dropped). */
  ordinal: number | null;
  by: 'name' | 'near' | 'hand' | null;
  /** Why a row matched none, in Chinese. */
  why: string | null;
}

/**
 * Each document row to the target row of the same indicator name (the same 二级指标 first when the target repeats a
 * name), else to the only unclaimed row whose name holds the document's or is held by it. A target row is filled once:
 * a second document row of the same indicator is listed as unmatched, so nothing is silently overwritten.
 */
export function matchRows(docRows: readonly Pick<MonitoringIndicator, 'name' | 'level2'>[], targetRows: readonly TargetRow[]): RowMatch[] {
  const taken = new Set<number>();
  const keys = targetRows.map((r) => ({ row: r, name: nameKey(r.name), level2: nameKey(r.level2) }));
  const out: RowMatch[] = docRows.map((_, doc) => ({ doc, ordinal: null, by: null, why: null }));
  const exact: boolean[] = [];
  // Exact names claim their rows before any near name does.
  docRows.forEach((d, doc) => {
    const same = keys.filter((k) => k.name === nameKey(d.name));
    exact[doc] = same.length > 0;
    if (same.length === 0) return;
    const free = same.filter((k) => !taken.has(k.row.ordinal));
    const k = free.find((f) => f.level2 === nameKey(d.level2)) ?? free[0];
    if (!k) {
      out[doc] = { doc, ordinal: null, by: null, why: `与前面一行同为「${same[0]!.row.name}」，只导入第一行` };
      return;
    }
    taken.add(k.row.ordinal);
    out[doc] = { doc, ordinal: k.row.ordinal, by: 'name', why: null };
  });
  docRows.forEach((d, doc) => {
    if (exact[doc]) return;
    const name = nameKey(d.name);
    const nearBy = keys.filter((k) => !taken.has(k.row.ordinal) && near(k.name, name));
    if (nearBy.length === 1) {
      taken.add(nearBy[0]!.row.ordinal);
      out[doc] = { doc, ordinal: nearBy[0]!.row.ordinal, by: 'near', why: null };
      return;
    }
    out[doc] = {
      doc, ordinal: null, by: null,
      why: nearBy.length > 1 ? `与绩效目标表的${nearBy.length}个指标名称相近（${nearBy.map((k) => `「${k.row.name}」`).join('')}），无法确定` : '绩效目标表中没有同名指标',
    };
  });
  return out;
}

/** A row of the document matched by the clerk in the preview: its index there and the target's row it fills. */
export interface HandMatch {
  row: number;
  ordinal: number;
}

/**
 * The matches with the clerk's own added: each hand match must pair a document row that matched nothing with a target
 * row nothing filled (the preview offers no other), once each. Otherwise a Chinese message saying which choice to change.
 */
export function withHandMatches(
  matches: readonly RowMatch[], hand: readonly HandMatch[], docRows: readonly Pick<MonitoringIndicator, 'name'>[], targetRows: readonly TargetRow[],
): { ok: true; matches: RowMatch[] } | { ok: false; message: string } {
  const out = matches.map((m) => ({ ...m }));
  const filledBy = new Map(matches.flatMap((m) => (m.ordinal == null ? [] : [[m.ordinal, m.doc] as const])));
  for (const h of hand) {
    const doc = docRows[h.row];
    if (!doc) return { ok: false, message: `手工对应的文档第 ${h.row + 1} 行不存在（文档中该表共 ${docRows.length} 行指标）；请重新预览后再选择` };
    const where = `文档第 ${h.row + 1} 行「${doc.name}」`;
    const target = targetRows.find((r) => r.ordinal === h.ordinal);
    if (!target) return { ok: false, message: `${where}选择的第 ${h.ordinal + 1} 个指标不是该项目绩效目标表的指标（共 ${targetRows.length} 个）；请重新预览后在未对应的指标中选择` };
    if (out[h.row]!.ordinal != null) return { ok: false, message: `${where}已对应「${targetRows.find((r) => r.ordinal === out[h.row]!.ordinal)?.name ?? ''}」，不能再手工选择；请只为未对应的行选择指标` };
    const taken = filledBy.get(h.ordinal);
    if (taken != null) return { ok: false, message: `${where}选择的指标「${target.name}」已由文档第 ${taken + 1} 行「${docRows[taken]?.name ?? ''}」填写；每个指标只能对应一行，请改选其他指标或设为不导入` };
    filledBy.set(h.ordinal, h.row);
    out[h.row] = { doc: h.row, ordinal: h.ordinal, by: 'hand', why: null };
  }
  return { ok: true, matches: out };
}
