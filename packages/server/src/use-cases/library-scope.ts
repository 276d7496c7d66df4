import { type ExpressionBuilder, sql } from 'kysely';
import type { Actor } from '../context';
import type { Database } from '../db/schema';
import type { Executor } from './form-store';

/**
 * Which 指标库 entries a region works with. Entries without a region are the library every region shares (the
 * starting data); a region's own entries are those its finance promoted from its forms, and its edits of shared
 * entries: such an edit is a copy that stands in for the shared entry in that region only (overrides_id), so one
 * county's finance bureau never changes another's library (rights follow the org tree, README).
 */

/** The region whose library the actor works in: its organisation's region; null when it has none (admin). */
export async function libraryRegion(db: Executor, actor: Actor): Promise<number | null> {
  if (actor.orgId == null) return null;
  const org = await db.selectFrom('orgs').select('region_id').where('id', '=', actor.orgId).executeTakeFirst();
  return org?.region_id ?? null;
}

/** The system administrator sees every region's entries; everyone else the shared ones and their region's. */
export function seesEveryRegion(actor: Actor): boolean {
  return actor.scopePath === '/';
}

type LibraryEb = ExpressionBuilder<Database & { l: Database['indicator_library'] }, 'l'>;

/** Entries a region sees, as a filter on `indicator_library as l`: its own, and the shared ones it has not edited. */
export function visibleIn(eb: LibraryEb, region: number | null) {
  const shared = eb.and([
    eb('l.region_id', 'is', null),
    region == null
      ? sql<boolean>`true`
      : eb.not(eb.exists(eb.selectFrom('indicator_library as o').select('o.id').whereRef('o.overrides_id', '=', 'l.id').where('o.region_id', '=', region))),
  ]);
  return region == null ? shared : eb.or([shared, eb('l.region_id', '=', region)]);
}

/** Another entry the region sees with this name and unit (ids in `except` do not count), or undefined. */
export async function sameNameAndUnit(db: Executor, region: number | null, name: string, unit: string | null, except: number[]) {
  let query = db
    .selectFrom('indicator_library as l')
    .select('l.id')
    .where('l.name', '=', name)
    .where('l.unit', unit === null ? 'is' : '=', unit)
    .where((eb) => visibleIn(eb, region));
  if (except.length > 0) query = query.where('l.id', 'not in', except);
  return query.executeTakeFirst();
}

/**
 * Dates come back as text from some drivers and as Date objects from others: at UTC midnight, or (node-postgres)
 * at local midnight, which in China is the previous day in UTC. The API speaks YYYY-MM-DD.
 */
function isoDay(v: unknown): string | null {
  if (v == null) return null;
  if (!(v instanceof Date)) return String(v).slice(0, 10);
  const utcMidnight = v.getUTCHours() === 0 && v.getUTCMinutes() === 0;
  const [y, m, d] = utcMidnight ? [v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate()] : [v.getFullYear(), v.getMonth(), v.getDate()];
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** An entry as the API shows it: dates as YYYY-MM-DD, and whether every region shares it. */
export function presentEntry<R extends { valid_from: unknown; valid_to: unknown; created_at: unknown; region_id: number | null; region_name?: string | null }>(row: R) {
  return {
    ...row,
    valid_from: isoDay(row.valid_from),
    valid_to: isoDay(row.valid_to),
    created_at: new Date(row.created_at as string).toISOString(),
    shared: row.region_id === null,
    region_name: row.region_name ?? null,
  };
}
