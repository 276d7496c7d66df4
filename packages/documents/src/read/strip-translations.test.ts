import { describe, expect, it } from 'vitest';
import { stripTranslations } from './strip-translations';

const plugged = [
  '项目名称 Project name\t社区养老服务中心运营补助',
  '一级指标 First-level indicators\t二级指标 Secondary indicators\t三级指标 Tertiary indicators\t分值 Score',
  '项目资金（万元） Project funds (10,000 yuan)\t年初预算数 Initial budget',
].join('\n');

describe('stripTranslations', () => {
  it.each([
    ['English after captions', plugged, '项目名称\t社区养老服务中心运营补助\n一级指标\t二级指标\t三级指标\t分值\n项目资金（万元）\t年初预算数'],
    ['a rendering holding a percent sign', '权重（%） Weight (%)\t指标值 Indicator value\t一级指标 First-level indicators\t分值 Score', '权重（%）\t指标值\t一级指标\t分值'],
    ['pinyin with tone marks', '一级指标 yī jí zhǐ biāo\t二级指标 èr jí zhǐ biāo\t三级指标 sān jí zhǐ biāo\t指标值 zhǐ biāo zhí', '一级指标\t二级指标\t三级指标\t指标值'],
    ['a document\'s own Latin words', '项目名称\t某某系统 Windows 适配\n指标\tCOD排放量 mg/L\n单位\t某某 Studio', '项目名称\t某某系统 Windows 适配\n指标\tCOD排放量 mg/L\n单位\t某某 Studio'],
    ['values with spaces and units', '培训人次 ≥ 6200 人次\tPM2.5浓度 ≤ 35 μg/m3\t达标率 ≥ 95 %\t比例 10 %', '培训人次 ≥ 6200 人次\tPM2.5浓度 ≤ 35 μg/m3\t达标率 ≥ 95 %\t比例 10 %'],
    ['English before captions in pipe rows', '| Project Name 项目名称 | 饮水工程 |\n| Level 1 一级指标 | Indicator 指标名称 | Target 指标值 | Weight 分值 |', '| 项目名称 | 饮水工程 |\n| 一级指标 | 指标名称 | 指标值 | 分值 |'],
    ['English before captions in HTML cells', '<td>Output 产出指标</td><td>Quantity 数量指标</td><td>incl. Fiscal Funds 其中：财政资金</td><td>Weight 分值</td>', '<td>产出指标</td><td>数量指标</td><td>其中：财政资金</td><td>分值</td>'],
    ['one Latin word of the document before a name', '| 指标名称 | APP 注册用户数 |\n| 指标值 | ≥2 万人 |', '| 指标名称 | APP 注册用户数 |\n| 指标值 | ≥2 万人 |'],
  ])('%s', (_label, input, want) => {
    expect(stripTranslations(input)).toBe(want);
  });
});

describe('stripTranslations in bilingual mode', () => {
  it('drops the rendering lines under their Chinese lines', () => {
    const text = '项目名称\nProject name\n\n城市公园绿地养护\n\n一级指标\nFirst-level indicators\n\n二级指标\nSecondary indicators\n\n指标值\nIndicator value\n\n≥86个';
    expect(stripTranslations(text)).toBe('项目名称\n\n城市公园绿地养护\n\n一级指标\n\n二级指标\n\n指标值\n\n≥86个');
  });
  it('keeps a Latin line of the document itself', () => {
    const text = '项目名称\nSmart Campus Platform\n\n主管部门\n某某市教育局';
    expect(stripTranslations(text)).toBe(text);
  });
});
