import { createHash } from 'node:crypto';
import { sql, type RawBuilder, type Transaction } from 'kysely';
import type { Ctx } from '../context';
import type { Db } from '../db/open-database';
import type { Database } from '../db/schema';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

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

function hashedFields(ctx: Ctx, entry: AuditEntry): HashedFields {
  // Round-trip through JSON so what is hashed is exactly what jsonb gives back later.
  return {
    at: ctx.clock.now().toISOString(),
    actor_id: ctx.actor?.userId ?? null,
    actor_name: ctx.actor?.username ?? null,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId === null ? null : String(entry.entityId),
    before: entry.before === undefined ? null : JSON.parse(JSON.stringify(entry.before)),
    after: entry.after === undefined ? null : JSON.parse(JSON.stringify(entry.after)),
  };
}

/**
 * Two common table expressions that append one event to the chain: `audit_step` moves the chain
 * head (table audit_head, one row) to the new hash, `audit_event` inserts the event. The head's
 * row lock orders the writers, across server processes sharing a database: a second writer's
 * update waits for the first to commit and then applies to the committed head (PostgreSQL
 * re-reads a row it waited for, even under READ COMMITTED), so no separate lock statement and no
 * read of the previous event are needed, and the lock is held only from this statement to the
 * commit. The hash is computed in the database (sha256 of the previous hash followed by the
 * canonical JSON, the bytes `eventHash` hashes); the canonical JSON is built before. Should the
 * head row be missing, the first writer recreates it from the newest event. With `when` (SQL),
 * the event is appended only if it holds (the change it records happened).
 */
export function auditSteps(ctx: Ctx, entry: AuditEntry, when: RawBuilder<boolean> | null = null): RawBuilder<unknown> {
  return auditStepsOf(auditValues(ctx, entry), when);
}

/** The values auditSteps binds: the hashed fields, their canonical JSON, and before/after as JSON text. */
export type AuditValues = Omit<HashedFields, 'before' | 'after'> & { canonical: string; before: string; after: string };

export function auditValues(ctx: Ctx, entry: AuditEntry): AuditValues {
  const fields = hashedFields(ctx, entry);
  return { ...fields, canonical: canonicalJson(fields), before: JSON.stringify(fields.before), after: JSON.stringify(fields.after) };
}

const AUDIT_FIELDS = ['canonical', 'at', 'actor_id', 'actor_name', 'action', 'entity', 'entity_id', 'before', 'after'] as const;
const parameterName = (f: (typeof AUDIT_FIELDS)[number]) => `audit_${f}` as const;
type AuditParameter = ReturnType<typeof parameterName>;

/** The names of auditStepsOf's values in a compiled statement (see query-template.ts). */
export const AUDIT_PARAMETERS: readonly AuditParameter[] = AUDIT_FIELDS.map(parameterName);

/** auditStepsOf's values as a compiled statement's placeholders. */
export function auditPlaceholders(param: <T>(name: AuditParameter) => T): AuditValues {
  return Object.fromEntries(AUDIT_FIELDS.map((f) => [f, param(parameterName(f))])) as unknown as AuditValues;
}

/** Values for the placeholders of auditPlaceholders. */
export function auditParameters(v: AuditValues): Record<AuditParameter, unknown> {
  return Object.fromEntries(AUDIT_FIELDS.map((f) => [parameterName(f), v[f]])) as Record<AuditParameter, unknown>;
}

/** auditSteps over given values, which may also be a compiled statement's placeholders (see query-template.ts). */
export function auditStepsOf(v: AuditValues, when: RawBuilder<boolean> | null = null): RawBuilder<unknown> {
  const canonical = sql`cast(${v.canonical} as text)`;
  const next = (prev: RawBuilder<string>) => sql`encode(sha256(convert_to(${prev} || ${canonical}, 'UTF8')), 'hex')`;
  const newest = sql<string>`coalesce((select hash from audit_events order by id desc limit 1), cast(${GENESIS_HASH} as text))`;
  return sql`audit_step as (
      insert into audit_head (id, prev_hash, hash)
      select true, last.hash, ${next(sql`last.hash`)} from (select ${newest} as hash) as last ${when ? sql`where ${when}` : sql``}
      on conflict (id) do update set prev_hash = audit_head.hash, hash = ${next(sql`audit_head.hash`)}
      returning prev_hash, hash),
    audit_event as (
      insert into audit_events (at, actor_id, actor_name, action, entity, entity_id, before, after, prev_hash, hash)
      select cast(${v.at} as timestamptz), cast(${v.actor_id} as integer), cast(${v.actor_name} as text), cast(${v.action} as text),
        cast(${v.entity} as text), cast(${v.entity_id} as text), cast(${v.before} as text)::jsonb, cast(${v.after} as text)::jsonb, s.prev_hash, s.hash
      from audit_step as s
      returning id)`;
}

/**
 * Appends one event to the chain in one statement; call inside the transaction that makes the
 * change, as its last statement, so the chain head stays locked for as short a time as possible.
 */
export async function recordAudit(trx: Transaction<Database>, ctx: Ctx, entry: AuditEntry): Promise<void> {
  await sql`with ${auditSteps(ctx, entry)} select id from audit_event`.execute(trx);
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
