import { describe, expect, it } from 'vitest';
import { importMismatch, mismatchLines, sameOrg } from './import-mismatch';

const STREET = '重庆市沙坪坝区人民政府沙坪坝街道办事处';

describe('sameOrg', () => {
  it.each([
    ['the same name', STREET, STREET, true],
    ['a short name inside the full one', '沙坪坝街道办事处', STREET, true],
    ['spaces and brackets aside', '重庆市沙坪坝区 人民政府（沙坪坝街道办事处）', STREET, true],
    ['another unit', '重庆市沙坪坝区财政局', STREET, false],
    ['no unit written', null, STREET, true],
    ['no unit chosen', '某某市耕地保护中心', null, true],
  ] as const)('%s', (_name, written, chosen, same) => {
    expect(sameOrg(written, chosen)).toBe(same);
  });
});

describe('importMismatch', () => {
  it.each([
    ['a document of the chosen year and unit', [{ fiscal_year: 2024, org: STREET }], 2024, STREET, [], []],
    ['a year left to the choice', [{ fiscal_year: null, org: null }], 2027, STREET, [], []],
    ['a 2024 document read under next year', [{ fiscal_year: 2027, org: null }, { fiscal_year: 2024, org: STREET }, { fiscal_year: 2024, org: STREET }], 2027, STREET, [2024], []],
    ['two years, sorted once each', [{ fiscal_year: 2025 }, { fiscal_year: 2023 }, { fiscal_year: 2025 }], 2024, STREET, [2023, 2025], []],
    [
      'a department with two subordinate units',
      [{ fiscal_year: 2025, org: '某某市自然资源和规划局' }, { fiscal_year: 2025, org: '某某市耕地保护中心' }, { fiscal_year: 2025, org: '某某市地质灾害防治中心' }],
      2025, STREET, [], ['某某市自然资源和规划局', '某某市耕地保护中心', '某某市地质灾害防治中心'],
    ],
  ] as const)('%s', (_name, forms, year, org, years, orgs) => {
    expect(importMismatch(forms, year, org)).toEqual({ years, orgs });
  });
});

describe('mismatchLines', () => {
  it('says nothing when the document agrees', () => {
    expect(mismatchLines({ years: [], orgs: [] }, 2024, STREET)).toEqual([]);
  });
  it('names the years and units against the choice', () => {
    const lines = mismatchLines({ years: [2024], orgs: ['重庆市沙坪坝区财政局'] }, 2027, STREET);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('2024 年');
    expect(lines[0]).toContain('2027 年度存放');
    expect(lines[1]).toContain('「重庆市沙坪坝区财政局」');
  });
});
