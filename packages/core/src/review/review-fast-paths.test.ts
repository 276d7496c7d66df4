import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldEveryChar, foldWidth } from '../values/normalize-text';
import { formatHundredths } from '../scoring/round-score';
import { mayHaveQuantity } from './goal-quantities';
import { isMember } from './check-levels';
import { sheetDecimals } from './check-self-evaluation';
import type { Form } from '../forms/forms-schema';
import { FRAMEWORKS, LEVEL1_LABELS, LEVEL2_LABELS, type Level1, type Level2 } from './indicator-framework';
import type { Finding } from './finding';
import { sortFindings } from './review-forms';
import { hasFoldable } from '../values/text-scan';

// The review's shortcuts must answer exactly what the general path would.
const chars = (s: string) => fc.constantFrom(...Array.from(s));
const text = (alphabet: string, maxLength = 30) => fc.array(chars(alphabet), { maxLength }).map((cs) => cs.join(''));

describe('review fast paths', () => {
  it('sheetDecimals counts the decimals String spells, for scores with one, two or many decimals', () => {
    const spelled = (n: number) => {
      if (Number.isInteger(n)) return 0;
      const t = String(n);
      const dot = t.indexOf('.');
      return dot < 0 ? 0 : Math.min(t.length - dot - 1, 6);
    };
    const score = fc.oneof(
      fc.integer({ min: -1e7, max: 1e7 }).map((k) => k / 10),
      fc.integer({ min: -1e7, max: 1e7 }).map((k) => k / 100),
      fc.integer({ min: -1e7, max: 1e7 }).map((k) => k * 0.01),
      fc.double({ noNaN: true }),
      fc.constantFrom(0.1 + 0.2, 1e-7, 1.5e-7, 999999999.99, 1e9 + 0.5, 0.05, -0.05),
    );
    fc.assert(fc.property(score, (x) => {
      const form = { kind: 'department_self_evaluation', total_score: x, indicators: [] } as unknown as Form;
      expect(sheetDecimals(form)).toBe(spelled(x));
    }), { numRuns: 5000 });
  });
  it('isMember answers FRAMEWORKS[fw][l1].includes(l2) for every framework and pair of levels', () => {
    for (const fw of ['2020', '2021'] as const) {
      for (const l1 of Object.keys(LEVEL1_LABELS) as Level1[]) {
        for (const l2 of Object.keys(LEVEL2_LABELS) as Level2[]) {
          expect(isMember(fw, l1, l2), `${fw} ${l1} ${l2}`).toBe(FRAMEWORKS[fw][l1].includes(l2));
        }
      }
    }
  });

  it('hasFoldable is true exactly when folding changes the text, and foldWidth folds as every char would', () => {
    fc.assert(fc.property(text('a1，（）：；。０９％＝＞\u3000≧≦﹪≥ 完成\uff01\uff5e\uff5f\u2265\u2212'), (s) => {
      expect(hasFoldable(s)).toBe(foldEveryChar(s) !== s);
      expect(foldWidth(s)).toBe(foldEveryChar(s));
    }), { numRuns: 3000 });
  });

  it('a text without a possible quantity has no QUANTITY match', () => {
    // The pattern goalQuantities runs, copied here so the shortcut is checked against it.
    const QUANTITY = /(第|前|排名)?(\d+(?:\.\d+)?|[二两三四五六七八九十]{1,3})\s*(万平方米|万亩|万公顷|平方公里|平方米|公里|千米|公顷|亩|米|个工作日|个月|工作日|场次|人次|批次|户次|班次|家次|课时|学时|次|场|个|项|台|套|件|批|期|篇|份|家|户|人|名|所|座|辆|处|条|栋|幢|册|本|支|轮|届|棵|株|部|间|张|块|堂|号)/;
    fc.assert(fc.property(text('12.三十两 \u3000\t个工作日月场次人批户班家课时学项台号完成率，第前万平方米公里千顷亩'), (s) => {
      if (!mayHaveQuantity(s)) expect(QUANTITY.test(s)).toBe(false);
    }), { numRuns: 5000 });
    expect(mayHaveQuantity('组织养老项目12实施，完成年度任务。')).toBe(false);
    expect(mayHaveQuantity('组织2次培训')).toBe(true);
    expect(mayHaveQuantity('培训 三\u3000场')).toBe(true);
  });

  it('formatHundredths spells like String(Math.round(n * 100) / 100)', () => {
    fc.assert(fc.property(fc.oneof(fc.double({ noNaN: false }), fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 100), fc.double({ min: -2e9, max: 2e9 })), (n) => {
      expect(formatHundredths(n)).toBe(String(Math.round(n * 100) / 100));
    }), { numRuns: 20000 });
  });

  it('sortFindings orders like a stable sort by form, severity and row', () => {
    const finding = fc.record({
      code: fc.constant('names' as const), severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
      form: fc.integer({ min: 0, max: 2 }), row: fc.option(fc.integer({ min: 0, max: 5 })), field: fc.constant(null), message: fc.string({ maxLength: 3 }),
    });
    const rank = { error: 0, warning: 1, info: 2 };
    fc.assert(fc.property(fc.array(finding, { maxLength: 60 }), (fs: Finding[]) => {
      const want = [...fs].sort((a, b) => a.form - b.form || rank[a.severity] - rank[b.severity] || (a.row ?? -1) - (b.row ?? -1));
      expect(sortFindings([...fs])).toEqual(want);
      expect(sortFindings([...fs]).every((f, i) => f === want[i])).toBe(true);
    }), { numRuns: 2000 });
  });
});
