import { describe, expect, it } from 'vitest';
import type { FormsDocument } from '@jixiao/core';
import { importText } from '../import/import-file';
import { splitSpacedRow } from '../text/spaced-rows';

// Layouts of corpus documents 566–571: a PDF text layer whose budget block has a 其中： line and a unit
// caption beside the department, a chat quoting the project's header message, indicators as
// 一级/二级/三级：值 lines, and an assistant's summary as nested bulleted lists.

type Row = Record<string, unknown>;
const form = (doc: FormsDocument) => doc.forms[0] as unknown as Row;
const rows = (doc: FormsDocument) => (doc.forms[0]?.indicators ?? []).map((r) => [r.level1, r.level2, r.name, r.comparator, r.target, r.unit]);

describe('a space-aligned 其中：line', () => {
  it.each([
    ['    其中：财政拨款            80.00', [['其中：财政拨款', 80.0]]],
    ['    联系人：王某              13800000000', null],
  ])('%s', (line, want) => {
    const parts = splitSpacedRow(line);
    expect(parts == null ? null : [[parts[0]!.text, Number(parts[1]!.text)]]).toEqual(want);
  });

  it('keeps the budget block one table and the indicator header the one the rows align to', () => {
    const text = [
      '项目名称            乡村道路养护',
      '主管部门            某县交通局                      实施单位        某县公路站',
      '项目资金            年度资金总额                    80.00',
      '                    其中：财政拨款                  80.00',
      '一级指标      二级指标          三级指标                 指标值',
      '产出指标      数量指标          养护道路里程             ≥30公里',
      '                                设置标志牌               40块',
      '              质量指标          路况优良率               ≥80%',
    ].join('\n');
    const doc = importText(text, 'a.txt');
    expect(form(doc).budget_fiscal_wan).toBe(80);
    expect(rows(doc).map((r) => r.slice(0, 3))).toEqual([
      ['产出指标', '数量指标', '养护道路里程'], ['产出指标', '数量指标', '设置标志牌'], ['产出指标', '质量指标', '路况优良率'],
    ]);
  });
});

describe('a chat with the header quoted and the indicators as slash-joined levels', () => {
  const text = [
    '上午10:02', '张会计', '「李科长：项目名称：村级文化活动室补助', '主管部门：某县文旅局', '资金总额：12.00万元，全部为县级财政资金', '年度目标：建成活动室5个。」',
    '- - - - - - - - - - - - - - -', '李科长，指标如下：',
    '产出指标/数量指标/建成活动室：≥5个', '产出指标/质量指标/验收合格率：100%', '满意度指标/服务对象满意度指标/村民满意度：≥90%',
  ].join('\n');
  it('reads the quoted header without its sender and every slash-joined line as a row', () => {
    const doc = importText(text, 'a.txt');
    expect(form(doc).project_name).toBe('村级文化活动室补助');
    expect(form(doc).goal).toBe('建成活动室5个。');
    expect([form(doc).budget_total_wan, form(doc).budget_fiscal_wan]).toEqual([12, 12]);
    expect(rows(doc)).toEqual([
      ['产出指标', '数量指标', '建成活动室', '>=', '5', '个'],
      ['产出指标', '质量指标', '验收合格率', '=', '100', '%'],
      ['满意度指标', '服务对象满意度指标', '村民满意度', '>=', '90', '%'],
    ]);
  });
  it('a value with a unit per period after no colon is not cut at its slash', () => {
    const doc = importText(['产出指标——数量指标——巡查频次≥2次/月', '产出指标——质量指标——巡查覆盖率≥95%'].join('\n'), 'b.txt');
    expect(rows(doc)[0]).toEqual(['产出指标', '数量指标', '巡查频次', '>=', '2', '次/月']);
  });
});

describe('a summary written as nested bulleted lists', () => {
  const md = [
    '- **项目名称**：社区助餐点建设', '- **年度资金总额**：30.00万元',
    '- **产出指标**', '  - **数量指标**', '    - 新建助餐点：**≥6个**', '  - **成本指标**', '    - 单点建设补助：**≤5万元**',
    '- **效益指标**', '  - **社会效益指标**', '    - 日均就餐老人：**≥300人次**',
  ].join('\n');
  it('reads the labels behind their marks and each item under its levels; 成本指标 with items under it is a level 2', () => {
    const doc = importText(md, 'a.md');
    expect(form(doc).project_name).toBe('社区助餐点建设');
    expect(form(doc).budget_total_wan).toBe(30);
    expect(rows(doc).map((r) => r.slice(0, 3))).toEqual([
      ['产出指标', '数量指标', '新建助餐点'], ['产出指标', '成本指标', '单点建设补助'], ['效益指标', '社会效益指标', '日均就餐老人'],
    ]);
  });
  it('a level 1 成本指标 with its own level 2 captions under it stays a level 1', () => {
    const doc = importText(['- 产出指标', '- 数量指标', '- 新建助餐点：≥6个', '- 成本指标', '- 经济成本指标', '- 单点建设补助：≤5万元'].join('\n'), 'b.md');
    expect(rows(doc).map((r) => r.slice(0, 2))).toEqual([['产出指标', '数量指标'], ['成本指标', '经济成本指标']]);
  });
});
