import type { Form } from '../forms/forms-schema';
import { formatHundredths } from '../scoring/round-score';
import { type FormContext, formPlace, push } from './review-context';
import { type Carried, carriedNumbers, carries } from './goal-carried';
import { goalQuantities } from './goal-quantities';

type Task = Extract<Form, { kind: 'department_target' }>['tasks'][number];

// A task line of 基本支出 (机构运行保障, 人员经费, 日常公用经费) keeps the unit running, which no performance row measures; a
// part (其中) or a total (小计, 合计) restates other lines.
const BASIC_TASK = /机构运行|机关运行|单位运行|运转|运行保障|人员经费|公用经费|人员支出|工资|福利|基本支出|离退休|在职人员|人员类|公用类/;
const RESTATES = /^[\s（(【[]*其\s*中|^\s*(?:小|合|总|共)\s*计/;
// Pairs any task name or row may hold without naming the work: what is done to it, how much, where. The task's subject
// (桥梁, 医务, 平台, 疏掏, 宣传…) is what a row must share.
const GENERIC = [
  '项目', '工作', '任务', '开展', '实施', '推进', '推动', '完成', '提升', '提高', '加强', '强化', '做好', '落实', '建设', '管理',
  '服务', '保障', '运行', '维护', '专项', '经费', '资金', '年度', '全年', '全区', '全市', '全县', '全镇', '相关', '其他', '综合',
  '日常', '重点', '能力', '水平', '质量', '体系', '机制', '发展', '事业', '业务', '支出', '补助', '工程', '院内', '区内', '辖区',
  '城乡', '农村', '城市', '城区', '设施', '设备', '区级', '市级', '县级', '村级', '镇村', '有关', '各项', '一般', '常规', '中心', '单位', '部门', '机关', '主要',
];
const GENERIC_WORDS = new RegExp(GENERIC.join('|'), 'g');
const HAN = /[\u4e00-\u9fa5]/;

/** The pairs of adjacent Chinese characters of a text (a crude word list: 医务室 → 医务, 务室). */
function pairs(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) if (HAN.test(text[i]!) && HAN.test(text[i + 1]!)) out.push(text.slice(i, i + 2));
  return out;
}

/**
 * goal_vs_indicators on 年度主要任务 (rules.md §2): a department's task with money that no indicator touches — neither a row's
 * name nor its 指标值说明 shares a word of the task's name — is work paid for and never measured (a new 平台运维 task beside
 * road and bridge rows; every row on one task while the others have none). A task named only in generic words or in the
 * unit's own name (区市政设施管理中心: 市政, 设施) cannot be judged and is left alone, as are 基本支出 lines, parts and totals.
 */
export function checkTaskRows(ctx: FormContext): void {
  const f = ctx.form;
  if (f.kind !== 'department_target' || f.tasks.length === 0 || f.indicators.length === 0) return;
  const own = new Set(pairs(`${f.org ?? ''}${f.department ?? ''}`));
  // A word of the unit's own name that several tasks or rows use (市政 of 区市政设施管理中心 in 市政道路维修养护 and 智慧市政平台运维)
  // names the unit's whole field, not one task; used by one task and a row or two (机要 of 保密机要局) it still names that work.
  const domainWord = (w: string) => f.tasks.filter((t) => t.name.includes(w)).length >= 2 || f.indicators.filter((ind) => ind.name.includes(w)).length >= 3;
  let rowText: string | null = null;
  let carried: Carried | null = null;
  const unmeasured: Array<{ task: Task; at: number }> = [];
  f.tasks.forEach((task, at) => {
    if (task.budget_wan == null || task.budget_wan <= 0 || RESTATES.test(task.name) || BASIC_TASK.test(task.name)) return;
    // Generic words cut the name (院内医务室运行 → 医务室), so no pair spans one.
    const words = pairs(task.name.replace(GENERIC_WORDS, '|')).filter((w) => !own.has(w) || !domainWord(w));
    if (words.length === 0) return;
    rowText ??= f.indicators.map((ind) => `${ind.name}|${ind.description ?? ''}`).join('|');
    const text = rowText;
    if (words.some((w) => text.includes(w))) return;
    // 国土绿化 「人工造林1.2万亩」 beside a row of 12000亩: a figure of the task's content that a row carries measures it.
    carried ??= carriedNumbers(f.indicators);
    const known = carried;
    if (task.content && goalQuantities(task.content).some((q) => carries(known, q, f.indicators))) return;
    unmeasured.push({ task, at });
  });
  if (unmeasured.length === 0) return;
  const shown = unmeasured.slice(0, 5).map(({ task }) => `「${task.name.trim()}」（${formatHundredths(task.budget_wan!)}万元）`).join('、');
  push(ctx, 'goal_vs_indicators', null, `tasks[${unmeasured[0]!.at}].name`, `${formPlace(ctx)}的年度主要任务${shown}${unmeasured.length > 5 ? `等 ${unmeasured.length} 项` : ''}安排了预算，但没有任何绩效指标衡量；请为每项主要任务设置相应的产出或效益指标，或核对任务与指标的对应关系。`);
}
