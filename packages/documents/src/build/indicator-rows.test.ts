import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { deductedScore, joinSpacedDigits, splitValueActual } from './indicator-rows';

describe('splitValueActual', () => {
  it.each([
    ['≥95%/98.2%', ['≥95%', '98.2%']],
    ['≥12处/12处', ['≥12处', '12处']],
    // Units with slashes: the slash that starts a number splits target from result.
    ['≤12万元/公里/11.4万元/公里', ['≤12万元/公里', '11.4万元/公里']],
    ['≥670元/人/680元/人', ['≥670元/人', '680元/人']],
    ['2024年11月底前/2024年11月20日', ['2024年11月底前', '2024年11月20日']],
    ['健全／已健全', ['健全', '已健全']],
    ['≥95%/', ['≥95%', '']],
    // Stacked under 年度指标值⏎实际完成值 (a `<br>` in the cell): one line each, slashes inside units kept.
    ['≥1260公里\n1286公里', ['≥1260公里', '1286公里']],
    ['≤12万元/公里\n11.4万元/公里', ['≤12万元/公里', '11.4万元/公里']],
    ['≥95%/\n98%', ['≥95%', '98%']],
    // A cell merely wrapped: the slash inside one line is the separator, the line break is not.
    ['2025年12月底\n前/2025年11月', ['2025年12月底前', '2025年11月']],
    ['≥95%/98%\n（抽样调查）', ['≥95%', '98%（抽样调查）']],
    ['≥670元/人/680元/\n人', ['≥670元/人', '680元/人']],
    ['有效提升', null],
  ])('%s', (text, want) => expect(splitValueActual(text)).toEqual(want));
});

describe('deductedScore', () => {
  it.each([
    [10, '0.7', 9.3],
    [15, '0', 15],
    [5, null, 5],
    [10, '一分', null],
    [null, '1', null],
  ] as const)('%s less %s', (weight, off, want) => expect(deductedScore(weight, off)).toBe(want));
});

describe('weights printed after indicator names', () => {
  const sheet = (header: string, rows: string[]) => importText(['部门整体支出绩效自评表', header, ...rows].join('\n'), 'score.tsv').forms[0]!.indicators.map((i) => [i.name, i.weight, i.score]);

  it.each([
    ['no weight column: the name\'s （N分） is the weight', '一级指标\t三级指标\t评分标准\t得分', ['投入（20分）\t预算执行率（10分）\t执行率×10分\t9.58', '\t结转结余率(5分)\t≤5%得满分\t5'], [['预算执行率', 10, 9.58], ['结转结余率', 5, 5]]],
    ['a weight column wins; the name loses its note all the same', '一级指标\t三级指标\t分值\t得分', ['投入\t预算执行率（10分）\t12\t11'], [['预算执行率', 12, 11]]],
    ['a bracket without 分 is part of the name', '一级指标\t三级指标\t分值\t得分', ['产出\t政府预决算公开率（除涉密信息外）\t5\t5'], [['政府预决算公开率（除涉密信息外）', 5, 5]]],
  ])('%s', (_what, header, rows, want) => {
    expect(sheet(header, rows)).toEqual(want);
  });
});

describe('ditto marks in level cells', () => {
  it.each([['〃'], ['同上'], ['″']])('%s carries the level above on, as a merged cell does', (mark) => {
    const doc = importText(['项目支出绩效目标表', '一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t甲\t=1个', `${mark}\t${mark}\t乙\t=2个`, `${mark}\t质量指标\t丙\t100%`].join('\n'), 'ditto.tsv');
    expect(doc.forms[0]!.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ['产出指标', '数量指标', '甲'],
      ['产出指标', '数量指标', '乙'],
      ['产出指标', '质量指标', '丙'],
    ]);
  });
});

describe('a name cell holding 名称：值 with no value column', () => {
  it('splits the name from its value', () => {
    const doc = importText(['项目支出绩效目标表', '一级指标\t二级指标\t三级指标', '产出指标\t数量指标\t体检人数：≥5.6万人', '\t时效指标\t完成时间：2025年10月底前', '效益指标\t社会效益指标\t早发现率：逐步提高'].join('\n'), 'pairs.tsv');
    expect(doc.forms[0]!.indicators.map((i) => [i.name, i.comparator, i.target, i.unit])).toEqual([
      ['体检人数', '>=', '5.6', '万人'],
      ['完成时间', 'qualitative', '2025年10月底前', null],
      ['早发现率', 'qualitative', '逐步提高', null],
    ]);
  });
  it('leaves a colon alone when a value column is there', () => {
    const doc = importText(['项目支出绩效目标表', '一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t培训人次：线下\t≥300人次'].join('\n'), 'pairs.tsv');
    expect(doc.forms[0]!.indicators.map((i) => [i.name, i.target])).toEqual([['培训人次：线下', '300']]);
  });
});

describe('joinSpacedDigits', () => {
  it.each([
    // Digits an OCR text layer set apart are one number, with the sign and unit around them.
    ['10 0', '100'], ['≥ 1 26', '≥126'], ['≥ 8 5 %', '≥85%'], ['≤6 900元', '≤6900元'],
    // No digits set apart, or not one number once joined: as written.
    ['≥95%', '≥95%'], ['2025年 11月30日前', '2025年 11月30日前'], ['3-5 6次', '3-5 6次'], ['有效 提升', '有效 提升'], [null, null],
  ])('%j → %j', (value, want) => {
    expect(joinSpacedDigits(value)).toBe(want);
  });
});
