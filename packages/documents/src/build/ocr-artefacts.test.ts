import { describe, expect, it } from 'vitest';
import { percentReadAs96, readBackOcr } from './ocr-artefacts';

describe('readBackOcr', () => {
  it.each([
    // Letters read for digits inside a number.
    ['l,280.00', '1,280.00'],
    ['8O.00', '80.00'],
    ['（ 2O25 年 度 ）', '（ 2025 年 度 ）'],
    ['≥9O%', '≥90%'],
    ['1OO', '100'],
    ['联系电话：O433-8l23456', '联系电话：0433-8123456'],
    // 措标 is 指标 misread; 措施 stays.
    ['一级措标', '一级指标'],
    ['工作保障措施', '工作保障措施'],
    // Latin words and codes are left alone.
    ['ISO9001认证', 'ISO9001认证'],
    ['CO2排放量', 'CO2排放量'],
    ['PM2.5平均浓度', 'PM2.5平均浓度'],
    ['O2O模式', 'O2O模式'],
    ['500ml', '500ml'],
    ['2Ol5kg', '2Ol5kg'],
    ['Level 1', 'Level 1'],
    ['产出指标', '产出指标'],
    // 措标 is read back only where the word is 指标, never across a word that ends in 措.
    ['措标值', '指标值'],
    ['满意度措标', '满意度指标'],
    ['三级措标（名称）', '三级指标（名称）'],
    ['绩效措标体系', '绩效指标体系'],
    ['推进各项救助举措标准化落实', '推进各项救助举措标准化落实'],
    ['资金筹措标准', '资金筹措标准'],
    ['落实帮扶举措标', '落实帮扶举措标'],
    ['一 级 措 标', '一 级 指 标'],
    ['措 标 值', '指 标 值'],
    // An amount grouped by commas is a number even when letters open and close it.
    ['l,86O.5O', '1,860.50'],
    ['l,85O.OO', '1,850.00'],
    ['lO.5O', '10.50'],
    // l or I after the number's last digit: a digit only in a cell that is the number alone or before %.
    ['5l', '51'],
    ['2I', '21'],
    ['≥9l%', '≥91%'],
    ['每桶5l', '每桶5l'],
    ['≥5l', '≥5l'],
    ['1.5l/人', '1.5l/人'],
    ['5L', '5L'],
    ['每月l5日前', '每月15日前'],
    // Round 93 (searchable scans): 〇 and 丨 inside a number, a lone spaced number of look-alikes.
    ['2〇24年度', '2024年度'],
    ['1,26〇.〇〇', '1,260.00'],
    ['丨5', '15'],
    ['l 0', '10'],
    ['二〇二五年', '二〇二五年'],
    ['〇', '〇'],
    ['第 l 页', '第 l 页'],
    // 率 read as 卒 at a rate's end or before its figure; 脑卒中 and 士卒 stay.
    ['水样检测合格卒', '水样检测合格率'],
    ['食堂供餐 卒', '食堂供餐 率'],
    ['设施完好卒95%以上', '设施完好率95%以上'],
    ['合格卒（%）', '合格率（%）'],
    ['脑卒中筛查人数', '脑卒中筛查人数'],
    ['慰问退役士卒', '慰问退役士卒'],
    ['卒', '卒'],
    // 度 read as 庋; 元 read as 兀 after 万 or as a unit alone.
    ['满意庋', '满意度'],
    ['满意 庋', '满意 度'],
    ['馆藏文物庋藏条件', '馆藏文物庋藏条件'],
    ['万兀', '万元'],
    ['项目资金（万兀）', '项目资金（万元）'],
    ['兀', '元'],
    ['兀/人', '元/人'],
    ['突兀', '突兀'],
  ])('%s → %s', (text, want) => {
    expect(readBackOcr(text)).toBe(want);
  });
});

describe('percentReadAs96', () => {
  it('reads a rate target ending in 96 over 100 as that figure in percent', () => {
    expect(percentReadAs96('9096', '>=', null, '学生家长满意度')).toEqual({ target: '90', unit: '%' });
    expect(percentReadAs96('9596', '>=', null, '水质达标率')).toEqual({ target: '95', unit: '%' });
    expect(percentReadAs96('10096', '=', null, '验收合格率（%）')).toEqual({ target: '100', unit: '%' });
  });

  it('leaves counts, targets with a unit, figures of 100 or less and stems over 100 alone', () => {
    expect(percentReadAs96('1296', '>=', null, '受益学生人数')).toBeNull();
    expect(percentReadAs96('9096', '>=', '%', '满意度')).toBeNull();
    expect(percentReadAs96('96', '>=', null, '满意度')).toBeNull();
    // 98.596 is itself a figure under 100: a decimal, not a percent sign misread.
    expect(percentReadAs96('98.596', '>=', null, '水质达标率')).toBeNull();
    expect(percentReadAs96('12096', '>=', null, '增长率')).toBeNull();
    expect(percentReadAs96('有所改善', 'qualitative', null, '满意度')).toBeNull();
  });
});
