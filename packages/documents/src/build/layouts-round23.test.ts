import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { readTextLayout } from '../text/read-text-layout';

// Layouts of corpus documents 360–366: pipe and TSV rows under level lines of their own, 预期目标：… under
// 年度总体目标, an indicator table printed in two halves side by side, label rows narrower than the table.

const levelsOf = (text: string, name = 'p.txt') => importText(text, name).forms[0]!.indicators.map((i) => [i.level1, i.level2, i.name]);

describe('level lines of their own between pipe rows', () => {
  const header = '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分';
  it('keeps the header, the level lines and the rows in one table', () => {
    const text = ['项目支出绩效自评表', header, '产出指标', '数量指标', '甲 | ≥1个 | 1个 | 10 | 10', '质量指标', '乙 | 100% | 100% | 10 | 10', '效益指标', '社会效益指标', '丙 | ≥90% | 95% | 20 | 20'].join('\n');
    const tables = readTextLayout(text).blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(levelsOf(text)).toEqual([
      ['产出指标', '数量指标', '甲'],
      ['产出指标', '质量指标', '乙'],
      ['效益指标', '社会效益指标', '丙'],
    ]);
  });
  it('leaves a run of links with a pipe line under a heading alone', () => {
    const blocks = readTextLayout(['相关链接：市政府 | 省财政厅 | 中国政府网', '产出指标', '正文一段。'].join('\n')).blocks;
    expect(blocks.every((b) => b.kind === 'text')).toBe(true);
  });
  it.each([
    ['成本指标 with rows right under it: a level 2 under 产出指标', ['产出指标', '数量指标', '甲 | ≥1个 | 1个 | 10 | 10', '成本指标', '乙 | ≤5万元 | 4.8万元 | 10 | 10'], [['产出指标', '数量指标', '甲'], ['产出指标', '成本指标', '乙']]],
    ['成本指标 over a level 2 caption: a level 1 of its own', ['产出指标', '数量指标', '甲 | ≥1个 | 1个 | 10 | 10', '成本指标', '经济成本指标', '乙 | ≤5万元 | 4.8万元 | 10 | 10'], [['产出指标', '数量指标', '甲'], ['成本指标', '经济成本指标', '乙']]],
  ])('%s', (_what, lines, want) => {
    expect(levelsOf(['项目支出绩效自评表', header, ...lines].join('\n'))).toEqual(want);
  });
});

describe('level lines of their own between TSV rows', () => {
  it('are no rest of the cell above', () => {
    const text = ['项目支出绩效目标表', '三级指标\t指标值\t计量单位\t权重（%）', '产出指标', '数量指标', '甲\t≥32\t所\t20', '乙\t≥4.5\t万平方米\t15', '质量指标', '丙\t100\t%\t15', '时效指标', '丁\t2025年8月底前\t\t10'].join('\n');
    expect(importText(text, 't.txt').forms[0]!.indicators.map((i) => [i.level2, i.name, i.weight])).toEqual([
      ['数量指标', '甲', 20],
      ['数量指标', '乙', 15],
      ['质量指标', '丙', 15],
      ['时效指标', '丁', 10],
    ]);
  });
});

describe('label rows narrower than the indicator table (TSV)', () => {
  it('keeps 实施单位 ⇥ … a row of its own under 项目名称 ⇥ … ⇥ 主管部门 ⇥ …', () => {
    const text = ['项目支出绩效自评表', '项目名称\t某项目\t主管部门\t某某县民政局', '实施单位\t某某县社会福利中心\t\t',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分', '产出指标\t数量指标\t甲\t=5所\t5所\t20\t20', '\t\t乙\t≥120张\t126张\t20\t20'].join('\n');
    const form = importText(text, 'l.txt').forms[0]!;
    expect([form.org, form.department, form.indicators.length]).toEqual(['某某县社会福利中心', '某某县民政局', 2]);
  });
});

describe('预期目标：… right under a 年度总体目标 line', () => {
  it('takes the text after the label as the goal', () => {
    const text = ['项目支出绩效自评表', '项目名称：某项目', '年度总体目标', '预期目标：完成甲乙丙。', '实际完成情况：完成甲乙丙丁。',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分', '产出指标\t数量指标\t甲\t≥1个\t1个\t10\t10'].join('\n');
    const form = importText(text, 'g.txt').forms[0]! as { goal: string | null; goal_outcome: string | null };
    expect([form.goal, form.goal_outcome]).toEqual(['完成甲乙丙。', '完成甲乙丙丁。']);
  });
});

describe('an indicator table in two halves side by side', () => {
  const head = '一级指标\t二级指标\t三级指标\t指标值';
  it('reads the left half, then the right half', () => {
    const text = ['项目支出绩效目标表', `${head}\t${head}`, '产出指标\t数量指标\t甲\t≥1个\t效益指标\t社会效益指标\t丙\t≥90%', '\t质量指标\t乙\t100%\t\t\t\t'].join('\n');
    expect(levelsOf(text)).toEqual([
      ['产出指标', '数量指标', '甲'],
      ['产出指标', '质量指标', '乙'],
      ['效益指标', '社会效益指标', '丙'],
    ]);
  });
  it('leaves 中期 and 年度 columns side by side alone (the captions differ)', () => {
    const text = ['项目支出绩效目标表', '一级指标\t二级指标\t三级指标\t中期指标值\t年度指标值', '产出指标\t数量指标\t甲\t≥3个\t≥1个'].join('\n');
    expect(importText(text, 'm.txt').forms[0]!.indicators.map((i) => i.target)).toEqual(['1']);
  });
});
