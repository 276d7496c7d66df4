import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { cutAtNextLabel, splitLabelPairs } from './field-labels';
import type { GridCell } from './flatten-source';
import { splitProjectCode } from './form-sink';
import { readHeaderRow } from './header-map';
import { isOtherTableTitle } from './form-titles';
import { categoryLevel } from './level-cells';

const row = (...texts: string[]): GridCell[] => texts.map((text, start) => ({ text, start, span: 1, merged: false }));

describe('layout rules met in published forms', () => {
  it.each([
    ['51090422T000000280419-目标绩效督查营商管理经费', '51090422T000000280419', '目标绩效督查营商管理经费'],
    ['318-1301-JBN-RKLW-财税征收经费', '318-1301-JBN-RKLW', '财税征收经费'],
    ['130323-0201-ZX-01 农村公路养护工程', '130323-0201-ZX-01', '农村公路养护工程'],
    ['2024年农村公路养护工程', null, '2024年农村公路养护工程'],
    ['一般性项目-基础办公类', null, '一般性项目-基础办公类'],
  ])('splitProjectCode(%s)', (text, code, name) => {
    expect(splitProjectCode(text)).toEqual({ code, name });
  });

  it.each([
    ['一、产出指标', { depth: 1, text: '产出指标' }],
    ['（一）数量指标', { depth: 2, text: '数量指标' }],
    ['效益指标（30分）', { depth: 1, text: '效益指标' }],
    ['服务对象满意度指标', { depth: 2, text: '服务对象满意度指标' }],
    ['培训人次', null],
  ])('categoryLevel(%s)', (text, want) => {
    expect(categoryLevel(row(text, '', ''))).toEqual(want);
  });

  it('a row with more than one filled cell is never a level caption', () => {
    expect(categoryLevel(row('产出指标', '数量指标', '培训人次'))).toBeNull();
  });

  it('reads the later of two indicator groups (实施期 then 年度)', () => {
    const hm = readHeaderRow(row('一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'));
    expect(hm?.roles).toEqual(['level1', null, null, null, 'level2', 'name', 'value']);
  });

  it('reads 指标内容 beside 三级指标 as the description', () => {
    expect(readHeaderRow(row('一级指标', '二级指标', '三级指标', '指标内容', '指标值'))?.roles).toEqual(['level1', 'level2', 'name', 'description', 'value']);
  });

  it.each([
    ['某市生态环境局\u3000\u3000\u3000金额单位：万元', '某市生态环境局'],
    ['某县交通运输局  项目负责人：王强', '某县交通运输局'],
    ['某县交通运输局', '某县交通运输局'],
  ])('cutAtNextLabel(%s)', (text, want) => {
    expect(cutAtNextLabel(text)).toBe(want);
  });

  it('splits a line of spaced label：value pairs, and leaves sentences alone', () => {
    expect(splitLabelPairs('主管部门：某局\u3000\u3000项目负责人：王强')).toEqual(['主管部门：某局', '项目负责人：王强']);
    expect(splitLabelPairs('全年完成检查，  未发生事故。')).toEqual(['全年完成检查，  未发生事故。']);
  });

  it('starts a new form at each 项目名称 under one title', () => {
    const table = (name: string, n: string) =>
      `项目名称\t${name}\n年度目标\t完成${name}\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t${n}\t≥3次\n`;
    const doc = importText(`2024年重点项目绩效目标表\n\n${table('甲项目', '培训次数')}\n${table('乙项目', '检查次数')}`, 't.txt');
    expect(doc.forms.map((f) => [f.kind, 'project_name' in f ? f.project_name : null, f.indicators.map((i) => i.name)])).toEqual([
      ['project_target', '甲项目', ['培训次数']],
      ['project_target', '乙项目', ['检查次数']],
    ]);
  });

  it('starts a new form at each 项目名称：… line above a table', () => {
    const table = (n: string) => `一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t${n}\t≥3次\n`;
    const doc = importText(`2025年项目支出绩效目标表\n\n项目名称：甲项目\u3000\u3000\u3000\u3000主管部门：某局\n${table('培训次数')}\n项目名称：乙项目\u3000\u3000\u3000\u3000主管部门：某局\n${table('检查次数')}`, 't.tsv');
    expect(doc.forms.map((f) => ['project_name' in f ? f.project_name : null, f.indicators.map((i) => i.name)])).toEqual([
      ['甲项目', ['培训次数']],
      ['乙项目', ['检查次数']],
    ]);
  });

  it('starts a new form at a table opening with the header block, named by its heading', () => {
    const table = (n: string) => `主管部门\t某局\t实施单位\t某中心\n年度预算（万元）\t50\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t${n}\t≥4次\n`;
    const doc = importText(`2025年项目支出绩效目标表\n\n（一）甲项目\n${table('检查次数')}\n（二）乙项目\n${table('培训次数')}`, 't.tsv');
    expect(doc.forms.map((f) => ['project_name' in f ? f.project_name : null, f.indicators.map((i) => i.name)])).toEqual([
      ['甲项目', ['检查次数']],
      ['乙项目', ['培训次数']],
    ]);
  });

  it('carries a level merged across a page break when the header is repeated', () => {
    const header = '一级指标\t二级指标\t三级指标\t指标值\n';
    const doc = importText(`项目支出绩效目标表\n项目名称\t甲项目\n${header}产出指标\t数量指标\t培训次数\t≥3次\n\n— 2 —\n\n${header}\t时效指标\t完成时间\t年底前\n效益指标\t社会效益指标\t覆盖人数\t≥100人\n`, 't.tsv');
    expect(doc.forms[0]!.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ['产出指标', '数量指标', '培训次数'],
      ['产出指标', '时效指标', '完成时间'],
      ['效益指标', '社会效益指标', '覆盖人数'],
    ]);
  });

  it('reads the year\'s column under 指标值 over 实施期 | 年度', () => {
    const doc = importText('项目支出绩效目标表\n项目名称\t甲项目\n一级指标\t三级指标\t指标值\t\n\t\t实施期\t年度\n产出指标\t培训人次\t≥600人次\t≥200人次\n', 't.tsv');
    expect(doc.forms[0]!.indicators).toMatchObject([{ name: '培训人次', comparator: '>=', target: '200', unit: '人次' }]);
  });

  it('keeps a form whose unit is named again in the signature block', () => {
    const doc = importText('部门整体绩效目标表\n部门名称\t某局\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t检查次数\t≥4次\n填报单位：某局\t填报人：张三\n', 't.tsv');
    expect(doc.forms.map((f) => [f.kind, f.org, f.indicators.length])).toEqual([['department_target', '某局', 1]]);
  });

  it('ends a form at the title of another statement, but not at an unknown performance table', () => {
    const form = '项目支出绩效目标表\n项目名称\t甲项目\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训次数\t≥3次\n';
    const other = importText(`${form}\n项目支出绩效运行监控表\n\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t检查次数\t≥4次\n`, 't.tsv');
    expect(other.forms.map((f) => f.indicators.map((i) => i.name))).toEqual([['培训次数']]);
    expect(isOtherTableTitle('十二、政府采购预算表')).toBe(true);
    expect(isOtherTableTitle('2024年度项目绩效目标执行情况表')).toBe(true);
    expect(isOtherTableTitle('部门预算绩效目标公开表')).toBe(false);
  });

  it('reads no form from a monitoring table without a title', () => {
    const doc = importText('项目名称\t甲项目\n一级指标\t二级指标\t三级指标\t年度指标值\t1-7月执行情况\t全年预计完成情况\t完成目标可能性\n产出指标\t数量指标\t检查次数\t≥4次\t2次\t4次\t确定能\n', 't.tsv');
    expect(doc.forms).toEqual([]);
  });

  it('takes levels from caption rows and 定量/定性 from a 指标类型 column', () => {
    const doc = importText('项目绩效目标表\n指标名称\t指标值\t计量单位\t指标类型\n一、产出指标\t\t\t\n（一）时效指标\t\t\t\n完成时间\t年底前\t\t定性\n', 't.tsv');
    expect(doc.forms[0]!.indicators).toMatchObject([{ level1: '产出指标', level2: '时效指标', name: '完成时间', comparator: 'qualitative', target: '年底前' }]);
  });

  it('puts a collapsed value row under the labels it belongs to', () => {
    const doc = importText('项目支出绩效自评表\n项目名称 | 甲项目 | |\n项目基本情况 | 项目年度目标 | 年度目标完成情况 |\n完成甲任务。 | 已完成 | | |\n一级指标|三级指标|指标值|完成值|分值|得分\n产出指标|培训次数|3次|3次|10|10\n', 't.md');
    const form = doc.forms[0]!;
    expect(form.kind === 'project_self_evaluation' && [form.goal, form.goal_outcome]).toEqual(['完成甲任务。', '已完成']);
  });

  it('reads the total beside an amount label from the 合计 column below it', () => {
    const doc = importText('部门整体绩效目标表\n部门名称\t某局\t\t\n部门预算总额（万元）\t合计\t财政拨款\t其他资金\n\t1,326.78\t1,326.78\t0\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t检查次数\t≥4次\n', 't.tsv');
    const form = doc.forms[0]!;
    expect(form.kind === 'department_target' && form.budget_total_wan).toBe(1326.78);
  });
});

describe('stacked long-term and annual indicator tables', () => {
  const table = (caption: string, name: string) =>
    `${caption}\n\n| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n|---|---|---|---|\n| 产出指标 | 数量指标 | ${name} | ≥10个 |\n\n`;
  const head = '某某项目绩效目标表\n\n| 项目名称 | 某某项目 |\n|---|---|\n\n';

  it.each([
    { name: 'long-term first, then annual: only the annual rows', text: head + table('长期绩效指标', '累计数') + table('年度绩效指标', '当年数'), want: ['当年数'], warned: true },
    { name: 'annual first, then 实施期', text: head + table('年度绩效指标', '当年数') + table('实施期绩效指标', '累计数'), want: ['当年数'], warned: true },
    { name: 'only a long-term table: its rows stay', text: head + table('长期绩效指标', '累计数'), want: ['累计数'], warned: false },
  ])('$name', ({ text, want, warned }) => {
    const doc = importText(text, 'stacked.md');
    expect(doc.forms[0]!.indicators.map((i) => i.name)).toEqual(want);
    expect(doc.warnings.some((w) => w.code === 'long_term_indicators_skipped')).toBe(warned);
  });
});
