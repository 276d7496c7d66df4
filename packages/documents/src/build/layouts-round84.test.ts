import { describe, expect, it } from 'vitest';
import type { Indicator } from '@jixiao/core';
import { importText } from '../import/import-file';
import { blankPageNumberLines } from '../text/page-number-lines';
import { splitAtAnchors } from '../text/split-at-anchors';
import { recentreLevels } from './centred-levels';
import { joinRowRests } from './row-rest-lines';

// Layouts of corpus documents 740–743: text taken out of PDFs — `pdftotext -layout` of cells centred
// vertically and of a booklet's mirrored pages, `pdftotext -raw`, and a viewer's copy joining a row's words.

type Loose = Record<string, unknown> & { indicators: Array<Record<string, unknown>> };
const formsOf = (text: string) => importText(text, 'a.txt').forms as unknown as Loose[];
// A wrapped name's line break is layout (the output keeps it; the scorer and a reader join it).
const rows = (f: Loose) => f.indicators.map((i) => [i.level1, i.level2, String(i.name).replace(/\n/g, ''), i.target]);
const items = (...texts: string[]) => texts.map((text, k) => ({ type: 'text' as const, text, heading: null, line: k + 1 }));

describe('a running head atop every page of a converter’s text', () => {
  it('is blanked where it opens two pages or more, its page number beside it or not', () => {
    const src = '某局2024年决算公开    — 1 —\n表1\n\f— 2 —    某局2024年决算公开\n  产出指标  数量\n';
    expect(blankPageNumberLines(src).split('\n')).toEqual(['', '表1', '', '  产出指标  数量', '']);
  });

  it('leaves a form title atop every page (one form a page) and a line atop one page only', () => {
    const titled = '2025年项目支出绩效目标表\n项目名称  甲\n\f2025年项目支出绩效目标表\n项目名称  乙\n';
    expect(blankPageNumberLines(titled)).toBe(titled.replace(/\f/g, ''));
    const once = '某局2024年决算公开\n表1\n\f附件\n';
    expect(blankPageNumberLines(once)).toBe(once.replace(/\f/g, ''));
  });
});

describe("a viewer's copy of whole rows, the rests of wrapped cells on the line under the row", () => {
  it('puts each rest back on the cell as wide as its column, a level cut short on its level', () => {
    const out = joinRowRests(items(
      '产出指标 数量指标 新增城镇就业人数 ≥3200人 10 以就业实名制系统统计',
      '为准',
      '城乡居民基本养老保 ≥95% 10 参保人数占应参保人数',
      '险参保率 的比例',
      '满意度指标 服务对象满意 办事群众满意度 ≥90% 10 第三方问卷调查',
      '度指标',
    ));
    expect(out.words.filter((w) => w.length > 0)).toEqual([
      ['产出指标', '数量指标', '新增城镇就业人数', '≥3200人', '10', '以就业实名制系统统计为准'],
      ['城乡居民基本养老保险参保率', '≥95%', '10', '参保人数占应参保人数的比例'],
      ['满意度指标', '服务对象满意度指标', '办事群众满意度', '≥90%', '10', '第三方问卷调查'],
    ]);
  });

  it("goes on a label's sentence the page cut over the lines under it", () => {
    const out = joinRowRests(items('年度绩效目标 完成全县农村公路日常养护，实施安全生命防', '护工程42公里，保障群众安全便捷出', '行。'));
    expect(out.words[0]).toEqual(['年度绩效目标', '完成全县农村公路日常养护，实施安全生命防护工程42公里，保障群众安全便捷出行。']);
  });

  it('leaves a row of its own under a row (a qualitative row, no cell cut), and a rest two cut cells could take', () => {
    const own = joinRowRests(items('城镇调查失业率 ≤5.5% 10 省下达控制目标', '就业服务信息化水平 持续提升', '高校毕业生等重点群 ≥860人 10 系统统计'));
    expect(own.words[1]).toEqual(['就业服务信息化水平', '持续提升']);
    const both = joinRowRests(items('农村公路日常养护里程 ≥1286公里 15 县交通运输局年度建设', '计划', '县道每公里年养护成本 ≤1.2万元 10 省定养护补助标准表'));
    expect(both.words[1]).toEqual(['计划']);
  });

  it('reads a form copied so, with a level cut over two lines of a raw copy and a volume part after the table', () => {
    const text = [
      '2026年项目支出绩效目标表',
      '项目名称 农村公路养护工程',
      '一级指标 二级指标 三级指标 指标值 权重（%） 指标值确定依据',
      '效益指标 社会效益指标 群众出行安全便捷程度 有效提升 10 行业发展规划',
      '可持续影响',
      '指标',
      '农村公路管养长效机制 持续健全 10 交通强县建设方案',
      '第四部分 名词解释',
      '一、财政拨款收入：指县级财政当年拨付的资金。',
    ].join('\n');
    const [form] = formsOf(text);
    expect(rows(form!)).toEqual([
      ['效益指标', '社会效益指标', '群众出行安全便捷程度', '有效提升'],
      ['效益指标', '可持续影响指标', '农村公路管养长效机制', '持续健全'],
    ]);
  });
});

describe('a space-aligned row whose cells lie under centred captions', () => {
  const anchors = [2, 16, 30, 46, 66, 94];
  const ends = [10, 24, 38, 50, 74, 98];
  it('splits at one space where the text after it lies under a later caption', () => {
    const out = splitAtAnchors([{ text: '水利工程安全运行率 15 全年无安全责任事故得满分。' }, { text: '15' }], [30, 96], anchors, ends);
    expect(out.cells.map((c) => c.text)).toEqual(['水利工程安全运行率', '15', '全年无安全责任事故得满分。', '15']);
  });

  it('keeps one space inside a cell under one caption', () => {
    const out = splitAtAnchors([{ text: '3.3 万元' }, { text: '10' }], [66, 96], anchors, ends);
    expect(out.cells.map((c) => c.text)).toEqual(['3.3 万元', '10']);
  });
});

const centred = [
  '  一级指标    二级指标      三级指标                  指标值        权重',
  '                            资助困难群众参加城乡',
  '  产出指标    数量指标                                ≥8500人       10',
  '                            居民医保人数',
  '                            医疗救助人次              ≥1.2万人次    10',
  '  效益指标    社会效益指标  救助比例                  ≥70%          10',
].join('\n');

describe('pdftotext -layout of cells centred vertically', () => {
  it("puts a wrapped cell's lines above and below the row's line back on the row", () => {
    const [form] = formsOf(`2025年项目支出绩效目标表\n项目名称    城乡医疗救助\n\n${centred}\n`);
    expect(rows(form!)).toEqual([
      ['产出指标', '数量指标', '资助困难群众参加城乡居民医保人数', '8500'],
      ['产出指标', '数量指标', '医疗救助人次', '1.2'],
      ['效益指标', '社会效益指标', '救助比例', '70'],
    ]);
  });

  it('leaves a top-aligned table as it was: a wrap under its row is the rest of that row', () => {
    const top = [
      '  一级指标    二级指标      三级指标                  指标值        权重',
      '  产出指标    数量指标      资助困难群众参加城乡      ≥8500人       10',
      '                            居民医保人数',
      '                            医疗救助人次              ≥1.2万人次    10',
    ].join('\n');
    const [form] = formsOf(`2025年项目支出绩效目标表\n项目名称    城乡医疗救助\n\n${top}\n`);
    expect(rows(form!)).toEqual([
      ['产出指标', '数量指标', '资助困难群众参加城乡居民医保人数', '8500'],
      ['产出指标', '数量指标', '医疗救助人次', '1.2'],
    ]);
  });

  it('goes on over a page break with no header again, the next page set a few columns right', () => {
    const page2 = [
      '\f      某某县医疗保障局2024年度部门决算公开',
      '',
      '        满意度指标  服务对象满意  救助对象满意度            ≥90%          10',
      '                    度指标',
    ].join('\n');
    const head = '      某某县医疗保障局2024年度部门决算公开\n';
    const [form] = formsOf(`${head}2025年项目支出绩效目标表\n项目名称    城乡医疗救助\n\n${centred}\n\n    — 13 —\n${page2}\n`);
    expect(rows(form!).at(-1)).toEqual(['满意度指标', '服务对象满意度指标', '救助对象满意度', '90']);
    expect(form!.indicators).toHaveLength(4);
  });
});

describe('a caption printed on the first line of its texts above the indicator table', () => {
  it('takes the lines under it as the rest of its texts; a line of captions stays a row of its own', () => {
    const text = [
      '2024年度项目支出绩效自评表',
      '项目名称      城乡医疗救助',
      '                预期目标                                      实际完成情况',
      '  年度总体目标  对城乡低保对象、特困人员等困难群众参加城      资助8326名困难群众参加城乡居民医保，实施',
      '                乡居民医保个人缴费给予资助。                  住院和门诊救助1.28万人次。',
      '  一级指标    二级指标      三级指标                  年度指标值    实际完成值    分值    得分',
      '  产出指标    数量指标      医疗救助人次              ≥1.2万人次    1.28万人次    10      10',
    ].join('\n');
    const [form] = formsOf(text);
    expect(String(form!.goal).replace(/\n/g, '')).toBe('对城乡低保对象、特困人员等困难群众参加城乡居民医保个人缴费给予资助。');
    expect(String(form!.goal_outcome).replace(/\n/g, '')).toBe('资助8326名困难群众参加城乡居民医保，实施住院和门诊救助1.28万人次。');
  });
});

describe('levels centred over rows on both sides of a page break', () => {
  const indicator = (): Indicator => ({ level1: null, level2: null, name: 'x', description: null, weight: null, unit: null, comparator: null, target: '', basis: null, method: null, actual: null, score: null, reason: null });
  const written = [0, 1, 2, 3, 4, 5, 6].map((at) => ({ at, level1: null, level2: null }));
  it('ends a tied group where the page ended', () => {
    const labels = [...written, { at: 1.5, level1: '产出指标', level2: null }, { at: 5.5, level1: '效益指标', level2: null }];
    const onPage = Array.from({ length: 7 }, indicator);
    recentreLevels(onPage, labels, false, new Set([4]));
    expect(onPage.map((r) => r.level1)).toEqual(['产出指标', '产出指标', '产出指标', '产出指标', '产出指标', '效益指标', '效益指标']);
    const noPage = Array.from({ length: 7 }, indicator);
    recentreLevels(noPage, labels, false);
    expect(noPage.map((r) => r.level1).filter((l) => l === '产出指标')).toHaveLength(4);
  });
});
