import { describe, expect, it } from 'vitest';
import { importFile } from '../import/import-file';
import type { SourceBlock } from '../model/source-document';
import { unfoldIndicatorQuestions } from '../text/question-indicator-columns';
import { unfoldWideRecords } from '../text/wide-record-rows';

// Layouts of corpus documents 762–765, exports of online collaborative documents: a 金山 收集表 whose indicator
// groups write the field straight after the number (指标1名称) beside the platform's own columns (提交者, 填写时长), a
// 腾讯问卷 export whose questions each hold an indicator and its target, the answer its actual, one row per unit.

type Form = Record<string, unknown> & { indicators: Array<Record<string, unknown>> };

async function formsOf(text: string, name: string): Promise<Form[]> {
  const result = await importFile(new TextEncoder().encode(`\uFEFF${text}`), name);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.document.forms as unknown as Form[];
}

const csv = (rows: string[][]) => rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');
const table = (rows: string[][]): SourceBlock => ({ kind: 'table', rows: rows.map((r, i) => ({ line: i + 1, cells: r.map((text) => ({ text })) })) });

describe('a collection form: 指标N名称 groups beside the platform columns', () => {
  const header = ['序号', '提交时间', '提交者', '填写时长', '预算年度', '单位名称', '项目名称', '项目资金总额（万元）', '项目年度绩效目标',
    '指标1类别', '指标1名称', '指标1指标值', '指标1单位', '指标2类别', '指标2名称', '指标2指标值', '指标2单位'];
  const rows = [header,
    ['1', '2025/11/12 10:26:41', '农业服务中心-刘某', '6分48秒', '2026年', '某某镇人民政府', '村庄清洁', '42.00', '完成12个行政村村庄清洁。', '产出指标/数量指标', '清洁行政村数', '≥12', '个', '满意度指标/服务对象满意度指标', '村民满意度', '≥90', '%'],
    ['2', '2025/11/12 15:03:09', '社会事务办', '4分12秒', '2026年', '某某乡人民政府', '特困供养', '86.40', '保障特困人员基本生活。', '产出指标/数量指标', '供养人数', '=56', '人', '', '', '', ''],
  ];

  it('reads each submission as a form, the platform columns as none of its fields', async () => {
    const forms = await formsOf(csv(rows), 'collect.csv');
    expect(forms.map((f) => [f.org, f.project_name, f.fiscal_year, f.budget_total_wan, f.indicators.length])).toEqual([
      ['某某镇人民政府', '村庄清洁', 2026, 42, 2],
      ['某某乡人民政府', '特困供养', 2026, 86.4, 1],
    ]);
    expect(forms[0]!.indicators.map((i) => [i.level1, i.level2, i.name, i.comparator, i.target, i.unit])).toEqual([
      ['产出指标', '数量指标', '清洁行政村数', '>=', '12', '个'],
      ['满意度指标', '服务对象满意度指标', '村民满意度', '>=', '90', '%'],
    ]);
  });

  it('guard: one 指标1名称 caption alone is a question, not a repeated group', () => {
    const block = table([['单位名称', '指标1名称', '指标1指标值'], ['某某镇', '清洁行政村数', '12']]);
    expect(unfoldWideRecords([block])).toEqual([block]);
  });
});

describe('a questionnaire: each indicator a question holding its target', () => {
  const header = ['编号', '开始答题时间', '答题时长', '1.自评年度：', '2.填报单位名称：', '3.项目名称：', '4.年初预算数（万元）：', '5.全年预算数（万元）：', '6.全年执行数（万元）：',
    '7.年度总体目标完成情况：', '8.产出指标—数量指标：养护里程（年度指标值：≥120公里），实际完成值为：', '9.满意度指标—服务对象满意度指标：群众满意度（年度指标值：≥90%），实际完成值为：',
    '10.存在的主要问题：', '11.下一步改进措施：'];
  const rows = [header,
    ['1', '2026/01/08 09:12:40', '1102秒', '2025年', '某某县交通运输局', '农村公路养护', '360', '385', '372.45', '完成养护126.5公里。', '126.5公里', '93.2%', '机械化水平不高。', '加大机械投入。'],
    ['2', '2026/01/08 15:40:13', '744秒', '2025年', '某某区交通运输局', '农村公路养护', '280', '280', '271.6', '完成养护121公里。', '121', '91.5', '', ''],
  ];

  it('unfolds one row per unit into its indicators, the questions naming levels, name and target', async () => {
    const forms = await formsOf(csv(rows), 'survey.csv');
    expect(forms.map((f) => [f.kind, f.fiscal_year, f.org, f.goal_outcome, f.problems, f.improvements])).toEqual([
      ['project_self_evaluation', 2025, '某某县交通运输局', '完成养护126.5公里。', '机械化水平不高。', '加大机械投入。'],
      // The second unit left the closing questions blank: blank, not the first unit's answers.
      ['project_self_evaluation', 2025, '某某区交通运输局', '完成养护121公里。', null, null],
    ]);
    expect(forms[1]!.budget).toMatchObject({ initial_wan: 280, adjusted_wan: 280, executed_wan: 271.6 });
    expect(forms[0]!.indicators.map((i) => [i.level1, i.level2, i.name, i.comparator, i.target, i.unit, i.actual])).toEqual([
      ['产出指标', '数量指标', '养护里程', '>=', '120', '公里', '126.5公里'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '>=', '90', '%', '93.2%'],
    ]);
  });

  it('guard: questions without a stated target are no indicators', () => {
    const block = table([['1.单位名称：', '2.养护里程实际完成值为：', '3.群众满意度实际完成值为：'], ['某某局', '126.5公里', '93.2%']]);
    expect(unfoldIndicatorQuestions(block.kind === 'table' ? block.rows : [], () => false)).toBeNull();
  });

  it('guard: a one-unit answer sheet with a single indicator question stays as it is', () => {
    const block = table([['1.单位名称：', '2.养护里程（年度指标值：≥120公里），实际完成值为：'], ['某某局', '126.5公里']]);
    expect(unfoldWideRecords([block])).toEqual([block]);
  });
});
