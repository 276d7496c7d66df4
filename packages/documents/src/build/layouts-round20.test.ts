import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { englishCaption } from './english-captions';
import { outlineRun } from './indicator-outline';
import { captionCardRun } from './caption-cards';
import type { Item } from './flatten-source';

// Layouts of corpus documents 320–327: reader-mode cards, bullet outlines, English captions,
// scores written inside the result cell, last year's targets beside this year's.
const lines = (texts: string[]): Item[] => texts.map((text, i) => ({ type: 'text', text, heading: null, line: i + 1 }));

describe('English-only captions of a bilingual site', () => {
  it.each([
    ['Level-1 Indicator', '一级指标'], ['Second-level Indicators', '二级指标'], ['Indicator', '指标名称'], ['Target', '指标值'],
    ['Unit', '计量单位'], ['Weight', '权重'], ['Project Name', '项目名称'], ['Competent Department', '主管部门'],
    ['Implementing Unit', '实施单位'], ['Annual Budget', '年度预算'], ['Annual Performance Goals', '年度绩效目标'],
    ['Actual Value', '实际完成值'], ['Reason for Deviation', '偏差原因'],
    ['Initial Budget', '年初预算数'], ['Full-year Expenditure', '全年执行数'], ['Execution Rate', '执行率'], ['Total Score', '总分'],
    // Not captions: a Chinese word, a unit, an English sentence.
    ['产出指标', null], ['mg/L', null], ['2025 Project Expenditure Performance Targets', null],
  ])('englishCaption(%j) is %j', (text, want) => {
    expect(englishCaption(text)).toBe(want);
  });

  it('reads a self-evaluation budget block captioned in English', () => {
    const text = ['某某市2024年度项目支出绩效自评表', 'Project Name\t甲项目',
      'Project Funds (10,000 yuan)\tInitial Budget\tFull-year Budget\tFull-year Expenditure\tScore Value\tExecution Rate\tScore',
      'Total Annual Funds\t300.00\t280.00\t274.40\t10\t98%\t9.8',
      'Level-1 Indicator\tLevel-2 Indicator\tLevel-3 Indicator\tAnnual Target\tActual Value\tScore Value\tScore',
      '产出指标\t数量指标\t举办展会场次\t=4场\t4场\t20\t20', 'Total Score\t\t\t\t\t\t98.2'].join('\n');
    const form = importText(text, 'b.txt').forms[0]!;
    expect(form.kind === 'project_self_evaluation' && [form.budget, form.total_score]).toEqual([
      { initial_wan: 300, adjusted_wan: 280, executed_wan: 274.4, execution_rate: 98, weight: 10, score: 9.8, reason: null }, 98.2,
    ]);
  });

  it('reads a table whose captions and labels are English only', () => {
    const text = ['某某市2025年项目支出绩效目标表', 'Project Name\t甲项目', 'Annual Budget (10,000 yuan)\t800.00',
      'Level-1 Indicator\tLevel-2 Indicator\tIndicator\tTarget\tUnit\tWeight (%)',
      '产出指标\t数量指标\t服务企业数量\t≥300\t家\t20', '满意度指标\t服务对象满意度指标\t企业满意度\t≥90\t%\t20'].join('\n');
    const form = importText(text, 'e.txt').forms[0]!;
    expect(form.kind === 'project_target' && [form.project_name, form.budget_total_wan]).toEqual(['甲项目', 800]);
    expect(form.indicators.map((i) => [i.level1, i.name, i.comparator, i.target, i.unit, i.weight])).toEqual([
      ['产出指标', '服务企业数量', '>=', '300', '家', 20], ['满意度指标', '企业满意度', '>=', '90', '%', 20],
    ]);
  });
});

describe('indicators as a bullet outline', () => {
  it.each([
    // Level lines with the items after their colon, several to a line.
    [['● 产出指标：', '  ○ 数量指标：举办活动≥120场；服务读者≥5万人次；', '  ○ 时效指标：完成时间：2025年12月31日前。'],
      [['产出指标', '数量指标', '举办活动', '≥120场'], ['产出指标', '数量指标', '服务读者', '≥5万人次'], ['产出指标', '时效指标', '完成时间', '2025年12月31日前']]],
    // The whole level on one line; 成本指标 under a level 1 marked otherwise is a level 2.
    [['● 产出指标：数量指标：培训人次≥300人次；质量指标：合格率≥95%', '  ○ 成本指标：人均成本≤1800元'],
      [['产出指标', '数量指标', '培训人次', '≥300人次'], ['产出指标', '质量指标', '合格率', '≥95%'], ['产出指标', '成本指标', '人均成本', '≤1800元']]],
  ])('outlineRun(%j)', (texts, rows) => {
    expect(outlineRun(lines(texts), 0)?.rows.map((r) => r.cells)).toEqual(rows);
  });

  it.each([
    // No level 1, one item only, or prose: no run.
    [['○ 数量指标：举办活动≥120场；服务读者≥5万人次']], [['● 产出指标：举办活动≥120场']], [['一、项目概况', '本项目用于……']],
  ])('outlineRun(%j) is null', (texts) => {
    expect(outlineRun(lines(texts), 0)).toBeNull();
  });
});

describe('a reader view showing each row as a card of caption and cell lines', () => {
  const card = (l1: string, name: string, value: string) => ['一级指标', l1, '三级指标', name, '指标值', value];
  it('makes one row per card under the cards\' captions', () => {
    const run = captionCardRun(lines([...card('产出指标', '培训人次', '≥3000'), ...card('效益指标', '就业率', '≥70%'), '在浏览器中打开']), 0);
    expect(run && [run.header, run.rows.map((r) => r.cells), run.end]).toEqual([
      ['一级指标', '三级指标', '指标值'], [['产出指标', '培训人次', '≥3000'], ['效益指标', '就业率', '≥70%']], 12,
    ]);
  });

  it('carries on cards that leave their merged captions out and places a caption first seen later', () => {
    const texts = [...card('产出指标', '培训人次', '≥3000'), '三级指标', '合格率', '指标值', '≥90%', '偏差原因', '未达标', '三级指标', '就业率', '指标值', '≥70%'];
    const run = captionCardRun(lines(texts), 0);
    expect(run && [run.header, run.rows.map((r) => r.cells)]).toEqual([
      ['一级指标', '三级指标', '指标值', '偏差原因'], [['产出指标', '培训人次', '≥3000', ''], ['', '合格率', '≥90%', '未达标'], ['', '就业率', '≥70%', '']],
    ]);
  });

  it.each([
    // A header one caption a line (no cells between), or a single card: no run.
    [['一级指标', '二级指标', '三级指标', '指标值', '产出指标', '数量指标']], [card('产出指标', '培训人次', '≥3000')],
  ])('captionCardRun(%j) is null', (texts) => {
    expect(captionCardRun(lines(texts), 0)).toBeNull();
  });
});

describe('self-evaluation points written in the result cell', () => {
  it.each([
    ['38处　得分：20', '38处', 20], ['93.5%（得分：14.5分）', '93.5%', 14.5], ['已建立，得分:10', '已建立', 10], ['得分：10', '得分：10', null],
  ])('%j gives actual %j and score %j', (cell, actual, score) => {
    const text = ['2024年度项目支出绩效自评表', '项目名称\t甲项目', '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值',
      `产出指标\t数量指标\t维修工程（20分）\t≥36处\t${cell}`].join('\n');
    const ind = importText(text, 's.txt').forms[0]!.indicators[0]!;
    expect([ind.actual, ind.score, ind.weight]).toEqual([actual, score, 20]);
  });
});

describe('last year\'s targets beside this year\'s', () => {
  it.each([[2025, '670'], [2024, '640']])('the %s form reads its own year\'s column', (year, target) => {
    const text = [`${year}年项目支出绩效目标表`, '项目名称\t甲项目', '一级指标\t二级指标\t三级指标\t计量单位\t2024年目标值\t2025年目标值',
      '产出指标\t成本指标\t人均补助标准\t元\t≥640\t≥670'].join('\n');
    expect(importText(text, 'y.txt').forms[0]!.indicators[0]!.target).toBe(target);
  });
});
