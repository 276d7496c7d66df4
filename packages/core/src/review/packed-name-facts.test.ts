import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyName } from './classify-name';
import type { NameFacts } from './name-facts';
import { packNameFacts } from './packed-name-facts';

const plain = (f: NameFacts): Record<string, unknown> => JSON.parse(JSON.stringify(f)) as Record<string, unknown>;

describe('packNameFacts', () => {
  const template = plain(classifyName('培训合格率'));
  const flags = Object.keys(template).filter((k) => typeof template[k] === 'boolean');

  it('covers every yes/no fact of a name', () => expect(flags.length).toBe(47));

  it('reads back every fact, whatever the yes/no facts are', () => {
    fc.assert(fc.property(fc.array(fc.boolean(), { minLength: flags.length, maxLength: flags.length }), (bits) => {
      const f = { ...template } as Record<string, unknown>;
      flags.forEach((k, i) => { f[k] = bits[i]; });
      const packed = packNameFacts(f as unknown as NameFacts) as unknown as Record<string, unknown>;
      for (const k of Object.keys(f)) expect(packed[k]).toBe(f[k]);
      // Same keys in the same order: JSON and test output see the plain facts.
      expect(JSON.stringify(packed)).toBe(JSON.stringify(f));
    }), { numRuns: 300 });
  });

  it.each([
    ['群众满意度', { satisfaction: true, kind: 'rate', direction: 'good' }],
    ['投诉发生率', { satisfaction: false, kind: 'rate', direction: 'bad' }],
    ['培训人数（人）', { unitInName: '人', kind: 'count' }],
  ])('%s reads as before through the packed object', (name, want) => {
    expect(plain(classifyName(name))).toMatchObject(want);
    expect(classifyName(name)).toMatchObject(want);
  });
});
