import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';

// Layouts of corpus documents 626–631: a 部门预算绩效文本 giving each 二级单位 a text-only target of its
// own after the department's, each under a heading that names the unit.

const sections = (goal: string, item: string, measure: string) => [
  '### 一、总体绩效目标', '', goal, '',
  '### 二、分项绩效目标', '', `（一）${item}。${item}按计划完成。`, '',
  '### 三、工作保障措施', '', `（一）${measure}。${measure}落实到人。`, '',
];

const text = (unitHeadings: [string, string]) => [
  '# 第一部分', '', '## 部门整体绩效目标', '',
  ...sections('保障全区学校正常运转，落实学生资助政策。', '保障学校运转', '加强组织领导'),
  '# 第二部分', '', '## 所属单位整体绩效目标', '',
  unitHeadings[0], '',
  ...sections('完成中职在校生1600人的教学任务。', '中职学历教育', '完善内控制度'),
  unitHeadings[1], '',
  ...sections('开展全区中小学教学研究和质量监测。', '教学质量监测', '加强业务培训'),
].join('\n');

const read = (doc: string) => importText(doc, 'a.md').forms.map((f) => {
  const r = f as unknown as Record<string, unknown>;
  return [r.org, r.goal, (r.sub_goals as Array<{ title: string }>).map((s) => s.title)];
});

describe('二级单位 text-only targets after the department’s', () => {
  const want = [
    [null, '保障全区学校正常运转，落实学生资助政策。', ['保障学校运转']],
    ['某某区职业技术教育中心', '完成中职在校生1600人的教学任务。', ['中职学历教育']],
    ['某某区教育局教研室', '开展全区中小学教学研究和质量监测。', ['教学质量监测']],
  ];

  it('starts a form at a heading naming the unit alone over the goal heading', () => {
    expect(read(text(['## 一、某某区职业技术教育中心', '## 二、某某区教育局教研室']))).toEqual(want);
  });

  it('reads the unit from a heading or a bold line naming its 整体绩效目标', () => {
    expect(read(text(['## 某某区职业技术教育中心整体绩效目标', '**某某区教育局教研室整体绩效目标**']))).toEqual(want);
  });

  it('keeps a unit named alone inside a section as that section’s text', () => {
    const doc = ['## 部门整体绩效目标', '', ...sections('保障学校正常运转。', '保障学校运转', '加强组织领导'), '某某区教育局教研室', '', '按季度开展督导检查。'].join('\n');
    const forms = importText(doc, 'a.md').forms;
    expect(forms).toHaveLength(1);
    expect((forms[0] as unknown as Record<string, unknown>).org).toBeNull();
  });

  it('names no unit from a part heading or a numbered caption', () => {
    const doc = ['## 部门整体绩效目标', '', '## 一、部门整体绩效目标', '', ...sections('保障学校正常运转。', '保障学校运转', '加强组织领导')].join('\n');
    const forms = importText(doc, 'a.md').forms;
    expect(forms).toHaveLength(1);
    expect((forms[0] as unknown as Record<string, unknown>).org).toBeNull();
  });
});
