import { describe, expect, it } from 'vitest';
import { classifyName } from './classify-name';
import { goalQuantities } from './goal-quantities';
import { robustZ } from './check-history';
import { findPrivateData, validIdCard } from './check-private-data';
import { frameworkForYear, frameworkOfLayout, level1Of, levelStem, parseLevel1, parseLevel2, statedLevelWeight } from './indicator-framework';

describe('classifyName', () => {
  it.each([
    ['服务对象满意度', { kind: 'rate', satisfaction: true, direction: 'good' }],
    ['政府预决算公开率（除涉密信息外）', { kind: 'rate', direction: 'good', highRate: true, core: '政府预决算公开率' }],
    ['安全生产人亡事故发生率', { kind: 'rate', direction: 'bad' }],
    ['年度维护成本增长率', { kind: 'rate', direction: 'bad', change: true, highRate: false }],
    ['事故隐患整改率', { direction: 'good' }],
    ['投诉办结率', { direction: 'good' }],
    ['群众投诉次数', { kind: 'count', direction: 'bad' }],
    ['“三公经费”控制率', { kind: 'rate', direction: 'neutral' }],
    ['年稳定运行率', { highRate: true }],
    ['参考人数', { kind: 'count' }],
    ['完成区人大批准的预算执行数', { kind: 'count' }],
    ['绩效指数', { kind: 'other' }],
    ['工作经费标准', { kind: 'amount' }],
    ['维修及时率', { category: 'timeliness' }],
    ['完成及时性', { category: 'timeliness' }],
    ['市政设施完好率', { category: 'quality' }],
    ['考试天数', { category: null, kind: 'count' }],
    ['项目进度', { kind: 'other' }],
    ['政策知晓度', { kind: 'rate', direction: 'good' }],
    ['培训效果', { benefitHint: true }],
    ['参训人数', { benefitHint: false }],
    // Land held is good when large; land taken or lost is not land held, whichever side the act is written on.
    ['耕地保有量', { direction: 'good' }],
    ['永久基本农田保护面积', { direction: 'good' }],
    ['征收耕地面积', { direction: 'neutral' }],
    ['破坏林地面积', { direction: 'neutral' }],
    ['毁坏林地面积', { direction: 'neutral' }],
  ])('%s', (name, want) => expect(classifyName(name)).toMatchObject(want));
});

describe('indicator framework', () => {
  it.each([
    ['产出指标', 'output'], ['产出', 'output'], ['效果指标', 'benefit'], ['效益', 'benefit'], ['满意度指标', 'satisfaction'],
    ['成本指标', 'cost'], ['产出指标(50分)', 'output'], ['总体绩效（65分）', null], ['投入管理指标', null], [null, null],
  ])('level1 %s', (raw, want) => expect(parseLevel1(raw)).toBe(want));
  it.each([
    ['数量指标', 'quantity'], ['社会效益', 'social_benefit'], ['社会效益指标', 'social_benefit'], ['可持续性影响', 'sustainability'],
    ['服务对象满意度指标', 'satisfaction'], ['经济成本指标', 'economic_cost'], ['履职效能', null],
  ])('level2 %s', (raw, want) => expect(parseLevel2(raw)).toBe(want));
  it('knows where each 二级 lives', () => {
    expect(level1Of('cost', '2020')).toBe('output');
    expect(level1Of('cost', '2021')).toBe(null);
    expect(level1Of('economic_cost', '2021')).toBe('cost');
    expect(levelStem(' 产出指标（50分）')).toBe('产出');
    expect(statedLevelWeight('产出指标(50分)')).toBe(50);
    expect(statedLevelWeight('产出指标')).toBe(null);
    expect(frameworkForYear(2020, '2021')).toBe('2020');
    expect(frameworkForYear(2024, '2020')).toBe('2021');
    expect(frameworkForYear(null, '2020')).toBe('2020');
  });
  it.each([
    ['成本 under 产出', [['output', 'quantity'], ['output', 'cost']], '2020'],
    ['成本 as a 一级', [['output', 'quantity'], ['cost', null]], '2021'],
    ['a 2021-only cost 二级', [['output', 'economic_cost']], '2021'],
    ['both layouts: the mix is read as 2021', [['output', 'cost'], ['cost', 'economic_cost']], '2021'],
    ['neither', [['output', 'quantity'], ['benefit', 'social_benefit']], null],
  ] as const)('the layout decides the framework: %s', (_, rows, want) => {
    expect(frameworkOfLayout(rows.map((r) => r[0]), rows.map((r) => r[1]))).toBe(want);
  });
});

describe('goalQuantities', () => {
  it.each([
    ['组织2次政银企融资对接会', [[2, '次']]],
    ['完成部门整体绩效评价1个，项目绩效评价4个', [[1, '个'], [4, '个']]],
    ['采购2台办公电脑', [[2, '台']]],
    ['为不少于6,500名老年人、1,234,567人次', [[6500, '名'], [1234567, '人次']]],
    ['开展两次培训、十二场宣传', [[2, '次'], [12, '场']]],
    ['沙府发〔2020〕41号；2024年预算15.03万元；95%以上', []],
    ['每季度一次，每月2次，第3次会议', []],
    ['6个月内完成，15个工作日', []],
    ['学习贯彻党的十九大精神，六大板块', []],
  ])('%s', (text, want) => expect(goalQuantities(text).map((q) => [q.value, q.unit])).toEqual(want));
});

describe('findPrivateData', () => {
  it.each([
    ['遗属戴明（陈宗懋之子）', ['name:戴明', 'name:陈宗懋']],
    // Officials who sign for the form are named on purpose; their mobile number is still personal data.
    ['项目负责人：黄浩', []],
    ['财务负责人：陈稀文', []],
    ['项目负责人黄浩同志', []],
    ['联系人 欧阳娜娜，电话13812345678', ['mobile:13812345678']],
    ['受助人张明，电话023-65312345', ['name:张明', 'landline:023-65312345']],
    ['身份证 440524188001010014', ['id_card:440524188001010014']],
    ['咨询（023）65368888', []],
    ['监督电话：023-65312345', []],
    ['经办人完善单据、股长复核', []],
    ['负责人员到位，联系人制度', []],
    ['遗属李某（张某某之子），职工满意度，学生资助', []],
    ['重庆市沙坪坝区财政局，三峡广场', []],
    ['项目编码51090422T000000280419', []],
    ['金额120526.20元，编号13800000000123', []],
  ])('%s', (text, want) => expect(findPrivateData(text).map((h) => `${h.kind}:${h.text}`).sort()).toEqual([...want].sort()));
  it('validates the check digit', () => {
    expect(validIdCard('11010519491231002X')).toBe(true);
    expect(validIdCard('110105194912310021')).toBe(false);
  });
});

describe('robustZ', () => {
  it('uses median and MAD', () => {
    expect(robustZ(95, [90, 95, 100])).toBeCloseTo(0);
    expect(robustZ(60, [95, 96, 95, 98, 97])).toBeLessThan(-3.5);
    expect(robustZ(94, [95, 96, 90, 98, 97, 92])).toBeGreaterThan(-3.5);
  });
  it('falls back when all peers agree', () => {
    expect(robustZ(90, [100, 100, 100, 100, 100])).toBe(-Infinity);
    expect(robustZ(100, [100, 100, 100])).toBe(0);
  });
});
