import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';

// Layouts of corpus documents 620–625 (whole published documents as binaries): a table retyped on the next
// page under its header, opening with the level 1 printed again and the level-2 cell left blank.

const header = ['一级指标', '二级指标', '三级指标', '指标值', '权重'].join('\t');
const form = (afterBreak: string[], between = ['续表', header]) => [
  '2025年度项目支出绩效目标表',
  ['项目名称', '城镇老旧小区改造', '', '', ''].join('\t'),
  header,
  ['产出指标', '数量指标', '改造小区个数', '≥14个', '10'].join('\t'),
  ['', '质量指标', '竣工验收合格率', '100%', '10'].join('\t'),
  ...between,
  ...afterBreak.map((r) => r.split('|').join('\t')),
].join('\n');

const levels = (text: string) => importText(text, 'a.txt').forms[0]!.indicators.map((r) => [r.level1, r.level2, r.name]);

describe('a level 1 printed again atop a page whose level-2 cell is blank', () => {
  it('goes on under the level 2 above', () => {
    expect(levels(form(['产出指标||物业管理覆盖率|≥90%|10', '|时效指标|开工率|100%|10']))).toEqual([
      ['产出指标', '数量指标', '改造小区个数'],
      ['产出指标', '质量指标', '竣工验收合格率'],
      ['产出指标', '质量指标', '物业管理覆盖率'],
      ['产出指标', '时效指标', '开工率'],
    ]);
  });

  it('leaves a new level 1 without a level 2 of its own', () => {
    expect(levels(form(['效益指标||小区设施完好率|≥95%|10'])).at(-1)).toEqual(['效益指标', null, '小区设施完好率']);
  });

  it('reads no level 2 into a row in the middle of a table', () => {
    // The same row with no header retyped above it: the level 1 written again opens its group anew.
    expect(levels(form(['产出指标||物业管理覆盖率|≥90%|10'], [])).at(-1)).toEqual(['产出指标', null, '物业管理覆盖率']);
  });
});
