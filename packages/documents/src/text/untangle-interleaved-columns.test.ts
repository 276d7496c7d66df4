import { describe, expect, it } from 'vitest';
import { untangleInterleavedColumns } from './untangle-interleaved-columns';

const run = (lines: string[]) => untangleInterleavedColumns({ lines, lineNos: lines.map((_l, i) => i) }).lines;

describe('untangleInterleavedColumns: two text columns copied line by line in turn', () => {
  it.each([
    [
      'two lines a column, then the indicator header',
      ['年度总体目标', '预期目标', '实际完成情况', '完成甲任务10个，', '完成甲任务11个，', '惠及群众500人。', '惠及群众520人。', '一级指标  二级指标  三级指标'],
      ['年度总体目标', '预期目标：完成甲任务10个，惠及群众500人。', '实际完成情况：完成甲任务11个，惠及群众520人。', '一级指标  二级指标  三级指标'],
    ],
    [
      'one line a column',
      ['预期目标', '实际完成情况', '完成甲任务。', '已完成。', ''],
      ['预期目标：完成甲任务。', '实际完成情况：已完成。', ''],
    ],
    [
      'column after column (the left cell ends its sentence first): left alone',
      ['预期目标', '实际完成情况', '完成甲任务10个，', '惠及群众500人。', '完成甲任务11个，', '惠及群众520人。'],
      ['预期目标', '实际完成情况', '完成甲任务10个，', '惠及群众500人。', '完成甲任务11个，', '惠及群众520人。'],
    ],
    [
      'an odd number of lines: left alone',
      ['预期目标', '实际完成情况', '完成甲任务10个，', '惠及群众500人。', '已完成。'],
      ['预期目标', '实际完成情况', '完成甲任务10个，', '惠及群众500人。', '已完成。'],
    ],
    [
      'captions that are no goal columns: left alone',
      ['项目名称', '主管部门', '某某项目', '某某局'],
      ['项目名称', '主管部门', '某某项目', '某某局'],
    ],
  ])('%s', (_label, input, want) => {
    expect(run(input)).toEqual(want);
  });
});
