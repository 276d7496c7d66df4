import { describe, expect, it } from 'vitest';
import { readBackOcr } from './ocr-artefacts';

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
  ])('%s → %s', (text, want) => {
    expect(readBackOcr(text)).toBe(want);
  });
});
