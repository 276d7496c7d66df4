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
  ])('%s → %s', (text, want) => {
    expect(readBackOcr(text)).toBe(want);
  });
});
