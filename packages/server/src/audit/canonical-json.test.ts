import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson } from './canonical-json';
import { eventHash, GENESIS_HASH } from './audit-log';

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ a: { d: [1, { y: 1, x: 2 }], c: null } }, '{"a":{"c":null,"d":[1,{"x":2,"y":1}]}}'],
    [{ a: undefined, b: 'é"' }, '{"b":"é\\""}'],
    [[Number.NaN, Number.POSITIVE_INFINITY], '[null,null]'],
    [new Date('2026-01-01T00:00:00Z'), '"2026-01-01T00:00:00.000Z"'],
    [null, 'null'],
  ])('%j → %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('gives the same text whatever the key order, and the text parses back to the value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const shuffled = JSON.parse(JSON.stringify(value, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v)));
        expect(canonicalJson(shuffled)).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe('eventHash', () => {
  const fields = { at: '2026-01-01T00:00:00.000Z', actor_id: 1, actor_name: 'admin', action: 'org.create', entity: 'org', entity_id: '1', before: null, after: { code: 'X' } };
  it('changes with the previous hash and with any field', () => {
    const base = eventHash(GENESIS_HASH, fields);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(eventHash('1'.repeat(64), fields)).not.toBe(base);
    expect(eventHash(GENESIS_HASH, { ...fields, actor_name: 'mallory' })).not.toBe(base);
    expect(eventHash(GENESIS_HASH, { ...fields, after: { code: 'Y' } })).not.toBe(base);
    expect(eventHash(GENESIS_HASH, { ...fields })).toBe(base);
  });
});
