import type { Compilable, CompiledQuery, QueryExecutorProvider, RawBuilder } from 'kysely';

const MARK = '\u0000jixiao-parameter:';

/**
 * A query built and compiled once, then run with new values: for the statements every request
 * runs (the session look-up, a form read), where building and compiling the Kysely query cost
 * more CPU than PostgreSQL spends running it. `build` receives a placeholder for each named
 * value; the compiled parameters are mapped back to those names, so the SQL text (and thus the
 * prepared statement, see prepared-pool.ts) is the same on every call.
 *
 * A placeholder must become exactly one parameter: scalars only (no arrays, no `in` lists), and
 * the query's shape must not depend on the values. Both dialects in use compile like PostgreSQL,
 * so one compiled text serves every database.
 */
export function queryTemplate<D extends QueryExecutorProvider, P extends string, R>(names: readonly P[], build: (db: D, param: <T>(name: P) => T) => Compilable<R> | RawBuilder<R>) {
  let compiled: { query: CompiledQuery<R>; slots: Array<{ name: P } | { value: unknown }> } | null = null;
  const compile = (db: D) => {
    const marks = new Map<string, P>(names.map((n) => [`${MARK}${n}`, n]));
    const built = build(db, <T,>(name: P) => `${MARK}${name}` as T);
    // A raw SQL builder compiles with an executor; query builders carry theirs.
    const query = 'isRawBuilder' in built ? built.compile(db) : built.compile();
    const used = new Set<P>();
    const slots = query.parameters.map((value) => {
      const name = typeof value === 'string' ? marks.get(value) : undefined;
      if (name === undefined) {
        if (typeof value === 'string' && value.startsWith(MARK)) throw new Error(`queryTemplate: unknown placeholder ${value.slice(MARK.length)}`);
        return { value };
      }
      used.add(name);
      return { name };
    });
    const missing = names.filter((n) => !used.has(n));
    if (missing.length > 0) throw new Error(`queryTemplate: placeholder(s) not in the query: ${missing.join(', ')}`);
    return { query, slots };
  };
  return (db: D, values: Readonly<Record<P, unknown>>): CompiledQuery<R> => {
    compiled ??= compile(db);
    const { query, slots } = compiled;
    return { ...query, parameters: slots.map((s) => ('name' in s ? values[s.name] : s.value)) };
  };
}
