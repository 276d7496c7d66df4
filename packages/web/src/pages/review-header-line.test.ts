import { describe, expect, it } from 'vitest';
import { emptyForm, type Form } from '@jixiao/core';
import { reviewHeaderLine } from './review-header-line';

describe('reviewHeaderLine', () => {
  const long = '完成辖区内主次干道及背街小巷环境整治，道路保洁覆盖率达到100%，居民满意度不低于90%，'.repeat(3);
  it.each<{ label: string; form: Form; want: string }>([
    { label: 'a project target names its 当年绩效目标', form: { ...emptyForm('project_target'), goal: '完成环境整治' }, want: '当年绩效目标：完成环境整治' },
    { label: 'a missing goal says so', form: emptyForm('department_self_evaluation'), want: '年度目标：（未填）' },
    { label: 'a goal over lines reads on one', form: { ...emptyForm('project_self_evaluation'), goal: '一、整治道路\\n二、提升满意度'.replace('\\n', '\n') }, want: '年度目标：一、整治道路 二、提升满意度' },
    { label: 'a long goal is cut with an ellipsis', form: { ...emptyForm('department_target'), goal: long }, want: `整体绩效目标：${long.slice(0, 60)}…` },
  ])('$label', ({ form, want }) => {
    expect(reviewHeaderLine(form)).toBe(want);
  });

  it('a department target counts its filled lists', () => {
    const form = { ...emptyForm('department_target'), goal: '履职', tasks: [{ name: '安全检查', content: null, budget_wan: 10 }] } as Form;
    expect(reviewHeaderLine(form)).toMatch(/^整体绩效目标：履职；另有年度主要任务 1 项$/);
  });
});
