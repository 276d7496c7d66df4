import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';

// Layouts of corpus documents 728–731 (legacy .xls/.doc): a budget block typed in full-width digits (WPS's
// 全角 input), its thousands grouped with `，`. The .xls reference formulas are tested in read/.

const selfEval = (amounts: string[], actual: string) => [
  '项目名称\t农村义务教育学生营养改善计划',
  '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
  `\t年度资金总额\t${amounts.join('\t')}\t１０\t９９．００％\t９．９`,
  '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
  `产出指标\t数量指标\t供餐学校数\t９６所\t${actual}\t１０\t１０`,
].join('\n');

describe('a budget block in full-width digits', () => {
  it('reads `，` before groups of three digits as the thousands separator', () => {
    const form = importText(selfEval(['１，０５６．００', '１，０８０．００', '１，０６９．２０'], '９６所'), 'a.txt').forms[0] as unknown as { budget: Record<string, unknown> };
    expect(form.budget).toMatchObject({ initial_wan: 1056, adjusted_wan: 1080, executed_wan: 1069.2, execution_rate: 99, score: 9.9 });
  });

  it('reads no amount from a comma elsewhere, and leaves a text value with `，` as written', () => {
    const result = importText(selfEval(['１，０５', '１２０．００', '１１２．８０'], '完成９６所，其中新建３所'), 'a.txt').forms[0]!;
    const form = result as unknown as { budget: Record<string, unknown> };
    expect(form.budget).toMatchObject({ initial_wan: null, adjusted_wan: 120, executed_wan: 112.8 });
    expect(result.indicators[0]!.actual).toBe('完成96所，其中新建3所');
  });
});
