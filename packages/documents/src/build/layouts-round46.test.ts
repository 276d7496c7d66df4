import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFile } from '../import/import-file';
import { wrapEml } from '../import/testing/encode-text';
import { gridToDocx, gridToXlsx, parseGridSource } from '../import/testing/grid-binaries';

// Layouts of corpus documents 527–532: forms sent as a mail's attachments, and level caption rows that name
// their depth (一级指标：产出指标).

const grid = (project: string, rows: string[]) => parseGridSource([
  '2025年度项目支出绩效目标表',
  `项目名称\t${project}\t<`,
  '一级指标\t三级指标\t指标值',
  ...rows,
].join('\n'));
const HEAD = 'From: 办公室 <bgs@example.gov.cn>\nSubject: 报送绩效目标表\n';

async function mailWith(files: Array<[string, string, Uint8Array]>, html: string): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-eml-'));
  const lines = files.map(([style, name, bytes], i) => {
    writeFileSync(join(dir, `f${i}`), bytes);
    return `=== attachment: ${style} | ${name} | f${i}\n`;
  });
  return wrapEml(`${HEAD}${lines.join('')}=== part: text/plain\n请查收附件。\n=== part: text/html\n<html><body>${html}</body></html>\n`, 'gbk',
    (path) => new Uint8Array(readFileSync(join(dir, path))));
}

describe('a mail whose forms are attached', () => {
  it('gives every attachment\'s forms in order, a body copy of one of them once, and nothing for an image or a signature', async () => {
    const docx = await gridToDocx(grid('乡镇文化站免费开放', ['产出指标\t开展公益文化活动\t≥48场', '满意度指标\t群众满意度\t≥90%']));
    const xlsx = await gridToXlsx(grid('农家书屋图书更新', ['产出指标\t更新图书册数\t≥3000册', '效益指标\t借阅人次\t≥1.2万人次']));
    const copy = '<p>2025年度项目支出绩效目标表</p><table><tr><td>项目名称</td><td colspan="2">乡镇文化站免费开放</td></tr>'
      + '<tr><td>一级指标</td><td>三级指标</td><td>指标值</td></tr><tr><td>产出指标</td><td>开展公益文化活动</td><td>≥48场</td></tr>'
      + '<tr><td>满意度指标</td><td>群众满意度</td><td>≥90%</td></tr></table>';
    const bytes = await mailWith([
      ['utf8', '文化站目标表.docx', docx],
      ['word', '公章.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])],
      ['word', '书屋目标表.xlsx', xlsx],
      ['utf8', 'smime.p7s', new Uint8Array([0x30, 0x82, 0x01, 0x00, 0x06, 0x09, 0x2a, 0x86])],
    ], copy);
    const result = await importFile(bytes, '报送.eml');
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
    expect(result.document.forms.map((f) => ['project_name' in f ? f.project_name : null, f.indicators.map((i) => i.name)])).toEqual([
      ['乡镇文化站免费开放', ['开展公益文化活动', '群众满意度']],
      ['农家书屋图书更新', ['更新图书册数', '借阅人次']],
    ]);
    expect(result.document.warnings.filter((w) => w.code === 'no_forms')).toEqual([]);
  });

  it('keeps a body form that no attachment holds, before the attachments\' forms', async () => {
    const xlsx = await gridToXlsx(grid('农家书屋图书更新', ['产出指标\t更新图书册数\t≥3000册']));
    const other = '<p>2025年度项目支出绩效目标表</p><table><tr><td>项目名称</td><td colspan="2">体育场馆免费开放</td></tr>'
      + '<tr><td>一级指标</td><td>三级指标</td><td>指标值</td></tr><tr><td>产出指标</td><td>开放天数</td><td>≥300天</td></tr></table>';
    const result = await importFile(await mailWith([['word', '书屋.xlsx', xlsx]], other), '报送.eml');
    if (!result.ok) throw new Error('unreadable');
    expect(result.document.forms.map((f) => ('project_name' in f ? f.project_name : null))).toEqual(['体育场馆免费开放', '农家书屋图书更新']);
  });
});

describe('level caption rows that name their depth', () => {
  it.each([
    ['一级指标：产出指标', '二级指标：数量指标'],
    ['一级指标:产出指标', '二级指标: 数量指标'],
  ])('%s / %s over rows of names', async (one, two) => {
    const xlsx = await gridToXlsx(parseGridSource([
      '2025年度项目支出绩效目标表\t<\t<',
      '项目名称\t培训补贴\t<',
      '三级指标\t指标值\t权重',
      `${one}\t<\t<`,
      `${two}\t<\t<`,
      '培训人次\t≥1200人次\t20',
      '二级指标：质量指标\t<\t<',
      '培训合格率\t≥90%\t20',
    ].join('\n')));
    const result = await importFile(xlsx, '目标.xlsx');
    if (!result.ok) throw new Error('unreadable');
    expect(result.document.forms[0]!.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ['产出指标', '数量指标', '培训人次'],
      ['产出指标', '质量指标', '培训合格率'],
    ]);
  });
});
