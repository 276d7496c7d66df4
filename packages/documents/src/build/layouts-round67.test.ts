import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { cutAtNextLabel } from './field-labels';
import { isAddOnRow } from './total-row';

// Layouts of corpus documents 650–655: 部门整体支出绩效自评表 of other provinces — score trees whose 加分项 /
// 扣分项 come after the 合计 row, and a unit line closed by the score sheet's 单位：分.

const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');
const cells = (texts: string[]) => texts.map((text, start) => ({ text, start, span: 1, merged: false }));

const scoreTree = (after: string[][]) => tsv([
  ['部门整体支出绩效自评表'],
  ['部门名称', '某区住房和城乡建设局'],
  ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '自评得分', '扣分原因'],
  ['过程', '预算执行', '预算执行率', '40', '得分=预算执行率×40。', '38', '部分项目按进度拨付'],
  ['产出', '职责履行', '老旧小区改造开工率', '60', '开工率100%得满分。', '60', ''],
  ['合计', '', '', '100', '', '98', ''],
  ...after,
]);

describe('加分项 and 扣分项 rows under the 合计 of a score tree', () => {
  it('reads them as rows of the table and takes the final score as the total', () => {
    const form = importText(scoreTree([
      ['加分项', '工作创新', '获省级以上表彰', '', '每项加1分，最高加2分。', '1', ''],
      ['扣分项', '审计监督', '审计发现问题', '', '每项扣0.5分。', '-0.5', '公用经费列支不规范'],
      ['最终得分', '', '', '', '', '98.5', ''],
    ]), 'a.txt').forms[0]!;
    expect(form.indicators.map((r) => [r.level1, r.level2, r.name, r.weight, r.score])).toEqual([
      ['过程', '预算执行', '预算执行率', 40, 38],
      ['产出', '职责履行', '老旧小区改造开工率', 60, 60],
      ['加分项', '工作创新', '获省级以上表彰', null, 1],
      ['扣分项', '审计监督', '审计发现问题', null, -0.5],
    ]);
    expect((form as unknown as Record<string, unknown>).total_score).toBe(98.5);
  });

  it('keeps the 合计 as the total when no final score follows the add-on rows', () => {
    const form = importText(scoreTree([['加分项', '工作创新', '获省级以上表彰', '', '每项加1分。', '+1', '']]), 'a.txt').forms[0]!;
    expect(form.indicators.map((r) => [r.name, r.score])).toEqual([['预算执行率', 38], ['老旧小区改造开工率', 60], ['获省级以上表彰', 1]]);
    expect((form as unknown as Record<string, unknown>).total_score).toBe(98);
  });

  it('reads no row after the 合计 that is no add-on item', () => {
    const form = importText(scoreTree([['填表人', '陈某某', '联系电话', '0731-84561234'], ['扣分项说明', '审计发现问题每项扣0.5分']]), 'a.txt').forms[0]!;
    expect(form.indicators.map((r) => r.name)).toEqual(['预算执行率', '老旧小区改造开工率']);
    expect((form as unknown as Record<string, unknown>).total_score).toBe(98);
  });

  it('knows an add-on row by its caption and a score', () => {
    expect(isAddOnRow(cells(['加分项', '获省级表彰', '', '1']))).toBe(true);
    expect(isAddOnRow(cells(['扣分项目（最高扣5分）', '审计发现问题', '-0.5']))).toBe(true);
    expect(isAddOnRow(cells(['加分指标', '工作创新', '＋1']))).toBe(true);
    // A caption with no figure, a caption of another column, or a name that only mentions 扣分.
    expect(isAddOnRow(cells(['扣分项', '无']))).toBe(false);
    expect(isAddOnRow(cells(['扣分原因', '审计发现问题', '1']))).toBe(false);
    expect(isAddOnRow(cells(['扣分项说明', '每项扣0.5分', '0.5']))).toBe(false);
  });
});

describe('a unit line closed by the score sheet\'s 单位：分', () => {
  it('ends the unit\'s name where the 单位：分 pair starts, one space away as a PDF gives it', () => {
    expect(cutAtNextLabel('某某县卫生健康局 单位：分')).toBe('某某县卫生健康局');
    expect(cutAtNextLabel('某某县卫生健康局 金额单位：千元')).toBe('某某县卫生健康局');
  });

  it('keeps a name that goes on after 单位：分 with more words', () => {
    expect(cutAtNextLabel('某某县卫生健康局 单位：分局办公室')).toBe('某某县卫生健康局 单位：分局办公室');
  });
});
