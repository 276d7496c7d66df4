import { describe, expect, it } from 'vitest';
import { problemPoints } from './problem-points';

describe('problemPoints (存在问题 → points to answer)', () => {
  it.each<[string, string | null, string[]]>([
    ['nothing written', null, []],
    ['blank', '  \n ', []],
    ['无', '无。', []],
    ['暂无明显问题', '暂无明显问题', []],
    ['a dash', '—', []],
    ['one sentence', '项目资金拨付进度偏慢，年底集中支付。', ['项目资金拨付进度偏慢，年底集中支付']],
    ['1. 2. numbered', '1.绩效目标设置不够细化；2.资金支付进度滞后。', ['绩效目标设置不够细化', '资金支付进度滞后']],
    ['1、 on lines', '1、部分指标值偏低\n2、满意度调查样本量不足\n3、档案资料不完整', ['部分指标值偏低', '满意度调查样本量不足', '档案资料不完整']],
    ['（一） with a heading', '存在的主要问题：（一）预算编制不够精准；（二）项目验收滞后。', ['预算编制不够精准', '项目验收滞后']],
    ['一是 二是', '一是前期调研不充分，二是部分设备到货延迟；三是宣传覆盖面不够。', ['前期调研不充分', '部分设备到货延迟', '宣传覆盖面不够']],
    ['①②', '①培训内容针对性不强；②参训率未达目标', ['培训内容针对性不强', '参训率未达目标']],
    ['lines without numbers', '资金到位较晚\n施工受雨季影响', ['资金到位较晚', '施工受雨季影响']],
    ['a decimal is no lead', '执行率为 92.5%，低于预期。', ['执行率为 92.5%，低于预期']],
    ['(1) half-width', '(1)绩效监控不及时;(2)自评报告质量不高', ['绩效监控不及时', '自评报告质量不高']],
    ['text before the first number is kept', '总体较好，但仍有不足。1.宣传不够；2.台账不全', ['总体较好，但仍有不足', '宣传不够', '台账不全']],
    ['a month pair is no list', '受三、四月份降雨影响，工期延后。', ['受三、四月份降雨影响，工期延后']],
    ['1.5 is no lead after a comma', '资金缺口，1.5万元未到位', ['资金缺口，1.5万元未到位']],
  ])('%s', (_why, text, want) => {
    expect(problemPoints(text)).toEqual(want);
  });
});
