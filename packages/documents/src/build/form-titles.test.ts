import { describe, expect, it } from 'vitest';
import { projectNameFromTitle } from './form-titles';

describe('projectNameFromTitle', () => {
  it.each([
    ['2024年度农村公路养护项目绩效目标表', '农村公路养护项目'],
    ['2024年度城乡居民医疗救助专项资金绩效目标表', '城乡居民医疗救助专项资金'],
    ['某某县水利局2025年小型水库维修养护项目支出绩效目标申报表', '小型水库维修养护项目'],
    ['“乡村振兴衔接补助资金”绩效自评表（2023年度）', '乡村振兴衔接补助资金'],
    ['项目支出绩效目标表', null],
    ['2024年度部门预算项目绩效目标表', null],
    ['中央对地方转移支付区域绩效目标申报表', null],
    ['部门整体支出绩效目标表', null],
    ['2024年度重点项目绩效目标表', null],
  ])('%s', (title, want) => {
    expect(projectNameFromTitle(title)).toBe(want);
  });
});
