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
