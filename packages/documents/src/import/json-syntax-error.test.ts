import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findJsonSyntaxError } from './json-syntax-error';

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"a": 1,}', 1, 9, '右花括号 } 前多了一个逗号'],
    ['[1, 2,]', 1, 7, '右方括号 ] 前多了一个逗号'],
    ['{"a": 1\n "b": 2}', 2, 2, '缺少逗号或右花括号 }'],
    ['[1 2]', 1, 4, '缺少逗号或右方括号 ]'],
    ['{a: 1}', 1, 2, '属性名要用英文双引号括起来'],
    ["{'a': 1}", 1, 2, '属性名要用英文双引号括起来'],
    ['{"a" 1}', 1, 6, '属性名后面缺少冒号'],
    ['{"a"：1}', 1, 5, '中文标点「：」'],
    ['{"a": “x”}', 1, 7, '中文标点「“」'],
    ['{"a": "x', 1, 7, '这个字符串没有结束'],
    ['{"a": "x\ny"}', 1, 9, '字符串没有结束就换行了'],
    ['{"a": "C:\\dir"}', 1, 10, '转义写法不对'],
    ['{"a": 1,200}', 1, 8, '数字不能带千分位逗号'],
    ['{"a": 01}', 1, 7, '数字写法不对'],
    ['{"a": 12万}', 1, 7, '数字写法不对'],
    ['{"a": tru}', 1, 7, '这里应当是一个值'],
    ['{"a": [1, 2}', 1, 12, '缺少逗号或右方括号 ]'],
    ['{"a": 1}}', 1, 9, 'JSON 已经结束，后面多出了内容'],
    ['{"a": {"b": [1', 1, 15, '文件在此处提前结束'],
    ['   ', 1, 4, '文件是空的'],
    ['{"a": [,1]}', 1, 8, '这里应当有一个值'],
    ['一级指标\t二级指标', 1, 1, '文件内容不是 JSON：JSON 文件以 { 或 [ 开头，却是「一」'],
  ])('%j breaks at line %i column %i', (text, line, column, problem) => {
    const error = findJsonSyntaxError(text);
    expect(error).toMatchObject({ line, column });
    expect(error?.problem).toContain(problem);
  });

  it('agrees with JSON.parse on whether a text is JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, indent) => {
      expect(findJsonSyntaxError(JSON.stringify(value, null, indent))).toBeNull();
    }));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '1', 'a', ' ', '\\', 'n', 'u', '0', '-', '.', 'e', 't', 'r', 'u', 'l') , maxLength: 14 }), (text) => {
      let valid = true;
      try { JSON.parse(text); } catch { valid = false; }
      expect(findJsonSyntaxError(text) === null).toBe(valid);
    }), { numRuns: 3000 });
  });

  it('reads a large document in one pass', () => {
    const big = JSON.stringify({ rows: Array.from({ length: 200_000 }, (_, i) => ({ i, s: `行${i}` })) });
    const started = performance.now();
    expect(findJsonSyntaxError(big)).toBeNull();
    expect(findJsonSyntaxError(`${big.slice(0, -2)},}`)).toMatchObject({ line: 1 });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
