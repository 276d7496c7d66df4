import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { budgetDocumentHeading } from './form-titles';
import { levelledLabelPairs } from './indicator-lines';
import { resultSentenceItem } from './result-sentences';

// Layouts of corpus documents 698–703: indicators written as text, not in a table — result sentences with
// the target in brackets or as a 计划…，实际… clause, numbered items under a level 1 alone, bullets with the
// value glued to the name, label pairs in paragraphs opened by their levels, a summary table repeating some
// of a report's sentences, and a 部门预算说明 naming the unit and year in its opening line.

const rowsOf = (text: string) => importText(text, 'a.txt').forms[0]?.indicators.map((r) => [r.level1, r.level2, r.name, r.comparator, r.target, r.actual, r.score]);

describe('result sentences', () => {
  it.each([
    ['完成培训300人次（目标值≥280人次），得分10分', { name: '完成培训', target: '≥280人次', actual: '300人次', weight: null, score: '10' }],
    ['培训合格率96.8%（目标值：≥95%）', { name: '培训合格率', target: '≥95%', actual: '96.8%', weight: null, score: null }],
    ['法律援助案件办理：计划完成1500件，实际完成1628件，完成率108.5%，得分10分', { name: '法律援助案件办理', target: '1500件', actual: '1628件', weight: null, score: '10' }],
    ['调解成功率：计划不低于95%，实际为97.3%，分值15分，得分15分', { name: '调解成功率', target: '不低于95%', actual: '97.3%', weight: '15', score: '15' }],
  ])('%s', (text, item) => {
    expect(resultSentenceItem(text)).toEqual(item);
  });

  it.each([
    '行政执法监督：全年组织开展案卷评查，执法规范化水平进一步提升',
    '全年完成培训3150人次，年度目标≥3000人次，完成率105%',
    '普法宣传：计划覆盖30万人次，实际覆盖33.6万人次，群众反响良好',
    '培训合格率96.8%（较上年提高2个百分点）',
  ])('prose is no result sentence: %s', (text) => {
    expect(resultSentenceItem(text)).toBeNull();
  });

  it('reads a report whose indicators are result sentences under numbered levels', () => {
    const text = ['项目名称：技能培训', '（一）产出指标（40分）', '1.数量指标：完成技能培训1260人次（目标值≥1200人次），得分10分。',
      '2.成本指标：人均培训补贴1160元（目标值≤1200元），得分10分。', '（二）满意度指标（20分）', '1.服务对象满意度指标：参训学员满意度94.2%（目标值≥90%），得分20分。',
      '此外，参训学员普遍反映培训内容实用。'].join('\n');
    expect(rowsOf(text)).toEqual([
      ['产出指标', '数量指标', '完成技能培训', '>=', '1200', '1260人次', 10],
      // 2.成本指标 numbered otherwise than （一）产出指标 is a level 2 under it, not the 成本 level 1.
      ['产出指标', '成本指标', '人均培训补贴', '<=', '1200', '1160元', 10],
      ['满意度指标', '服务对象满意度指标', '参训学员满意度', '>=', '90', '94.2%', 20],
    ]);
  });

  it('reads numbered plan-and-result items right under a level 1, a sentence stating no value making no row', () => {
    const text = ['某某市司法局2024年度部门整体支出绩效自评报告', '（一）产出指标', '1. 法律援助案件办理：计划完成1500件，实际完成1628件，完成率108.5%，得分10分。',
      '2. 行政执法监督：全年组织开展案卷评查，执法规范化水平进一步提升。', '3. 人民调解员培训：计划培训800人次，实际培训856人次，得分10分。',
      '（二）满意度指标', '1. 群众满意度：计划不低于90%，实际为92.6%，得分10分。', '三、自评结论'].join('\n');
    expect(rowsOf(text)).toEqual([
      ['产出指标', null, '法律援助案件办理', '=', '1500', '1628件', 10],
      ['产出指标', null, '人民调解员培训', '=', '800', '856人次', 10],
      ['满意度指标', null, '群众满意度', '>=', '90', '92.6%', 10],
    ]);
  });

  it('keeps numbered prose under a level 1 out when no item is read before it', () => {
    const text = ['项目名称：技能培训', '（一）产出指标', '1. 培训工作：全年组织培训，学员反响良好。', '2. 宣传工作：开展宣传，效果明显。'].join('\n');
    expect(importText(text, 'a.txt').forms[0]?.indicators ?? []).toEqual([]);
  });
});

describe('bullets whose value follows the name with no sign', () => {
  it('splits a closing figure with its unit and a trend word off the name', () => {
    const text = ['项目名称：基本公共卫生服务', '产出指标', '  时效指标', '    • 突发公共卫生事件报告及时率100%', '    • 65岁及以上老年人健康管理人数≥1.1万人',
      '效益指标', '  社会效益指标', '    • 居民健康素养水平稳步提升', '    • 婴儿死亡率≤5‰'].join('\n');
    expect(rowsOf(text)?.map((r) => r.slice(0, 5))).toEqual([
      ['产出指标', '时效指标', '突发公共卫生事件报告及时率', '=', '100'],
      ['产出指标', '时效指标', '65岁及以上老年人健康管理人数', '>=', '1.1'],
      ['效益指标', '社会效益指标', '居民健康素养水平', 'qualitative', '稳步提升'],
      ['效益指标', '社会效益指标', '婴儿死亡率', '<=', '5'],
    ]);
  });

  it('does not split a bullet of prose', () => {
    const text = ['项目名称：基本公共卫生服务', '产出指标', '  数量指标', '    • 家庭医生签约服务人数≥3.2万人', '    • 孕产妇系统管理率≥90%',
      '    • 全面落实基本公共卫生服务，服务水平稳步提升'].join('\n');
    expect(rowsOf(text)?.map((r) => r[2])).toEqual(['家庭医生签约服务人数', '孕产妇系统管理率']);
  });
});

describe('label pairs in paragraphs opened by their levels', () => {
  it('gives the levels before each sentence\'s labels, a later level word in the paragraph a level 2', () => {
    expect(levelledLabelPairs('产出指标——数量指标：指标名称：养护里程，指标值：≥420公里；指标名称：桥梁检查，指标值：36座。成本指标：指标名称：养护成本，指标值：≤0.92万元。')).toEqual([
      ['一级指标', '产出指标'], ['二级指标', '数量指标'], ['指标名称', '养护里程'], ['指标值', '≥420公里'], ['指标名称', '桥梁检查'], ['指标值', '36座'],
      ['二级指标', '成本指标'], ['指标名称', '养护成本'], ['指标值', '≤0.92万元'],
    ]);
  });

  it.each([
    '产出指标——数量指标：完成养护420公里，桥梁检查36座。',
    '指标名称：养护里程，指标值：≥420公里。',
    '产出指标——数量指标：指标名称：养护里程，指标值：≥420公里。另外，我中心将加强养护。',
  ])('is null for other text: %s', (text) => {
    expect(levelledLabelPairs(text)).toBeNull();
  });

  it('takes the year of a covering note announcing the form', () => {
    const text = ['计财股：', '现将我中心2026年农村公路日常养护项目绩效目标报送如下，请审核。', '项目名称：农村公路日常养护',
      '产出指标——数量指标：指标名称：养护里程，指标值：≥420公里；指标名称：桥梁检查，指标值：36座。', '满意度指标——服务对象满意度指标：指标名称：群众满意度，指标值：≥90%。'].join('\n');
    const form = importText(text, 'a.txt').forms[0]!;
    expect(form.fiscal_year).toBe(2026);
    expect(form.indicators.map((r) => [r.level1, r.level2, r.name])).toEqual([['产出指标', '数量指标', '养护里程'], ['产出指标', '数量指标', '桥梁检查'], ['满意度指标', '服务对象满意度指标', '群众满意度']]);
  });
});

describe('a short table repeating some of a report\'s indicator sentences', () => {
  const report = (table: string[]) => ['项目名称：学生营养改善计划', '（一）产出指标',
    '1.数量指标：受益学生人数，年度指标值≥16000人，实际完成16420人，分值15分，得分15分。',
    '2.质量指标：食品安全抽检合格率，年度指标值100%，实际完成99.6%，分值15分，得分14分。',
    '3.时效指标：资金拨付时限，年度指标值≤15个工作日，实际完成12个工作日，分值10分，得分10分。',
    '表1 主要绩效指标完成情况表', ...table].join('\n');

  it('adds no row', () => {
    const text = report(['指标名称\t年度指标值\t实际完成值\t分值\t得分', '受益学生人数\t≥16000人\t16420人\t15\t15', '食品安全抽检合格率\t100%\t99.6%\t15\t14']);
    expect(rowsOf(text)?.map((r) => r[2])).toEqual(['受益学生人数', '食品安全抽检合格率', '资金拨付时限']);
  });

  it('keeps a table naming an indicator the sentences do not', () => {
    const text = report(['指标名称\t年度指标值\t实际完成值\t分值\t得分', '受益学生人数\t≥16000人\t16420人\t15\t15', '供餐学校数量\t58所\t58所\t10\t10']);
    expect(rowsOf(text)?.map((r) => r[2])).toEqual(['受益学生人数', '食品安全抽检合格率', '资金拨付时限', '受益学生人数', '供餐学校数量']);
  });
});

describe('a 部门预算说明\'s opening line', () => {
  it.each([
    ['某某县卫生健康局2026年部门预算说明', { org: '某某县卫生健康局', year: 2026 }],
    ['某某市司法局2024年度部门决算公开', { org: '某某市司法局', year: 2024 }],
    ['关于2026年部门预算的说明', null],
    ['2026年部门预算说明', null],
    ['某某县卫生健康局2026年部门预算绩效目标表', null],
  ])('%s', (line, want) => {
    expect(budgetDocumentHeading(line)).toEqual(want);
  });
});
