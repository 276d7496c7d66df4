import { describe, expect, it } from 'vitest';
import { emptyForm, emptyIndicator, type Form } from '@jixiao/core';
import { diffForms, type FieldChange } from './form-diff';

describe('diffForms', () => {
  const base: Form & { kind: 'project_target' } = { ...emptyForm('project_target'), project_name: '培训经费', indicators: [{ ...emptyIndicator('培训人次'), weight: 20 }] };

  const cases: Array<[string, Form, FieldChange[]]> = [
    ['no change', base, []],
    ['header field', { ...base, project_name: '培训专项经费' }, [{ row: null, field: 'project_name', label: '项目名称', before: '培训经费', after: '培训专项经费' }]],
    ['indicator field', { ...base, indicators: [{ ...base.indicators[0]!, weight: 30 }] }, [{ row: 0, field: 'weight', label: '权重', before: '20', after: '30' }]],
    ['added row', { ...base, indicators: [...base.indicators, emptyIndicator('满意度')] }, [{ row: 1, field: '*', label: '新增指标', before: '', after: '满意度' }]],
    ['removed row', { ...base, indicators: [] }, [{ row: 0, field: '*', label: '删除指标', before: '培训人次', after: '' }]],
  ];
  it.each(cases)('%s', (_, after, expected) => {
    expect(diffForms(base, after)).toEqual(expected);
  });
});
