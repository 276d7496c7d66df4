import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { foldUnderLevel1 } from './level-cells';

// Layouts of corpus documents 686–691, the seeds' own extraction styles: a Word save-as-text cell that lost
// its TAB, folded names that leave out a level 1 written once above, and a name's label on a line of text
// over the table row that holds its value.

// Seed 000's save-as-text: every cell a line opened by a TAB (a line with `!` lost it), a blank line a row.
const wordText = (rows: string[][]) => `\n${rows.map((r) => r.map((c) => (c.startsWith('!') ? c.slice(1) : `\t${c}`)).join('\n')).join('\n\n')}\n`;
const header = ['绩效指标', '指标', '指标权重', '计量单位', '指标性质', '指标值'];
const deptTable = (rows: string[][]) => wordText([['部门整体绩效目标表'], ['业务主管部门', '某某区住房和城乡建设委员会', '部门支出预算总量（万元）', '6,482.35'], header, ...rows]);
// A name broken over two lines keeps its line break, as every wrapped cell does: layout, not content.
const cells = (text: string) => importText(text, 'a.txt').forms[0]!.indicators.map((r) => [r.name.replace(/\n/g, ''), r.weight, r.unit, r.comparator, r.target]);

describe('a save-as-text cell line that lost its TAB', () => {
  it.each([
    ['the unit', ['', '房屋安全隐患排查整治完成率', '10', '!%', '≥', '95'], ['房屋安全隐患排查整治完成率', 10, '%', '>=', '95']],
    ['the sign', ['', '住房保障资格审核办结时限', '10', '个工作日', '!≤', '15'], ['住房保障资格审核办结时限', 10, '个工作日', '<=', '15']],
  ])('gets %s back as a cell of its own', (_what, row, want) => {
    expect(cells(deptTable([['', '老旧小区改造开工户数', '20', '户', '≥', '3200'], row]))).toEqual([['老旧小区改造开工户数', 20, '户', '>=', '3200'], want]);
  });

  it('keeps a name broken over two lines one name when the row is as wide as the rows above', () => {
    const rows = [['', '老旧小区改造开工户数', '20', '户', '≥', '3200'], ['', '优抚对象抚恤补助金按时', '!发放率', '10', '%', '＝', '100']];
    expect(cells(deptTable(rows))[1]).toEqual(['优抚对象抚恤补助金按时发放率', 10, '%', '=', '100']);
  });

  it('keeps a wrapped text cell whole in a row narrower than the row above', () => {
    const text = wordText([['部门专项绩效目标申报表'], ['专项资金名称', '老旧小区改造专项经费', '业务主管部门', '某某区住房和城乡建设委员会'],
      ['2022年预算', '1,280', '区级支出', '1,080'], ['项目概况', '实施老旧小区改造，完善水电气管网', '!和消防设施'], header,
      ['', '改造老旧小区数量', '30', '个', '≥', '32']]);
    const form = importText(text, 'a.txt').forms[0] as unknown as Record<string, unknown>;
    expect(String(form.overview).replace(/\n/g, '')).toBe('实施老旧小区改造，完善水电气管网和消防设施');
  });
});

describe('folded names that leave out the level 1 written once above', () => {
  const table = (names: string[]) => cells(deptTable(names.map((n) => ['', n, '20', '%', '≥', '95'])));
  const levels = (names: string[]) => importText(deptTable(names.map((n) => ['', n, '20', '%', '≥', '95'])), 'a.txt').forms[0]!.indicators.map((r) => [r.level1, r.level2, r.name]);

  it('carries the level 1 of the folded name above', () => {
    expect(levels(['产出指标-数量指标（巡查次数）', '时效指标（诉求办结及时率）', '效益指标-社会效益指标（环境整洁）', '可持续影响指标（长效机制）'])).toEqual([
      ['产出指标', '数量指标', '巡查次数'], ['产出指标', '时效指标', '诉求办结及时率'],
      ['效益指标', '社会效益指标', '环境整洁'], ['效益指标', '可持续影响指标', '长效机制'],
    ]);
    expect(levels(['产出-数量（居家养老服务对象）', '数量（助餐服务人次）'])).toEqual([['产出', '数量', '居家养老服务对象'], ['产出', '数量', '助餐服务人次']]);
  });

  it('leaves a level 2 word alone with no folded level 1 above, or under a level 1 it does not belong to', () => {
    expect(table(['数量（台）'])[0]![0]).toBe('数量（台）');
    expect(foldUnderLevel1('时效指标（办结及时率）', null)).toBeNull();
    expect(foldUnderLevel1('社会效益指标（环境整洁）', '产出指标')).toBeNull();
    expect(foldUnderLevel1('质量（合格率）', '满意度')).toBeNull();
    expect(foldUnderLevel1('政府预决算公开率（除涉密信息外）', '产出指标')).toBeNull();
  });
});

describe("a name's label on a line over the table row holding its value", () => {
  const form = (nameLine: string) => importText(['## 部门（单位）整体绩效目标表', '', '(2024年度)', '', '部门（单位）名称', nameLine,
    '年度履职目标\t负责全区公路、水路交通建设和养护管理。\t\t\t'].join('\n'), 'a.md').forms[0] as unknown as Record<string, unknown>;

  it('takes the row\'s one cell as the name', () => {
    expect([form('许昌市建安区交通运输局\t\t\t\t').org, form('许昌市建安区交通运输局\t\t\t\t').goal]).toEqual(['许昌市建安区交通运输局', '负责全区公路、水路交通建设和养护管理。']);
  });

  it('leaves a row that is no name (a sentence, or a label of its own) to the table', () => {
    expect(form('负责全区公路建设，做好养护管理。\t\t\t\t').org).toBeNull();
    expect(form('年度主要任务\t\t\t\t').org).toBeNull();
  });
});
