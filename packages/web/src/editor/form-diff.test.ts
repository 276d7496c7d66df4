import { describe, expect, it } from 'vitest';
import { emptyForm, emptyIndicator, type Form } from '@jixiao/core';
import { diffForms, type FieldChange } from './form-diff';

describe('diffForms', () => {
  const base: Form & { kind: 'project_target' } = { ...emptyForm('project_target'), project_name: '培训经费', indicators: [{ ...emptyIndicator('培训人次'), weight: 20 }] };

  const cases: Array<[string, Form, FieldChange[]]> = [
    ['no change', base, []],
    ['header field', { ...base, project_name: '培训专项经费' }, [{ row: null, field: 'project_name', label: '项目名称', before: '培训经费', after: '培训专项经费' }]],
    ['indicator field', { ...base, indicators: [{ ...base.indicators[0]!, weight: 30 }] }, [{ row: 0, field: 'weight', label: '权重', before: '20', after: '30' }]],
    // The same key, two fields: a row's basis is its 指标值确定依据, the header's its 立项依据.
    ['row basis', { ...base, indicators: [{ ...base.indicators[0]!, basis: '上年完成数' }] }, [{ row: 0, field: 'basis', label: '指标值确定依据', before: '（空）', after: '上年完成数' }]],
    ['header basis', { ...base, basis: '区财政局文件' }, [{ row: null, field: 'basis', label: '立项依据', before: '（空）', after: '区财政局文件' }]],
    ['added row', { ...base, indicators: [...base.indicators, emptyIndicator('满意度')] }, [{ row: 1, field: '*', label: '新增指标', before: '', after: '满意度' }]],
    ['removed row', { ...base, indicators: [] }, [{ row: 0, field: '*', label: '删除指标', before: '培训人次', after: '' }]],
  ];
  it.each(cases)('%s', (_, after, expected) => {
    expect(diffForms(base, after)).toEqual(expected);
  });
});
