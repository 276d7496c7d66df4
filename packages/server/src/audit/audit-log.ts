import { createHash } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Ctx } from '../context';
import { jsonb, type Db } from '../db/open-database';
import type { Database } from '../db/schema';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);
// Every writer takes this lock inside its transaction, so the chain stays one line across
// server processes sharing a database.
const AUDIT_LOCK = 7_263_002;

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

interface HashedFields {
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
}

export function eventHash(prevHash: string, fields: HashedFields): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(fields)).digest('hex');
}

/**
 * Appends one event to the chain; call inside the transaction that makes the change.
 * Two statements while the lock is held: the lock, then one insert that reads the previous
 * hash and computes the new one in the database (sha256 of the previous hash followed by the
 * canonical JSON, the same bytes `eventHash` hashes), so the global lock is held for as short
 * a time as possible.
 */
export async function recordAudit(trx: Transaction<Database>, ctx: Ctx, entry: AuditEntry): Promise<void> {
  // Round-trip through JSON so what is hashed is exactly what jsonb gives back later.
  const fields: HashedFields = {
    at: ctx.clock.now().toISOString(),
    actor_id: ctx.actor?.userId ?? null,
    actor_name: ctx.actor?.username ?? null,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId === null ? null : String(entry.entityId),
    before: entry.before === undefined ? null : JSON.parse(JSON.stringify(entry.before)),
    after: entry.after === undefined ? null : JSON.parse(JSON.stringify(entry.after)),
  };
  const canonical = canonicalJson(fields);
  // A separate statement: under READ COMMITTED the insert's snapshot is taken after the lock.
  await sql`select pg_advisory_xact_lock(${sql.lit(AUDIT_LOCK)})`.execute(trx);
  await sql`insert into audit_events (at, actor_id, actor_name, action, entity, entity_id, before, after, prev_hash, hash)
    select cast(${fields.at} as timestamptz), cast(${fields.actor_id} as integer), cast(${fields.actor_name} as text), cast(${fields.action} as text),
      cast(${fields.entity} as text), cast(${fields.entity_id} as text), ${jsonb(fields.before)}, ${jsonb(fields.after)},
      last.hash, encode(sha256(convert_to(last.hash || cast(${canonical} as text), 'UTF8')), 'hex')
    from (select coalesce((select hash from audit_events order by id desc limit 1), cast(${GENESIS_HASH} as text)) as hash) as last`.execute(trx);
}

export interface AuditVerification {
  ok: boolean;
  events: number;
  /** The first event whose link or hash does not match, when the chain is broken. */
  firstBroken: { id: number; reason: string } | null;
}

/** Walks the whole chain in id order, in pages, recomputing every hash. */
export async function verifyAuditChain(db: Db): Promise<AuditVerification> {
  let prev = GENESIS_HASH;
  let lastId = 0;
  let count = 0;
  for (;;) {
    const page = await db.selectFrom('audit_events').selectAll().where('id', '>', lastId).orderBy('id').limit(1000).execute();
    if (page.length === 0) break;
    for (const e of page) {
      count += 1;
      lastId = e.id;
      if (e.prev_hash !== prev) return { ok: false, events: count, firstBroken: { id: e.id, reason: `第 ${e.id} 条审计事件的前一哈希与链不符（事件被删除或插入）` } };
      const expected = eventHash(prev, {
        at: new Date(e.at).toISOString(),
        actor_id: e.actor_id,
        actor_name: e.actor_name,
        action: e.action,
        entity: e.entity,
        entity_id: e.entity_id,
        before: e.before ?? null,
        after: e.after ?? null,
      });
      if (expected !== e.hash) return { ok: false, events: count, firstBroken: { id: e.id, reason: `第 ${e.id} 条审计事件的内容与其哈希不符（事件被篡改）` } };
      prev = e.hash;
    }
  }
  return { ok: true, events: count, firstBroken: null };
}
