import { describe, expect, it } from 'vitest';
import { emptyIndicator } from '@jixiao/core';
import { changeRows, type FormDiffResponse } from './review-versions';

const indicator = (name: string) => emptyIndicator(name);
const none: FormDiffResponse['indicators'] = { added: [], removed: [], changed: [] };

describe('changeRows', () => {
  it.each<[string, FormDiffResponse, Array<[string, string, string, string]>]>([
    ['nothing changed', { header: [], indicators: none }, []],
    ['a header field, blank before', { header: [{ field: 'project_name', before: null, after: '校舍维修' }], indicators: none },
      [['表头', '项目名称', '（空）', '校舍维修']]],
    ['an object value is shown as JSON', { header: [{ field: 'budget', before: { weight: 10 }, after: '' }], indicators: none },
      [['表头', '预算执行情况', '{"weight":10}', '（空）']]],
    ['a changed row counts from 1 and names the indicator', {
      header: [], indicators: { ...none, changed: [{ ordinal: 2, name: '培训人次', fields: [{ field: 'target', before: '300', after: 320 }] }] },
    }, [['第 3 行 培训人次', '指标值', '300', '320']]],
    ['added and removed rows', {
      header: [], indicators: { ...none, added: [{ ordinal: 0, indicator: indicator('新增指标甲') }], removed: [{ ordinal: 4, indicator: indicator('旧指标乙') }] },
    }, [['第 1 行', '新增指标', '', '新增指标甲'], ['原第 5 行', '删除指标', '旧指标乙', '']]],
  ])('%s', (_, diff, expected) => {
    const rows = changeRows(diff);
    expect(rows.map((r) => [r.where, r.field, r.before, r.after])).toEqual(expected);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
});
