import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { executionRatePercent } from './execution-rate';

// Layouts of corpus documents 638–643: year-end 项目支出绩效自评表 sets whose 执行率 is written as a fraction,
// and whose table ends in a 其他需要说明的事项 row with no 总分 row before it.

const form = (rate: string, closing: string[]) => [
  '项目名称\t耕地保护补贴',
  '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
  `\t年度资金总额\t150.00\t160.00\t153.60\t10\t${rate}\t9.6`,
  '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
  '产出指标\t数量指标\t补贴面积\t≥46万亩\t46.2万亩\t40\t40\t',
  '满意度指标\t服务对象满意度指标\t农户满意度\t≥90%\t95%\t50\t50\t',
  ...closing,
].join('\n');

const budgetOf = (text: string) => (importText(text, 'a.txt').forms[0] as unknown as { budget: { execution_rate: number | null } }).budget;

describe('an execution rate written as a fraction', () => {
  it.each([
    ['0.96', 96],
    ['96%', 96],
    ['96.00%', 96],
    ['96', 96],
  ])('%s in the budget block reads as %s per cent', (rate, want) => {
    expect(budgetOf(form(rate, ['总分\t\t\t\t\t100\t99.6\t'])).execution_rate).toBe(want);
  });

  it('takes the amounts as the judge: 1.0011 over 4851 → 4856.25 is 100.11%, 0.5 over 200 → 1 stays 0.5%', () => {
    expect(executionRatePercent('1.0011', 1.0011, 4856.25, 4851)).toBe(100.11);
    expect(executionRatePercent('0.5', 0.5, 1, 200)).toBe(0.5);
    expect(executionRatePercent('98.5', 98.5, 64.03, 65)).toBe(98.5);
  });

  it('with no amounts, a bare figure up to 1.5 is a fraction; a signed one or a larger one is a percentage', () => {
    expect(executionRatePercent('0.972', 0.972, null, null)).toBe(97.2);
    expect(executionRatePercent('1%', 1, null, null)).toBe(1);
    expect(executionRatePercent('88', 88, null, null)).toBe(88);
    expect(executionRatePercent('0', 0, null, null)).toBe(0);
  });
});

describe('其他需要说明的事项 closing the indicator table', () => {
  it('is no indicator when no 总分 row comes before it', () => {
    const f = importText(form('0.96', ['其他需要说明的事项\t无']), 'a.txt').forms[0]!;
    expect(f.indicators.map((r) => r.name)).toEqual(['补贴面积', '农户满意度']);
  });

  it('nor under a 总分 row, numbered or not', () => {
    const f = importText(form('0.96', ['总分\t\t\t\t\t100\t99.6\t', '三、其他需说明的事项\t资金由上年结转安排。']), 'a.txt').forms[0]!;
    expect(f.indicators.map((r) => r.name)).toEqual(['补贴面积', '农户满意度']);
  });

  it('keeps an indicator whose name only mentions matters to explain', () => {
    const f = importText(form('0.96', ['\t\t其他需要说明的事项办结率\t≥95%\t96%\t10\t10\t']), 'a.txt').forms[0]!;
    expect(f.indicators.map((r) => r.name)).toContain('其他需要说明的事项办结率');
  });
});
