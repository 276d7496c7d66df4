import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formsDocumentSchema } from '@jixiao/core';
import { importText } from '../import/import-file';
import type { SourceBlock, SourceDocument } from '../model/source-document';
import { readTextLayout } from './read-text-layout';

/** Tables as arrays of cell texts, text blocks as strings: what a reader must get right. */
function shape(doc: SourceDocument): Array<string | string[][]> {
  return doc.blocks.map((b: SourceBlock) => (b.kind === 'text' ? `${'#'.repeat(b.heading ?? 0)}${b.text}` : b.rows.map((r) => r.cells.map((c) => c.text))));
}

describe('readTextLayout', () => {
  it.each([
    {
      name: 'a lone bare pipe line under a TSV table (a page\'s run of links) is text, not a row',
      input: '一级指标\t三级指标\t指标值\n产出指标\t人数\t≥6人\n附件：\n相关链接：市政府 | 省财政厅 | 中国政府网\n',
      format: 'tsv',
      want: [[['一级指标', '三级指标', '指标值'], ['产出指标', '人数', '≥6人']], '附件：', '相关链接：市政府 | 省财政厅 | 中国政府网'],
    },
    {
      name: 'spaces padding TSV cells either side of the TAB (a WeChat article copied) are layout',
      input: '绩效指标\t 一级指标 \t 三级指标 \t 指标值 \n \t 产出指标 \t 人数\u3000\t\u00a0≥6人 \n',
      format: 'tsv',
      want: [[['绩效指标', '一级指标', '三级指标', '指标值'], ['', '产出指标', '人数', '≥6人']]],
    },
    {
      name: 'a short heading between a one-cell line (leading TAB) and a TSV header opens the TSV table, it does not go on in the cell',
      input: '四、年度整体绩效目标\n\t丰富群众文化生活。\n五、绩效指标\n一级指标\t三级指标\t指标值\n产出指标\t场次\t≥6场\n',
      format: 'tsv',
      want: ['四、年度整体绩效目标', [['丰富群众文化生活。']], '五、绩效指标', [['一级指标', '三级指标', '指标值'], ['产出指标', '场次', '≥6场']]],
    },
    {
      name: 'a bare pipe table of two rows is still a table',
      input: '名称|人数|指标值\n培训|参训|≥95%\n',
      format: 'pipe',
      want: [[['名称', '人数', '指标值'], ['培训', '参训', '≥95%']]],
    },
    {
      name: 'one cell per line, rows split by blank lines, continuation lines join with \\n',
      input: '\t表头A\n\t表头B\n\n\t总体绩效\n（65分）\n\t10\n\n\t\n\t名称\n',
      format: 'text-lines',
      want: [[['表头A', '表头B'], ['总体绩效\n（65分）', '10'], ['', '名称']]],
    },
    {
      name: 'tab-separated rows with a markdown heading and bold cells',
      input: '# 1、项目绩效目标表\n\n<b>一级指标</b>\t<b>三级指标</b>\t<b>指标值</b>\t\n产出指标\t人数\t=6 人\t\n\t及时率\t≥95%\t\n',
      format: 'markdown',
      want: ['#1、项目绩效目标表', [['一级指标', '三级指标', '指标值', ''], ['产出指标', '人数', '=6 人', ''], ['', '及时率', '≥95%', '']]],
    },
    {
      name: 'pandoc grid table: wrapped cell lines join, a missing bar makes a span',
      input: '+------+------+------+\n| 名称 | 指标 | 值   |\n+======+======+======+\n| 培训 | 参训 | ≥95% |\n| 人次 | 率   |      |\n+------+------+------+\n| 合计        | 100  |\n+------+------+------+\n',
      format: 'pipe',
      want: [[['名称', '指标', '值'], ['培训人次', '参训率', '≥95%'], ['合计', '100']]],
    },
    {
      name: 'a short alignment row (one hyphen a cell) is no data row',
      input: '| 名称 | 指标 | 值 |\n|:-|:-:|-:|\n| 培训人次 | 参训率 | ≥95% |',
      format: 'pipe',
      want: [[['名称', '指标', '值'], ['培训人次', '参训率', '≥95%']]],
    },
    {
      name: 'a table inside a cell becomes that cell\'s text, the outer grid stays',
      input: '<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>资金</td><td><table><tr><td>总额：</td><td>10</td></tr><tr><td>其中</td><td>5</td></tr></table></td><td>x</td></tr></table>',
      format: 'html',
      want: [[['a', 'b', 'c'], ['资金', '总额：10\n其中\t5', 'x']]],
    },
    {
      name: 'a layout table around the page: the inner table is the table',
      input: '<table><tr><td><p>标题</p><table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>1</td><td>2</td><td>3</td></tr></table></td></tr></table>',
      format: 'html',
      want: ['标题', [['a', 'b', 'c'], ['1', '2', '3']]],
    },
    {
      name: 'a site frame of four one-cell rows (menu, breadcrumb, article, footer) around a form with a two-row header: the form is the table',
      input: '<table><tr><td>首页</td></tr><tr><td>当前位置：首页</td></tr><tr><td><p>标题</p><table><tr><td colspan="3">绩效指标</td><td rowspan="2">指标值</td></tr><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td></tr><tr><td>产出指标</td><td>数量指标</td><td>培训人次</td><td>≥90</td></tr></table></td></tr><tr><td>主办单位：某某局</td></tr></table>',
      format: 'html',
      want: ['首页', '当前位置：首页', '标题', [['绩效指标', '指标值'], ['一级指标', '二级指标', '三级指标', ''], ['产出指标', '数量指标', '培训人次', '≥90']], '主办单位：某某局'],
    },
    {
      name: 'a two-column label form of four rows with a fund table in a cell is no frame: the inner table is the cell\'s text',
      input: '<table><tr><td>项目名称</td><td>甲</td></tr><tr><td>主管部门</td><td>乙</td></tr><tr><td>项目资金</td><td><table><tr><td>总额：</td><td>10</td></tr></table></td></tr><tr><td>年度目标</td><td>丙</td></tr></table>',
      format: 'html',
      want: [[['项目名称', '甲'], ['主管部门', '乙'], ['项目资金', '总额：10'], ['年度目标', '丙']]],
    },
    {
      name: 'TSV whose second row has only a leading tab stays in the table',
      input: 'a\tb\n\tc\n',
      format: 'tsv',
      want: [[['a', 'b'], ['', 'c']]],
    },
    {
      name: 'markdown pipe table with separator and **bold**',
      input: '说明文字\n\n| **指标名称** | 指标值 |\n|---|:---:|\n| 满意度 | ≥90% |\n',
      format: 'pipe',
      want: ['说明文字', [['指标名称', '指标值'], ['满意度', '≥90%']]],
    },
    {
      name: 'bare pipe rows a|b|c',
      input: '三级指标|指标值|计量单位\n培训次数|≥3|次\n',
      format: 'pipe',
      want: [[['三级指标', '指标值', '计量单位'], ['培训次数', '≥3', '次']]],
    },
    {
      name: 'bare pipe rows: a leading pipe is an empty first cell under a merged level',
      input: '一级指标|三级指标|指标值|\n产出指标|培训次数|≥3次|\n|检查次数|≥4次|\n',
      format: 'pipe',
      want: [[['一级指标', '三级指标', '指标值'], ['产出指标', '培训次数', '≥3次'], ['', '检查次数', '≥4次']]],
    },
    {
      name: 'cells set apart by one fixed run of ideographic spaces: delimited, long sentences are cells',
      input: '年度总体目标\u3000\u3000预期目标\u3000\u3000实际完成情况\n完成甲任务，覆盖全部乡镇。\u3000\u3000已完成甲任务，覆盖全部乡镇。\n一级指标\u3000\u3000三级指标\u3000\u3000指标值\n产出指标\u3000\u3000检查次数\u3000\u3000≥4次\n填报人：张某\u3000\u3000联系电话：123\n',
      format: 'tsv',
      want: [
        [['年度总体目标', '预期目标', '实际完成情况'], ['完成甲任务，覆盖全部乡镇。', '已完成甲任务，覆盖全部乡镇。'], ['一级指标', '三级指标', '指标值'], ['产出指标', '检查次数', '≥4次']],
        '填报人：张某\u3000\u3000联系电话：123',
      ],
    },
    {
      name: 'an element styled display:none is not shown, so not read',
      input: '<table><tr><td>三级指标</td><td>指标值</td></tr><tr><td>修复里程</td><td>≥45公里<span style="display:none;mso-hide:all">（上年40公里）</span></td></tr></table>',
      format: 'html',
      want: [[['三级指标', '指标值'], ['修复里程', '≥45公里']]],
    },
    {
      name: 'rows and cells styled display:none (Excel\'s web page of hidden rows and columns) are not read; a hidden row still uses up a rowspan',
      input: "<table><tr><td style='display:none'>ID</td><td>一级指标</td><td>三级指标</td></tr><tr><td style='display:none'>1</td><td rowspan=3>产出指标</td><td>甲</td></tr><tr height=0 style='display:none'><td>已取消</td></tr><tr><td style='display:none'>3</td><td>乙</td></tr><tr><td>效益指标</td><td>丙</td></tr></table>",
      format: 'html',
      want: [[['一级指标', '三级指标'], ['产出指标', '甲'], ['', '乙'], ['效益指标', '丙']]],
    },
    {
      name: 'a saved form page: an input shows its value, a select its chosen option, hidden inputs and placeholders nothing',
      input: '<table><tr><td>指标性质</td><td>指标值</td></tr><tr><td><select><option>请选择</option><option selected>≥</option><option>≤</option></select></td><td><input type="hidden" value="id9"><input class="x" value="95" type="text"></td></tr><tr><td><select><option value="">请选择</option><option>定性</option></select></td><td><input value=\'较上年提高\'></td></tr></table>',
      format: 'html',
      want: [[['指标性质', '指标值'], ['≥', '95'], ['', '较上年提高']]],
    },
    {
      name: 'a saved form page: check boxes and radio buttons show as boxes, ticked or not',
      input: '<table><tr><td>指标性质</td><td>指标值</td></tr><tr><td><input type="checkbox">正向 <input type="checkbox" checked="checked">反向</td><td>12</td></tr><tr><td><input type=radio name=n1 checked>定量<input type=radio name=n1>定性</td><td>95</td></tr></table>',
      format: 'html',
      want: [[['指标性质', '指标值'], ['□正向 ☑反向', '12'], ['☑定量□定性', '95']]],
    },
    {
      name: 'bordered pipe rows keep their leading pipe as the border',
      input: '| 一级指标 | 三级指标 |\n|---|---|\n| | 检查次数 |\n',
      format: 'pipe',
      want: [[['一级指标', '三级指标'], ['', '检查次数']]],
    },
    {
      name: '<br> inside a markdown pipe row breaks the cell, not the row',
      input: '# 表\n\n| 三级指标 | 指标值 |\n|---|---|\n| 城市绿地<br>养护面积 | ≥420公顷 |\n',
      format: 'markdown',
      want: ['#表', [['三级指标', '指标值'], ['城市绿地\n养护面积', '≥420公顷']]],
    },
    {
      name: 'Excel-copied TSV: a quoted cell runs over several lines',
      input: '三级指标\t指标值\t说明\n"新建和改造\n灌排渠道长度"\t≥45\t"按\n""亩均标准""测算"\n工程合格率\t100%\t\n',
      format: 'tsv',
      want: [[['三级指标', '指标值', '说明'], ['新建和改造\n灌排渠道长度', '≥45', '按\n"亩均标准"测算'], ['工程合格率', '100%', '']]],
    },
    {
      name: 'a cell that only starts with a quote mark is text, and joins nothing',
      input: '三级指标\t指标值\n"十四五"规划完成率\t≥95%\n培训次数\t3\n',
      format: 'tsv',
      want: [[['三级指标', '指标值'], ['"十四五"规划完成率', '≥95%'], ['培训次数', '3']]],
    },
    {
      name: 'HTML table: entities decoded, inner tags stripped, text around kept',
      input: '<h2>项目支出绩效目标表</h2><p>单位：万元</p><table><tr><th>三级指标</th><th>指标值</th></tr><tr><td><span>达标率 &amp; 合格率</span></td><td>&ge;95%</td></tr></table><p>附注</p>',
      format: 'html',
      want: ['##项目支出绩效目标表', '单位：万元', [['三级指标', '指标值'], ['达标率 & 合格率', '≥95%']], '附注'],
    },
    {
      name: 'space-aligned rows (PDF to text): blank merged cells come back under the header columns',
      input: '一级指标    二级指标    三级指标      指标值\n产出指标    数量指标    培训次数      ≥3次\n                        培训人数      50人\n说明：这是一段正文，  不是表格。\n',
      format: 'tsv',
      want: [[['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '培训次数', '≥3次'], ['', '', '培训人数', '50人']], '说明：这是一段正文，  不是表格。'],
    },
    {
      name: 'space-aligned rows (display columns, CJK twice as wide): a wrapped cell\'s rest joins its row, a total row stays a row',
      input: '三级指标        指标值    分值    偏差原因\n验收一次性      100%      10      整改后\n通过率                            复验通过\n完成时间        年底前    10\n总分                      20\n',
      format: 'tsv',
      want: [[['三级指标', '指标值', '分值', '偏差原因'], ['验收一次性\n通过率', '100%', '10', '整改后\n复验通过'], ['完成时间', '年底前', '10', ''], ['总分', '', '20', '']]],
    },
    {
      name: 'an indented note under a space-aligned table stays running text',
      input: '三级指标    指标值    分值\n培训人次    ≥3        10\n总分                  10\n    注：指标值为年度目标\n',
      format: 'tsv',
      want: [[['三级指标', '指标值', '分值'], ['培训人次', '≥3', '10'], ['总分', '', '10']], '注：指标值为年度目标'],
    },
    {
      name: 'spaced sentences and a lone spaced line stay running text',
      input: '1、完成甲任务。  2、完成乙任务。  3、完成丙任务。\n项目负责人：王强    联系电话：123    填报日期：2024年1月\n',
      format: 'text-lines',
      want: ['1、完成甲任务。  2、完成乙任务。  3、完成丙任务。', '项目负责人：王强    联系电话：123    填报日期：2024年1月'],
    },
    {
      name: 'HTML <caption> becomes the text before its table',
      input: '<table><caption>项目支出绩效目标表<br>（2024年度）</caption><tr><td>三级指标</td><td>指标值</td></tr></table>',
      format: 'html',
      want: ['项目支出绩效目标表', '（2024年度）', [['三级指标', '指标值']]],
    },
    {
      name: 'space-aligned: sentences side by side under their captions, and the rest of a wrapped one',
      input: [
        '项目名称       某某项目          实施单位     某某中心',
        '年度总体目标   预期目标                      实际完成情况',
        '               完成甲任务，出水              完成甲任务。',
        '               达标率不低于90%。',
        '一级指标  二级指标  三级指标    年度指标值  实际完成值',
        '产出指标  数量指标  设施数量    46座        46座',
      ].join('\n'),
      format: 'tsv',
      want: [[
        ['项目名称', '某某项目', '', '实施单位', '某某中心'],
        ['年度总体目标', '预期目标', '', '', '实际完成情况'],
        ['', '完成甲任务，出水\n达标率不低于90%。', '', '', '完成甲任务。'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'],
        ['产出指标', '数量指标', '设施数量', '46座', '46座'],
      ]],
    },
    {
      name: 'HTML: an indicator table inside a cell is a table of its own, with its spans and blank cells',
      input: '<table><tr><td>项目名称</td><td>某项目</td></tr><tr><td>主管部门</td><td>某局</td></tr><tr><td>年度目标</td><td>完成</td></tr><tr><td>绩效指标</td><td><table><tr><td>一级指标</td><td>三级指标</td><td>指标值</td><td>计量单位</td><td>权重</td></tr>' +
        '<tr><td rowspan="2">产出指标</td><td>完成时间</td><td>年底前</td><td></td><td>10</td></tr><tr><td>数量</td><td>9</td><td>个</td><td>20</td></tr></table></td></tr>' +
        '<tr><td>资金</td><td><table><tr><td>资金总额</td><td>450</td></tr></table></td></tr></table>',
      format: 'html',
      want: [
        [['项目名称', '某项目'], ['主管部门', '某局'], ['年度目标', '完成'], ['绩效指标', ''], ['资金', '资金总额\t450']],
        [['一级指标', '三级指标', '指标值', '计量单位', '权重'], ['产出指标', '完成时间', '年底前', '', '10'], ['', '数量', '9', '个', '20']],
      ],
    },
    {
      name: 'CRLF line ends and a BOM',
      input: '\ufeff\t甲\r\n\t乙\r\n\r\n\t丙\r\n',
      format: 'text-lines',
      want: [[['甲', '乙'], ['丙']]],
    },
    {
      name: 'running text then cell lines then running text',
      input: '第一部分 概况\n说明一段。\n\n\t表头\n\t值\n\n尾注\n',
      format: 'text-lines',
      want: ['第一部分 概况', '说明一段。', [['表头', '值']], '尾注'],
    },
    {
      name: 'each cell followed by a TAB and a line break: the TAB ends the cell, a break inside it comes first',
      input: '项目名称\t\n某项目\t\n\n一级指标\t\n三级指标\t\n指标值\t\n\n产出指标\t\n培训\n人次\t\n≥300人次\t\n\n\t\n满意度\t\n≥90%\t\n',
      format: 'text-lines',
      want: [[['项目名称', '某项目'], ['一级指标', '三级指标', '指标值'], ['产出指标', '培训\n人次', '≥300人次'], ['', '满意度', '≥90%']]],
    },
    {
      name: 'a TSV row with an empty last cell is no TAB-ended cell',
      input: '一级指标\t三级指标\t指标值\t\n产出指标\t人数\t6\t\n',
      format: 'tsv',
      want: [[['一级指标', '三级指标', '指标值', ''], ['产出指标', '人数', '6', '']]],
    },
    {
      name: 'the next form\'s title right under the last cell line is no line of that cell',
      input: '\t三级指标\n\t指标值\n\n\t人数\n\t6\n某县2025年项目支出绩效目标表（二）\n\t项目名称\n\t乙项目\n',
      format: 'text-lines',
      want: [[['三级指标', '指标值'], ['人数', '6']], '某县2025年项目支出绩效目标表（二）', [['项目名称', '乙项目']]],
    },
    {
      name: 'a total line set apart by single spaces right under a TSV table is its closing row',
      input: '三级指标\t分值\t得分\n人数\t50\t48\n及时率\t50\t49.5\n合计 100 97.5\n自评结论：良好。\n',
      format: 'tsv',
      want: [[['三级指标', '分值', '得分'], ['人数', '50', '48'], ['及时率', '50', '49.5'], ['合计', '100', '97.5']], '自评结论：良好。'],
    },
    {
      name: 'TSV rows broken by paragraphs inside cells are joined back to full rows',
      input: '一级指标\t三级指标\t指标值\t原因\n产出指标\t人数\t≥6人\t\n\t次数\t≥2次\t\n\t及时率\t≥95%\t部分延误，\n下年改进。\n\t合格率\t100%\t\n效益指标\t覆盖\n范围\t≥90%\t\n\t人次\t≥300人次\t\n满意度\t满意度\t≥90%\t\n',
      format: 'tsv',
      want: [[['一级指标', '三级指标', '指标值', '原因'], ['产出指标', '人数', '≥6人', ''], ['', '次数', '≥2次', ''], ['', '及时率', '≥95%', '部分延误，\n下年改进。'], ['', '合格率', '100%', ''], ['效益指标', '覆盖\n范围', '≥90%', ''], ['', '人次', '≥300人次', ''], ['满意度', '满意度', '≥90%', '']]],
    },
    {
      name: 'rows of unequal width broken at a paragraph: the open clause joins the lines of one row',
      input: '年度总体目标\t预期目标\t实际完成情况\n完成设备更新，\n覆盖率达到45%。\t完成更新，\n覆盖率46.2%。\n一级指标\t三级指标\t指标值\t原因\n产出指标\t人数\t≥6人\t\n',
      format: 'tsv',
      want: [[['年度总体目标', '预期目标', '实际完成情况'], ['完成设备更新，\n覆盖率达到45%。', '完成更新，\n覆盖率46.2%。'], ['一级指标', '三级指标', '指标值', '原因'], ['产出指标', '人数', '≥6人', '']]],
    },
    {
      name: 'short TSV rows of a table whose rows are not all full are left as they are',
      input: '项目名称\t甲项目\n主管部门\t某局\n一级指标\t三级指标\t指标值\t原因\n产出指标\t人数\t≥6人\t\n',
      format: 'tsv',
      want: [[['项目名称', '甲项目'], ['主管部门', '某局'], ['一级指标', '三级指标', '指标值', '原因'], ['产出指标', '人数', '≥6人', '']]],
    },
  ])('$name', ({ input, format, want }) => {
    const doc = readTextLayout(input);
    expect(doc.format).toBe(format);
    expect(shape(doc)).toEqual(want);
  });

  it('HTML rowspan/colspan: spans kept, merged cells marked in the rows below', () => {
    const doc = readTextLayout(
      '<table><tr><td rowspan="2">产出指标</td><td colspan="2">数量指标</td></tr><tr><td>人数</td><td>6</td></tr><tr><td>效益</td><td>x</td><td>y</td></tr></table>',
    );
    const table = doc.blocks[0]!;
    if (table.kind !== 'table') throw new Error('expected a table');
    expect(table.rows[0]!.cells[0]).toMatchObject({ text: '产出指标', rowSpan: 2 });
    expect(table.rows[0]!.cells[1]).toMatchObject({ text: '数量指标', colSpan: 2 });
    expect(table.rows[1]!.cells.map((c) => [c.text, Boolean(c.mergedFromAbove)])).toEqual([['', true], ['人数', false], ['6', false]]);
    expect(table.rows[2]!.cells.map((c) => c.text)).toEqual(['效益', 'x', 'y']);
  });

  it('marks th cells and <b> cells bold and drops Word bookmark markers', () => {
    const doc = readTextLayout('\t<b>项目名称</b>\n\t[bookmark: _GoBack]该项指标得分\n');
    const table = doc.blocks[0]!;
    if (table.kind !== 'table') throw new Error('expected a table');
    expect(table.rows[0]!.cells).toEqual([{ text: '项目名称', bold: true }, { text: '该项指标得分' }]);
  });

  it('keeps line numbers for warnings', () => {
    const doc = readTextLayout('标题\n\n\t甲\n\t乙\n');
    expect(doc.blocks[0]).toMatchObject({ kind: 'text', line: 1 });
    const table = doc.blocks[1]!;
    expect(table.kind === 'table' && table.rows[0]!.line).toBe(3);
  });
});

describe('readTextLayout robustness', () => {
  const piece = fc.constantFrom(
    '\t', '\n', '\n\n', '|', ' | ', '<table>', '<tr>', '<td colspan="3">', '<td rowspan="9">', '</td>', '</tr>', '</table>', '<th>', '<b>', '</b>',
    '# ', '&amp;', '&#x4e00;', '[bookmark: _Toc1]', '三级指标', '指标值', '≥95%', '合计', '项目支出绩效目标表', '　', '\r\n', '---', '（65分）',
  );
  it('never throws on random mixes of tabs, pipes, HTML and markdown, and the import stays valid', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const source = readTextLayout(text);
        expect(Array.isArray(source.blocks)).toBe(true);
        expect(formsDocumentSchema.safeParse(importText(text, 'fuzz.txt')).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
