import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formsDocumentSchema } from '@jixiao/core';
import type { SourceDocument } from '../model/source-document';
import { importText } from '../import/import-file';
import { buildForms } from './build-forms';

describe('buildForms on layouts unlike the seeds', () => {
  it.each([
    { first: '某某市文化广电旅游局2025年项目支出绩效目标', want: 2025 },
    { first: '王会计 2024年12月3日 转发', want: null },
  ])('takes an untitled page\'s year from its opening line when it names 绩效: $first', ({ first, want }) => {
    const doc = importText(
      [first, '项目名称：送戏下乡', '一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t演出场次\t≥120场', '效益指标\t社会效益指标\t受益人次\t≥6万人次'].join('\n'),
      'page.txt',
    );
    expect(doc.forms[0]!.fiscal_year).toBe(want);
  });

  it('gives each table of a one-table-per-level layout the level named in the heading above it', () => {
    const doc = importText(
      [
        '部门整体支出绩效目标表（2025年度）',
        '部门名称\t某某局',
        '一、产出指标',
        '二级指标\t三级指标\t指标值',
        '数量指标\t调查项目数\t≥36项',
        '',
        '二、效益指标',
        '二级指标\t三级指标\t指标值',
        '社会效益指标\t数据引用率\t逐步提高',
      ].join('\n'),
      'levels.tsv',
    );
    expect(doc.forms[0]!.indicators.map((r) => [r.level1, r.level2, r.name])).toEqual([
      ['产出指标', '数量指标', '调查项目数'],
      ['效益指标', '社会效益指标', '数据引用率'],
    ]);
  });

  it('reads an indicator table nested in a layout table\'s cell (a reader gives it as tab-separated lines)', () => {
    const source: SourceDocument = {
      format: 'docx',
      notes: [],
      blocks: [
        { kind: 'text', text: '项目支出绩效目标表（2025年度）' },
        {
          kind: 'table',
          rows: [
            { cells: [{ text: '项目名称' }, { text: '小型水库除险加固' }] },
            { cells: [{ text: '项目资金（万元）' }, { text: '资金总额\t960.00\n其中：财政资金\t960.00' }] },
            { cells: [{ text: '绩效指标' }, { text: '一级指标\t二级指标\t三级指标\t指标值\t指标值说明\n产出指标\t数量指标\t除险加固水库数量\t8座\t\n效益指标\t社会效益指标\t受保护人口\t≥2.1万人\t下游' }] },
          ],
        },
      ],
    };
    const f = buildForms(source, 'nested.docx').forms[0]!;
    expect(f).toMatchObject({ project_name: '小型水库除险加固', budget_total_wan: 960 });
    expect(f.indicators.map((r) => [r.level1, r.name, r.comparator, r.target, r.unit, r.description])).toEqual([
      ['产出指标', '除险加固水库数量', '=', '8', '座', null],
      ['效益指标', '受保护人口', '>=', '2.1', '万人', '下游'],
    ]);
  });

  it('pipe table with columns in another order and synonym headers', () => {
    const doc = importText(
      [
        '# 2025年项目支出绩效目标表',
        '项目名称：社区养老服务补贴',
        '主管部门：民政局',
        '| 指标名称 | 目标值 | 一级指标 | 二级指标 | 分值 | 单位 |',
        '| --- | --- | --- | --- | --- | --- |',
        '| 服务人次 | ≥1200 | 产出指标 | 数量指标 | 20 | 人次 |',
        '| 补贴发放及时率 | 100% |  | 时效指标 | 10 |  |',
        '| 老人满意度 | ≥90% | 满意度指标 | 服务对象满意度指标 | 10 | % |',
      ].join('\n'),
      'a.md',
    );
    expect(doc.forms).toHaveLength(1);
    const f = doc.forms[0]!;
    expect(f).toMatchObject({ kind: 'project_target', fiscal_year: 2025, project_name: '社区养老服务补贴', department: '民政局' });
    expect(f.indicators.map((r) => [r.level1, r.level2, r.name, r.weight, r.comparator, r.target, r.unit])).toEqual([
      ['产出指标', '数量指标', '服务人次', 20, '>=', '1200', '人次'],
      ['产出指标', '时效指标', '补贴发放及时率', 10, '=', '100', '%'],
      ['满意度指标', '服务对象满意度指标', '老人满意度', 10, '>=', '90', '%'],
    ]);
  });

  it('HTML self-evaluation with rowspan (merged level 1) and colspan (name over level 2)', () => {
    const doc = importText(
      `<h1>项目支出绩效自评表（2023年度）</h1>
<table>
<tr><td>项目名称</td><td colspan="3">AB12345678-道路养护</td></tr>
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th><th>偏差原因</th></tr>
<tr><td rowspan="2">产出指标</td><td>数量指标</td><td>养护里程</td><td>≥50公里</td><td>52公里</td><td>20</td><td>20</td><td></td></tr>
<tr><td>质量指标</td><td>合格率</td><td>≥95%</td><td>93%</td><td>20</td><td>18</td><td>雨季影响</td></tr>
<tr><td>满意度指标</td><td colspan="2">群众满意度</td><td>≥90%</td><td>95%</td><td>10</td><td>10</td><td></td></tr>
<tr><td>合计</td><td colspan="4"></td><td>50</td><td>48</td><td></td></tr>
</table>`,
      'b.html',
    );
    expect(doc.forms).toHaveLength(1);
    const f = doc.forms[0]!;
    expect(f).toMatchObject({ kind: 'project_self_evaluation', fiscal_year: 2023, project_code: 'AB12345678', project_name: '道路养护', total_score: 48 });
    expect(f.indicators.map((r) => [r.level1, r.level2, r.name, r.target, r.unit, r.actual, r.weight, r.score, r.reason])).toEqual([
      ['产出指标', '数量指标', '养护里程', '50', '公里', '52公里', 20, 20, null],
      ['产出指标', '质量指标', '合格率', '95', '%', '93%', 20, 18, '雨季影响'],
      ['满意度指标', null, '群众满意度', '90', '%', '95%', 10, 10, null],
    ]);
  });

  it('批复表 / 调整表: the approved budget, goal and values are the form\'s, the declared ones are not', () => {
    const doc = importText(
      [
        '2025年度项目支出绩效目标调整表',
        '填报单位：某某局（盖章）',
        '项目名称\t某项目',
        '项目资金（万元）\t调整前\t调整后',
        '\t1,500.00\t1,200.00',
        '年度绩效目标\t调整前\t完成培训3000人次，合格率达到90%以上。',
        '\t调整后\t完成培训2500人次，合格率达到90%以上。',
        '一级指标\t二级指标\t三级指标\t调整前指标值\t调整后指标值\t调整原因',
        '产出指标\t数量指标\t培训人次\t≥3000人次\t≥2500人次\t资金调减',
        '\t质量指标\t培训合格率\t≥90%\t同左\t',
      ].join('\n'),
      'adjust.tsv',
    );
    const f = doc.forms[0]!;
    expect(f).toMatchObject({ kind: 'project_target', org: '某某局', budget_total_wan: 1200, goal: '完成培训2500人次，合格率达到90%以上。' });
    expect(f.indicators.map((r) => [r.name, r.comparator, r.target, r.unit, r.reason])).toEqual([['培训人次', '>=', '2500', '人次', null], ['培训合格率', '>=', '90', '%', null]]);
  });

  it('score sheet with 标准分 | 扣分 and no 得分: scores and the total are the weights less the deductions', () => {
    const doc = importText(
      [
        '2024年度部门整体支出绩效自评表',
        '一级指标\t二级指标\t三级指标\t标准分\t扣分\t扣分原因',
        '产出指标\t数量指标\t培训人次\t60\t1.5\t未完成',
        '效益指标\t社会效益指标\t就业率\t40\t0\t',
        '合计\t\t\t100\t1.5\t',
      ].join('\n'),
      'deduct.tsv',
    );
    const f = doc.forms[0]! as { total_score: number | null; indicators: Array<{ weight: number | null; score: number | null; reason: string | null }> };
    expect(f.indicators.map((r) => [r.weight, r.score, r.reason])).toEqual([[60, 58.5, '未完成'], [40, 40, null]]);
    expect(f.total_score).toBe(98.5);
  });

  it('label lines numbered before the first title (a chat answer) and quoted mail lines fill the form', () => {
    const doc = importText(
      [
        '> 以下是整理好的表格：',
        '> 1. 项目名称：某某培训项目',
        '> 2. 主管部门：某某局',
        '>',
        '> 2025年度项目支出绩效目标表',
        '> 一级指标\t二级指标\t三级指标\t指标值',
        '> 产出指标\t数量指标\t培训人次\t≥3000人次',
      ].join('\n'),
      'mail.txt',
    );
    expect(doc.forms[0]).toMatchObject({ kind: 'project_target', project_name: '某某培训项目', department: '某某局' });
    expect(doc.forms[0]!.indicators.map((r) => r.name)).toEqual(['培训人次']);
  });

  it('TSV department form with an extra column it does not know, label synonyms and 1,200.5', () => {
    const doc = importText(
      [
        '部门（单位）整体绩效目标表',
        '部门名称\t某某局',
        '部门预算总额（万元）\t1,200.5',
        '年度绩效目标\t提升服务水平，保障运转。',
        '序号\t一级指标\t二级指标\t三级指标\t指标值\t度量单位\t考核部门',
        '1\t产出指标\t数量指标\t培训场次\t≥12\t场\t办公室',
        '2\t\t质量指标\t合格率\t≥98\t%\t办公室',
      ].join('\n'),
      'c.tsv',
    );
    const f = doc.forms[0]!;
    expect(f).toMatchObject({ kind: 'department_target', org: '某某局', budget_total_wan: 1200.5, goal: '提升服务水平，保障运转。' });
    expect(f.indicators.map((r) => [r.level1, r.level2, r.name, r.comparator, r.target, r.unit])).toEqual([
      ['产出指标', '数量指标', '培训场次', '>=', '12', '场'],
      ['产出指标', '质量指标', '合格率', '>=', '98', '%'],
    ]);
    expect(doc.warnings.map((w) => w.code)).toContain('column_unknown');
  });

  it('one cell per line: levels folded into names, level weights, short rows and value-less rows', () => {
    const doc = importText(
      [
        '\t部门专项绩效目标申报表',
        '',
        '\t编制单位：某区财政局',
        '',
        '\t专项资金名称',
        '\t51090422T000000280419-目标督查经费',
        '',
        '\t2024年预算',
        '\t12.5',
        '',
        '\t绩效指标',
        '\t指标',
        '\t指标权重',
        '\t计量单位',
        '\t指标性质',
        '\t指标值',
        '',
        '\t',
        '\t产出指标-数量指标（督查次数）',
        '\t30',
        '\t次',
        '\t≥',
        '\t12',
        '',
        '\t',
        '\t满意度指标（群众满意度）',
        '\t10',
        '\t%',
        '\t≥',
        '\t95',
        '',
        '\t',
        '\t政府预决算公开率（除涉密信息外）',
        '\t20',
        '\t%',
        '\t',
        '\t',
        '',
        '\t',
        '\t　',
        '\t　',
      ].join('\n'),
      'd.txt',
    );
    const f = doc.forms[0]!;
    expect(f).toMatchObject({ kind: 'project_target', fiscal_year: 2024, org: '某区财政局', project_code: '51090422T000000280419', project_name: '目标督查经费', budget_total_wan: 12.5 });
    expect(f.indicators.map((r) => [r.level1, r.level2, r.name, r.comparator, r.target])).toEqual([
      ['产出指标', '数量指标', '督查次数', '>=', '12'],
      ['满意度指标', null, '群众满意度', '>=', '95'],
      [null, null, '政府预决算公开率（除涉密信息外）', null, ''],
    ]);
    expect(doc.warnings).toContainEqual(expect.objectContaining({ form: 0, row: 2, code: 'value_missing' }));
  });

  it('a document without any table gives no forms and says why', () => {
    const doc = importText('这是一份普通的工作总结。\n\n今年完成了各项任务。\n', 'e.txt');
    expect(doc.forms).toEqual([]);
    expect(doc.warnings).toEqual([expect.objectContaining({ form: null, code: 'no_forms' })]);
  });

  it.each([
    ['titled', '2025年项目支出绩效运行监控表\n'],
    ['untitled', ''],
  ])('a document holding only a monitoring table (%s) gives no forms and says it is a monitoring table', (_name, title) => {
    const doc = importText(`${title}项目名称\t某项目\n一级指标\t二级指标\t三级指标\t年度指标值\t1-6月执行情况\t全年预计完成情况\n产出指标\t数量指标\t参保人数\t≥38万人\t38.2万人\t38.6万人\n`, 'm.tsv');
    expect(doc.forms).toEqual([]);
    expect(doc.warnings).toEqual([expect.objectContaining({ code: 'no_forms', message: expect.stringContaining('绩效运行监控表') })]);
  });

  it.each([
    ['with the header printed again', '一级指标\t三级指标\t指标值\t计量单位\n'],
    ['with no header printed again', ''],
  ])('the form\'s title again atop the next page %s: the rows go on in the same form', (_name, again) => {
    const title = '2025年项目支出绩效目标表';
    const doc = importText(`${title}\n项目名称\t甲项目\n一级指标\t三级指标\t指标值\t计量单位\n产出指标\t培训人数\t≥100\t人\n第 1 页 共 2 页\n${title}\n${again}效益指标\t就业人数\t≥20\t人\n满意度指标\t学员满意度\t≥90\t%\n`, 'p.txt');
    expect(doc.forms).toHaveLength(1);
    expect(doc.forms[0]!.indicators.map((i) => [i.level1, i.name])).toEqual([['产出指标', '培训人数'], ['效益指标', '就业人数'], ['满意度指标', '学员满意度']]);
  });

  it('the same title over the next project\'s label rows starts another form', () => {
    const title = '2025年项目支出绩效目标表';
    const doc = importText(`${title}\n项目名称\t甲项目\n一级指标\t三级指标\t指标值\t计量单位\n产出指标\t培训人数\t≥100\t人\n\n${title}\n项目名称\t乙项目\n一级指标\t三级指标\t指标值\t计量单位\n产出指标\t就业人数\t≥20\t人\n`, 'q.txt');
    expect(doc.forms.map((f) => ('project_name' in f ? f.project_name : null))).toEqual(['甲项目', '乙项目']);
  });

  it('a notice listing untitled tables, each under a line naming its project or unit alone', () => {
    const table = (name: string) => `${name}\n主管部门\t某局\n一级指标\t三级指标\t指标值\t计量单位\n产出指标\t培训人数\t≥100\t人\n`;
    const projects = importText(`某某市财政局关于公开2025年重点项目绩效目标的公告\n现公开如下。\n${table('农村公路养护')}${table('校舍维修改造')}`, 'n.txt');
    expect(projects.forms.map((f) => [f.kind, 'project_name' in f ? f.project_name : null, f.fiscal_year])).toEqual([['project_target', '农村公路养护', 2025], ['project_target', '校舍维修改造', 2025]]);
    const units = importText(`关于2025年部门整体支出绩效目标的公示\n${table('某某县农业农村局').replace('主管部门\t某局', '部门预算总额（万元）\t320.00')}${table('某某县卫生健康局').replace('主管部门\t某局', '部门预算总额（万元）\t460.00')}`, 'u.txt');
    expect(units.forms.map((f) => [f.kind, f.org, 'budget_total_wan' in f ? f.budget_total_wan : null])).toEqual([['department_target', '某某县农业农村局', 320], ['department_target', '某某县卫生健康局', 460]]);
  });

  it('units\' self-evaluation tables with nothing but a line naming the unit between them are one form each', () => {
    const table = (unit: string) => `${unit}\n一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t巡查次数\t≥48次\t52次\t90\t90\n合计\t\t\t\t90\t90\n`;
    const doc = importText(`关于2024年度部门整体支出绩效自评结果的公示\n${table('某某县水利局')}${table('某某县市场监督管理局')}`, 's.txt');
    expect(doc.forms.map((f) => [f.kind, f.org, f.fiscal_year, f.indicators.length])).toEqual([
      ['department_self_evaluation', '某某县水利局', 2024, 1], ['department_self_evaluation', '某某县市场监督管理局', 2024, 1],
    ]);
  });

  it('one unit\'s indicator tables under level headings stay one form', () => {
    const table = (level: string, name: string) => `${level}\n二级指标\t三级指标\t指标值\n数量指标\t${name}\t≥10次\n`;
    const doc = importText(`某某县水利局2025年部门整体支出绩效目标表\n${table('一、产出指标', '巡查次数')}${table('二、效益指标', '覆盖村数')}`, 'l.txt');
    expect(doc.forms).toHaveLength(1);
    expect(doc.forms[0]!.indicators.map((i) => i.name)).toEqual(['巡查次数', '覆盖村数']);
  });

  it('an untitled indicator table still becomes a form, with the kind guessed from its header', () => {
    const doc = importText('三级指标\t指标值\t计量单位\n培训人数\t≥100\t人\n', 'f.tsv');
    expect(doc.forms).toHaveLength(1);
    expect(doc.forms[0]!.indicators[0]).toMatchObject({ name: '培训人数', comparator: '>=', target: '100', unit: '人' });
    expect(doc.warnings.map((w) => w.code)).toContain('kind_guessed');
  });
});

describe('buildForms robustness', () => {
  const cellText = fc.oneof(
    fc.constantFrom('', '　', '三级指标', '指标值', '一级指标', '权重', '合计', '≥95%', '10', '-', '产出指标', '项目名称', '项目支出绩效目标表', '部门整体支出绩效自评表', '定性', '%', '（65分）'),
    fc.string({ maxLength: 12 }),
  );
  const cell = fc.record({ text: cellText, colSpan: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }), mergedFromAbove: fc.option(fc.boolean(), { nil: undefined }) });
  const block = fc.oneof(
    fc.record({ kind: fc.constant('text' as const), text: cellText, heading: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }) }),
    fc.record({ kind: fc.constant('table' as const), rows: fc.array(fc.record({ cells: fc.array(cell, { maxLength: 10 }) }), { maxLength: 12 }) }),
  );

  it('never throws on random cell grids and always emits a valid jixiao.forms/v1 document', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), (blocks) => {
        const source = { format: 'docx', blocks, notes: [] } as SourceDocument;
        const doc = buildForms(source, 'random.docx');
        expect(formsDocumentSchema.safeParse(doc).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('buildForms on the national templates (财预〔2020〕10号 attachments) as TSV', () => {
  it('项目支出绩效自评表: budget block, target/outcome label row, 总分 row', () => {
    const doc = importText(
      [
        '项目支出绩效自评表',
        '（2023年度）',
        '项目名称\t校舍维修',
        '主管部门\t教育局\t实施单位\t第一中学',
        '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
        '\t年度资金总额\t100\t100\t95\t10\t95%\t9.5',
        '\t其中：当年财政拨款\t100\t100\t95\t—\t95%\t—',
        '\t其他资金\t0\t0\t0\t—\t\t—',
        '年度总体目标\t预期目标\t实际完成情况',
        '\t完成校舍维修 3 处\t完成 3 处',
        '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
        '\t产出指标\t数量指标\t维修处数\t≥3处\t3处\t30\t30\t',
        '\t\t质量指标\t验收合格率\t100%\t100%\t30\t30\t',
        '\t满意度指标\t服务对象满意度指标\t师生满意度\t≥90%\t88%\t30\t25.5\t部分施工影响教学',
        '总分\t\t\t\t\t\t100\t95',
      ].join('\n'),
      'national-self.txt',
    );
    const f = doc.forms[0]!;
    expect(f).toMatchObject({
      kind: 'project_self_evaluation', fiscal_year: 2023, project_name: '校舍维修', department: '教育局', org: '第一中学',
      goal: '完成校舍维修 3 处', goal_outcome: '完成 3 处', total_score: 95,
      budget: { initial_wan: 100, adjusted_wan: 100, executed_wan: 95, execution_rate: 95, weight: 10, score: 9.5, reason: null },
    });
    expect(f.indicators.map((r) => [r.level1, r.level2, r.name, r.comparator, r.target, r.unit, r.actual, r.weight, r.score, r.reason])).toEqual([
      ['产出指标', '数量指标', '维修处数', '>=', '3', '处', '3处', 30, 30, null],
      ['产出指标', '质量指标', '验收合格率', '=', '100', '%', '100%', 30, 30, null],
      ['满意度指标', '服务对象满意度指标', '师生满意度', '>=', '90', '%', '88%', 30, 25.5, '部分施工影响教学'],
    ]);
  });

  it('项目支出绩效目标申报表: 主管部门及代码, 年度资金总额：, 其中：财政拨款', () => {
    const doc = importText(
      [
        '项目支出绩效目标申报表',
        '（2024年度）',
        '项目名称\t教师培训',
        '主管部门及代码\t001-教育局\t实施单位\t教师进修学校',
        '项目资金（万元）\t年度资金总额：\t100',
        '\t其中：财政拨款\t80',
        '\t其他资金\t20',
        '年度总体目标\t全年培训教师 500 人次，提升教学能力。',
        '绩效指标\t一级指标\t二级指标\t三级指标\t指标值',
        '\t产出指标\t数量指标\t培训人次\t≥500人次',
        '\t效益指标\t社会效益指标\t教学能力提升\t明显提升',
      ].join('\n'),
      'national-target.txt',
    );
    const f = doc.forms[0]!;
    expect(f).toMatchObject({
      kind: 'project_target', fiscal_year: 2024, project_name: '教师培训', department: '001-教育局', org: '教师进修学校',
      budget_total_wan: 100, budget_fiscal_wan: 80, budget_other_wan: 20, goal: '全年培训教师 500 人次，提升教学能力。',
    });
    expect(f.indicators.map((r) => [r.level1, r.level2, r.name, r.comparator, r.target, r.unit])).toEqual([
      ['产出指标', '数量指标', '培训人次', '>=', '500', '人次'],
      ['效益指标', '社会效益指标', '教学能力提升', 'qualitative', '明显提升', null],
    ]);
  });

  it.each([
    {
      name: 'amounts right under the budget captions with no row label (caption merged down on the left)',
      text: '项目支出绩效自评表（2024年度）\n项目名称\t甲项目\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n\t100\t120\t110\t10\t91.67%\t9.2\n一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t检查次数\t≥4次\t4次\t90\t90\n总分\t\t\t\t100\t99.2\n',
      budget: { initial_wan: 100, adjusted_wan: 120, executed_wan: 110, execution_rate: 91.67, weight: 10, score: 9.2, reason: null },
      total: 99.2,
    },
    {
      name: 'fund rows first, the 合计 row last (not the score total), the weight in 得分（10分）',
      text: '项目支出绩效自评表（2024年度）\n项目名称\t甲项目\n项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t执行率\t得分（10分）\n\t财政拨款\t90\t100\t95\t95%\t—\n\t合计\t100\t110\t104\t94.55%\t9.45\n一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t检查次数\t≥4次\t4次\t90\t90\n总分\t\t\t\t100\t99.45\n',
      budget: { initial_wan: 100, adjusted_wan: 110, executed_wan: 104, execution_rate: 94.55, weight: 10, score: 9.45, reason: null },
      total: 99.45,
    },
  ])('self-evaluation budget: $name', ({ text, budget, total }) => {
    const f = importText(text, 'a.tsv').forms[0]!;
    expect(f).toMatchObject({ kind: 'project_self_evaluation', budget, total_score: total });
  });

  it('a value printed on the row below its name completes that row', () => {
    const f = importText('项目支出绩效目标表\n项目名称\t甲项目\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人数\t\n\t\t\t≥300人\n\t\t检查次数\t≥4次\n\t质量指标\t合格率\t\n\t\t\t100%\n', 'a.tsv').forms[0]!;
    expect(f.indicators.map((r) => [r.level2, r.name, r.comparator, r.target, r.unit])).toEqual([
      ['数量指标', '培训人数', '>=', '300', '人'],
      ['数量指标', '检查次数', '>=', '4', '次'],
      ['质量指标', '合格率', '=', '100', '%'],
    ]);
    expect(importText('项目支出绩效目标表\n三级指标\t指标值\n培训人数\t\n\t≥300人\n', 'a.tsv').warnings.map((w) => w.code)).not.toContain('value_missing');
  });

  it('a budget paragraph: each amount to the field its words name, parts summed', () => {
    const f = importText(
      '# 某某局2025年部门整体支出绩效目标\n\n二、部门预算安排\n\n部门预算总额1,280.50万元，其中：一般公共预算1,100.00万元，政府性基金预算80.00万元，单位资金100.50万元。基本支出860.00万元，项目支出420.50万元。\n\n三、年度履职目标\n\n完成甲任务，全年支出100万元。\n\n| 一级指标 | 三级指标 | 指标值 |\n|---|---|---|\n| 产出指标 | 检查次数 | ≥4次 |\n',
      'a.md',
    ).forms[0]!;
    expect(f).toMatchObject({
      kind: 'department_target', fiscal_year: 2025, org: '某某局', budget_total_wan: 1280.5,
      fund_sources: { government_wan: 1180, special_account_wan: null, unit_wan: 100.5 },
      structure: { basic_wan: 860, project_wan: 420.5 }, goal: '完成甲任务，全年支出100万元。',
    });
  });

  it('indicators written as sentences under level lines, no table', () => {
    const doc = importText(
      '2025年项目支出绩效目标表\n项目名称：甲项目\n三、绩效指标\n（一）产出指标\n1.数量指标\n指标1：开放天数，指标值：≥300天。\n指标2：活动场次，指标值：40场。\n（二）满意度指标\n1.服务对象满意度指标\n指标1：读者满意度，指标值：≥90%。\n',
      'a.txt',
    );
    const f = doc.forms[0]!;
    expect(f.indicators.map((r) => [r.level1, r.level2, r.name, r.comparator, r.target, r.unit])).toEqual([
      ['产出指标', '数量指标', '开放天数', '>=', '300', '天'],
      ['产出指标', '数量指标', '活动场次', '=', '40', '场'],
      ['满意度指标', '服务对象满意度指标', '读者满意度', '>=', '90', '%'],
    ]);
    expect(doc.warnings.map((w) => w.code)).not.toContain('no_indicator_table');
  });
});

describe('round 5 layouts', () => {
  it('the form title printed again as a page header over the repeated indicator header continues the form', () => {
    const header = '一级指标\t二级指标\t三级指标\t指标值';
    const text = ['某局2025年部门整体绩效目标表', '部门名称\t某局', header, '产出指标\t数量指标\t甲\t≥1个', '第 1 页 共 2 页',
      '某局2025年部门整体绩效目标表', header, '\t质量指标\t乙\t100%', '满意度指标\t服务对象满意度指标\t丙\t≥90%'].join('\n');
    const doc = importText(text, 'a.tsv');
    expect(doc.forms).toHaveLength(1);
    expect(doc.forms[0]!.indicators.map((r) => [r.level1, r.level2, r.name])).toEqual([
      ['产出指标', '数量指标', '甲'], ['产出指标', '质量指标', '乙'], ['满意度指标', '服务对象满意度指标', '丙'],
    ]);
  });

  it('the same title over a new form (with its own header block) still starts the next form', () => {
    const header = '一级指标\t二级指标\t三级指标\t指标值';
    const text = ['项目支出绩效目标表', '项目名称\t甲项目', header, '产出指标\t数量指标\t甲\t≥1个',
      '项目支出绩效目标表', '项目名称\t乙项目', header, '产出指标\t数量指标\t乙\t≥2个'].join('\n');
    const doc = importText(text, 'a.tsv');
    expect(doc.forms.map((f) => (f as { project_name?: string | null }).project_name)).toEqual(['甲项目', '乙项目']);
  });

  it.each([
    ['项目资金（万元）：1,180.00（其中：财政资金 1,180.00，其他资金 0）', 1180, 1180, 0],
    ['项目资金：560万元', 560, null, null],
  ])('a money caption stating the whole amount itself: %s', (line, total, fiscal, other) => {
    const text = ['2025年项目支出绩效目标表', '项目名称：某项目', line, '一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t甲\t≥1个'].join('\n');
    const f = importText(text, 'a.txt').forms[0] as unknown as Record<string, unknown>;
    expect([f.budget_total_wan, f.budget_fiscal_wan, f.budget_other_wan]).toEqual([total, fiscal, other]);
  });
});

describe('buildForms, round 19 layouts', () => {
  const cellRows = (rows: string[][]) => rows.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n');

  it.each([
    { where: 'above the first name row', headerFirst: true },
    { where: 'under the first name row', headerFirst: false },
  ])('splits projects stacked under one header printed $where, each taking the unit named above', ({ headerFirst }) => {
    const header = ['一级指标', '二级指标', '三级指标', '指标值'];
    const project = (name: string, budget: string, rows: string[][]) => [[`项目名称：${name}`, '', `年度预算：${budget}`, ''], ...rows];
    const first = project('甲项目', '120.00', [['产出指标', '数量指标', '甲一', '≥1个'], ['效益指标', '社会效益指标', '甲二', '逐步提高']]);
    const second = project('乙项目', '80.00', [['产出指标', '数量指标', '乙一', '≥2个'], ['满意度指标', '服务对象满意度指标', '乙二', '≥90%']]);
    const rows = headerFirst
      ? [['某某局2025年项目支出绩效目标表'], ['编制单位：某某局'], header, ...first, ...second]
      : [['某某局2025年项目支出绩效目标表'], ['编制单位：某某局'], first[0]!, header, ...first.slice(1), ...second];
    const doc = importText(cellRows(rows), 'stacked.txt');
    expect(doc.forms.map((f) => {
      const r = f as unknown as Record<string, unknown>;
      return [r.project_name, r.org, r.budget_total_wan, f.indicators.map((i) => i.name)];
    })).toEqual([
      ['甲项目', '某某局', 120, ['甲一', '甲二']],
      ['乙项目', '某某局', 80, ['乙一', '乙二']],
    ]);
  });

  it('reads the label lines of stacked projects in a PDF viewer\'s copy (one cell a line, no blank lines) as label rows', () => {
    const lines = [
      '某某区2025年重点项目绩效目标表', '一级指标', '二级指标', '三级指标', '指标值', '计量单位',
      '项目名称', '甲项目', '主管部门', '某某区甲局', '年度预算（万元）', '120.00', '年度绩效目标', '完成甲工程。',
      '产出指标', '数量指标', '甲工程数量', '≥3', '个', '满意度指标', '服务对象满意度指标', '群众满意度', '≥90', '%',
      '项目名称', '乙项目', '主管部门', '某某区乙局', '年度预算（万元）', '80.00', '年度绩效目标', '完成乙工程。',
      '产出指标', '数量指标', '乙工程数量', '≥2', '处', '效益指标', '社会效益指标', '受益人数', '≥500', '人',
    ];
    const doc = importText(lines.join('\n'), 'stacked-pdf.txt');
    expect(doc.forms.map((f) => {
      const r = f as unknown as Record<string, unknown>;
      return [r.project_name, r.department, r.budget_total_wan, r.goal, f.indicators.map((i) => [i.name, i.target, i.unit])];
    })).toEqual([
      ['甲项目', '某某区甲局', 120, '完成甲工程。', [['甲工程数量', '3', '个'], ['群众满意度', '90', '%']]],
      ['乙项目', '某某区乙局', 80, '完成乙工程。', [['乙工程数量', '2', '处'], ['受益人数', '500', '人']]],
    ]);
  });

  it('cuts a task row run into the indicator header with no blank line between them', () => {
    const text = [
      cellRows([['某某局2025年部门整体支出绩效目标表'], ['部门名称', '某某局'], ['年度主要任务', '任务名称', '主要内容', '预算金额（万元）'], ['', '甲任务', '做甲', '10.00']]),
      '',
      [['', '乙任务', '做乙', '20.00'], ['一级指标', '二级指标', '三级指标', '指标值', '计量单位']].map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n'),
      '',
      cellRows([['产出指标', '数量指标', '甲', '≥1', '个'], ['效益指标', '社会效益指标', '乙', '逐步提高', '']]),
    ].join('\n');
    const doc = importText(text, 'glued.txt');
    const form = doc.forms[0] as unknown as { tasks: Array<{ name: string }>; indicators: Array<{ name: string }> };
    expect(form.tasks.map((t) => t.name)).toEqual(['甲任务', '乙任务']);
    expect(form.indicators.map((i) => i.name)).toEqual(['甲', '乙']);
  });

  it.each([
    // A dash among the budget row's figures is its zero; a score of `-` beside a weight is no points.
    { initial: ' - ', score: ' - ', want: [0, 0] },
    { initial: '100.00', score: '8', want: [100, 8] },
  ])('reads a dash in a column of figures as zero: $initial / $score', ({ initial, score, want }) => {
    const text = [
      '2024年度项目支出绩效自评表',
      '项目名称\t某项目',
      '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
      `\t年度资金总额\t${initial}\t120.00\t118.00\t10\t98.33%\t9.8`,
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
      `产出指标\t时效指标\t完工时间\t2024年6月30日前\t2024年8月1日\t10\t${score}\t工期滞后`,
      '效益指标\t社会效益指标\t受益人数\t≥100人\t120人\t10\t10\t-',
    ].join('\n');
    const form = importText(text, 'dashes.txt').forms[0] as unknown as { budget: { initial_wan: number | null }; indicators: Array<{ score: number | null; reason: string | null }> };
    expect([form.budget.initial_wan, form.indicators[0]!.score]).toEqual(want);
    expect(form.indicators[1]!.reason).toBeNull();
  });
});
