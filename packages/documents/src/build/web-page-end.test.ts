import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';

// A 政府信息公开 page copied with its furniture: links after the article are no indicator rows.
const table = ['某某区某局2025年部门整体支出绩效目标表', '部门名称\t某某区某局', '一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t培训人次\t≥300人次',
  '满意度指标\t服务对象满意度指标\t群众满意度\t≥90%'];

describe('the end of a web page\'s article', () => {
  it.each([
    ['two link rows under 上一篇/下一篇', ['上一篇：某某区某某局2025年部门整体支出绩效目标', '下一篇：某某区某某局2025年项目支出绩效目标', '相关链接：市政府 | 省财政厅 | 中国政府网', '关于我们 | 网站地图 | 联系我们 | 隐私声明']],
    ['links under 【打印本页】【关闭窗口】', ['【打印本页】 【关闭窗口】', '关于我们|网站地图|联系我们', '主办单位|技术支持|备案号']],
    ['a lone run of links right under the table', ['相关链接：市政府 | 省财政厅 | 中国政府网']],
    ['a 附件： line over the attached files as a table', ['附件：', '序号\t附件名称\t大小\t操作', '1\t某某区某局2025年部门整体支出绩效目标表.xlsx\t18KB\t下载']],
    ['a table of the attached files with no line above it', ['序号\t附件名称\t大小\t操作', '1\t某某区某局2025年部门整体支出绩效目标表.xlsx\t18KB\t下载', '2\t绩效目标说明.pdf\t96KB\t下载']],
  ])('%s: the table ends before them', (_name, tail) => {
    const form = importText([...table, ...tail].join('\n'), 'p.txt').forms[0]!;
    expect(form.indicators.map((i) => [i.name, i.comparator, i.target])).toEqual([['培训人次', '>=', '300'], ['群众满意度', '>=', '90']]);
  });
});
