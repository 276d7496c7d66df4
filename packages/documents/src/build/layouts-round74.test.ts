import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../import/import-file';
import { withoutTextPrefix } from '../text/read-csv';
import { isSheetError, serialDateValue } from './sheet-values';

// Layouts of corpus documents 692–697: sheets and Word tables as clerks fill them — error values where a
// figure belongs, a date left as its serial number, Excel's text prefix in a system's CSV, a comparator-word
// column, a level-1 merge one row too long, rows added under the template's 合计.

const tsv = (lines: string[]) => lines.map((l) => l.replace(/ {2,}/g, '\t')).join('\n');

describe('a spreadsheet error value in a cell', () => {
  it('is no figure of any field, and does not push the row out of its columns', () => {
    const text = tsv([
      '项目名称  农村公路日常养护',
      '一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分  偏差原因分析及改进措施',
      '产出指标  数量指标  养护里程  ≥1260公里  1262公里  20  #N/A  ',
      '产出指标  质量指标  异常反应报告率  100%  #DIV/0!  10  9  无病例',
    ]);
    const rows = importText(`2024年度项目支出绩效自评表\n${text}`, 'a.txt').forms[0]!.indicators;
    expect(rows.map((r) => [r.score, r.actual, r.reason])).toEqual([[null, '1262公里', null], [9, null, '无病例']]);
  });

  it('knows the error values and nothing else', () => {
    expect(['#N/A', '#DIV/0!', ' #REF! ', '#VALUE!', '#NAME?'].map(isSheetError)).toEqual([true, true, true, true, true]);
    expect(['#1', 'N/A', '#标签', '—', null].map(isSheetError)).toEqual([false, false, false, false, false]);
  });
});

describe('a date left as its serial number', () => {
  it('reads as the date in a row that states a time', () => {
    expect(serialDateValue('46295', null, '时效指标', '设施更新完成')).toBe('2026-09-30');
    expect(serialDateValue('45838', null, null, '资金拨付时间')).toBe('2025-06-30');
  });

  it('stays a figure under a unit, outside a time row or out of the years forms speak of', () => {
    expect(serialDateValue('46295', '人次', '时效指标', '完成时间')).toBeNull();
    expect(serialDateValue('36000', null, '数量指标', '助餐服务人次')).toBeNull();
    expect(serialDateValue('12000', null, '时效指标', '完成时间')).toBeNull();
    expect(serialDateValue('30', null, '时效指标', '办结时限')).toBeNull();
  });
});

describe("Excel's text prefix in a CSV", () => {
  it('comes off a figure or a code', () => {
    expect(["'510922260000000012345", "'120", "'1,280.00", "'-5"].map(withoutTextPrefix)).toEqual(['510922260000000012345', '120', '1,280.00', '-5']);
  });

  it('stays on words and on quoted text', () => {
    expect(["'十四五'规划", "'12'号文件", '120'].map(withoutTextPrefix)).toEqual(["'十四五'规划", "'12'号文件", '120']);
  });

  it('reads a comparator-word column beside bare figures', async () => {
    const csv = ['2026年项目支出绩效目标表,,,,,', '项目名称,垃圾分类收运,,,,', '一级指标,二级指标,三级指标,比较符,指标值,计量单位',
      "产出指标,数量指标,覆盖小区,大于等于,'120,个", "产出指标,成本指标,每吨收运成本,小于等于,'165,元/吨", '效益指标,可持续影响指标,长效机制,定性,健全,'].join('\r\n');
    const result = await importFile(new TextEncoder().encode(csv), 'a.csv');
    const rows = result.ok ? result.document.forms[0]!.indicators : [];
    expect(rows.map((r) => [r.comparator, r.target, r.unit])).toEqual([['>=', '120', '个'], ['<=', '165', '元/吨'], ['qualitative', '健全', null]]);
  });
});

describe('a row added under the template’s 合计', () => {
  const namesWithLastRow = (last: string) => {
    const text = tsv(['一级指标  二级指标  三级指标  指标值  权重', '产出指标  数量指标  抽检批次  ≥1500  50', '合计        50', last]);
    return importText(`某某县农业农村局2025年部门整体绩效目标表\n${text}`, 'a.txt').forms[0]!.indicators.map((r) => r.name);
  };

  it('is a row of the table when it writes its own level 1, name and value', () => {
    expect(namesWithLastRow('满意度指标  服务对象满意度指标  农户满意度  ≥90%  10')).toEqual(['抽检批次', '农户满意度']);
  });

  it('is not when it is the notes under the table', () => {
    expect(namesWithLastRow('填报人：张某  联系电话：0000-1234')).toEqual(['抽检批次']);
  });
});
