import { describe, expect, it } from 'vitest';
import { evaluateFormula } from './evaluate-formula';

// A small sheet: D6 1620, E6 1538.6, F6 10, C5 text, G13:G15 numbers with a blank and a text cell.
const sheet: Record<string, number | string> = { D6: 1620, E6: 1538.6, F6: 10, C5: '项目资金', C7: '120', G13: 15, G14: 10, G16: 5, G15: '—', AA1: 2 };
const lookup = (r: number, c: number) => {
  const col = c <= 26 ? String.fromCharCode(64 + c) : String.fromCharCode(64 + Math.floor((c - 1) / 26)) + String.fromCharCode(65 + ((c - 1) % 26));
  const v = sheet[`${col}${r}`];
  if (v === undefined) return null;
  if (typeof v === 'number') return v;
  return /^\d+$/.test(v) ? Number(v) : undefined;
};

describe('evaluateFormula', () => {
  it.each([
    ['E6/D6', 1538.6 / 1620],
    ['=E6/D6*100', (1538.6 / 1620) * 100],
    ['ROUND(E6/D6*F6,2)', 9.5],
    ['round($E$6/$D$6*F6, 1)', 9.5],
    ['SUM(G13:G16)+F6', 40],
    ['SUM(G13,G14,3)', 28],
    ['AVERAGE(G13:G14)', 12.5],
    ['MAX(G13:G16)-MIN(G13:G16)', 10],
    // Excel negates before it raises to a power: -(6)^2 is 36.
    ['-(F6-4)^2', 36],
    ['50%*F6', 5],
    ['C7*2', 240],
    ['AA1+1', 3],
    ['H9+1', 1],
    ['ROUND(2.675,2)', 2.68],
    ['ROUNDDOWN(9.99,0)', 9],
  ])('%s = %d', (formula, want) => {
    expect(evaluateFormula(formula, lookup)).toBeCloseTo(want, 9);
  });

  it.each([
    ['text in arithmetic', 'C5+1'],
    ['division by zero', 'F6/H9'],
    ['another sheet', "'汇总'!E4"],
    ['an unknown function', 'VLOOKUP(A1,B1:C9,2,0)'],
    ['a text result', '"合计"'],
    ['unbalanced', 'SUM(G13:G14'],
    ['trailing operator', 'F6+'],
  ])('%s gives null', (_what, formula) => {
    expect(evaluateFormula(formula, lookup)).toBeNull();
  });
});
