import { describe, expect, it } from 'vitest';
import { repairCopiedLines } from './repair-copied-lines';

describe('repairCopiedLines: a header broken by <br> inside its captions', () => {
  it.each([
    [
      'captions broken once and twice',
      ['一级', '指标\t二级', '指标\t三级', '指标\t年度', '指标值\t实际', '完成值\t分值\t得分\t偏差原因分析', '及改进措施', '产出指标\t数量指标\t覆盖乡镇数量\t=12个\t12个\t15\t15\t'],
      ['一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施', '产出指标\t数量指标\t覆盖乡镇数量\t=12个\t12个\t15\t15\t'],
    ],
    [
      'a 序号 column we do not read',
      ['序号\t三级', '指标\t指标值\t计量', '单位', '1\t培训人次\t≥300\t人次'],
      ['序号\t三级指标\t指标值\t计量单位', '1\t培训人次\t≥300\t人次'],
    ],
    [
      'a whole header and the row of sub-captions under it stay apart',
      ['一级指标\t二级指标\t三级指标\t指标值', '指标性质\t目标值\t计量单位', '产出指标\t数量指标\t培训人次\t≥\t300\t人次'],
      ['一级指标\t二级指标\t三级指标\t指标值', '指标性质\t目标值\t计量单位', '产出指标\t数量指标\t培训人次\t≥\t300\t人次'],
    ],
    [
      'label lines are no captions',
      ['项目名称\t某某项目', '主管部门\t某某局', '一级', '指标'],
      ['项目名称\t某某项目', '主管部门\t某某局', '一级', '指标'],
    ],
  ])('%s', (_label, input, want) => {
    expect(repairCopiedLines(input).lines).toEqual(want);
  });
});

describe('repairCopiedLines: cells one a line are no broken header', () => {
  it('leaves a Firefox copy (a TAB after every cell) to the cell-per-line reading', () => {
    const lines = ['一级指标\t', '二级指标\t', '三级指标\t', '指标值\t', '', '产出指标\t', '数量指标\t', '培训人次\t', '≥300人次\t', ''];
    expect(repairCopiedLines(lines).lines.filter((l) => l.includes('一级指标'))).toEqual(['\t一级指标']);
  });
});

describe('repairCopiedLines: lines wrapped at a fixed width', () => {
  const W = 'x'.repeat(24);
  it.each([
    [
      'three different lines cut at the widest length go on in the next line',
      ['标题', `${W}`, 'a1', `${W.slice(1)}y`, 'b2', `${W.slice(2)}zz`, 'c3', '短行'],
      [`${W}a1`, `${W.slice(1)}yb2`, `${W.slice(2)}zzc3`],
    ],
    [
      'a line cut twice joins both rests',
      ['标题', W, `${W.slice(1)}y`, 'end', `${W.slice(2)}zz`, 'c3', `${W.slice(3)}qqq`, 'd4'],
      [`${W}${W.slice(1)}yend`],
    ],
  ])('%s', (_label, input, want) => {
    const { lines } = repairCopiedLines(input);
    for (const w of want) expect(lines).toContain(w);
  });

  it.each([
    ['the widest line alone', ['标题', 'x'.repeat(30), '下一行', '另一行']],
    ['two lines of the widest length', ['x'.repeat(30), 'a', 'y'.repeat(30), 'b', '短']],
    ['lines too short to be wrapped', ['x'.repeat(12), 'a', 'y'.repeat(12), 'b', 'z'.repeat(12), 'c']],
    ['widest lines followed by a blank line', ['x'.repeat(30), '', 'y'.repeat(30), '', 'z'.repeat(30), '']],
  ])('leaves alone %s', (_label, input) => {
    expect(repairCopiedLines(input).lines).toEqual(input);
  });

  // A paragraph whose last line fills the width by chance ends on its sentence: the caption under it starts a block.
  it.each(['一级指标', '部门预算总额（万元）', '某某县卫生健康局'])('a sentence ending at the width is not joined to %s', (next) => {
    const w = (s: string) => s.padEnd(26, '文');
    const [a, b, d] = [w('完成高标准农田建设2万亩，粮食播种面积稳定在'), w('持续推进农村人居环境整治，改厕300户'), w('巩固拓展脱贫攻坚成果，')];
    const c = `${'年度整体绩效目标已全部分解落实到'.padEnd(25, '文')}。`;
    const input = ['标题', a, '45万亩以上。', b, '新建村道20公里。', d, '同乡村振兴有效衔接。', c, next, '产出指标'];
    const { lines } = repairCopiedLines(input);
    expect(lines).toEqual(['标题', `${a}45万亩以上。`, `${b}新建村道20公里。`, `${d}同乡村振兴有效衔接。`, c, next, '产出指标']);
  });
});

describe('repairCopiedLines: every row broken at a <br> inside one cell', () => {
  it('joins each row from the header down, the break kept inside its cell', () => {
    const input = [
      '项目名称\t某项目\t主管部门\t某局',
      '序号\t三级指标\t年度指标值', '实际完成值\t分值\t得分',
      '1\t培训人次\t≥300人次', '320人次\t20\t20',
      '2\t结业率\t≥95%', '97%\t20\t20',
      '总分\t\t\t100\t98',
    ];
    expect(repairCopiedLines(input).lines).toEqual([
      '项目名称\t某项目\t主管部门\t某局',
      '序号\t三级指标\t年度指标值\n实际完成值\t分值\t得分',
      '1\t培训人次\t≥300人次\n320人次\t20\t20',
      '2\t结业率\t≥95%\n97%\t20\t20',
      '总分\t\t\t100\t98',
    ]);
  });

  it('leaves label rows of the next table alone (lines with no TAB between them)', () => {
    const input = [
      '一级指标\t二级指标\t三级指标\t指标值\t计量单位',
      '产出指标\t数量指标\t培训人次\t≥300\t人次',
      '某某县卫生健康局',
      '部门预算总额（万元）\t5,810.00',
      '其中：财政拨款\t5,410.00',
      '其他资金\t400.00',
      '年度整体绩效目标\t巩固基本公共卫生服务。',
      '一级指标\t二级指标\t三级指标\t指标值\t计量单位',
      '产出指标\t数量指标\t签约人数\t≥12\t万人',
    ];
    expect(repairCopiedLines(input).lines).toEqual(input);
  });
});
