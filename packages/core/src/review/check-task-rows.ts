import type { Form } from '../forms/forms-schema';
import { formatHundredths } from '../scoring/round-score';
import { type FormContext, formPlace, push } from './review-context';
import { type Carried, carriedNumbers, carries } from './goal-carried';
import { goalQuantities } from './goal-quantities';
import { classifyName } from './classify-name';

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
  // Each budgeted work task's words; generic words cut the name (院内医务室运行 → 医务室), so no pair spans one.
  const judged = f.tasks.flatMap((task, at) => {
    if (task.budget_wan == null || task.budget_wan <= 0 || RESTATES.test(task.name) || BASIC_TASK.test(task.name)) return [];
    const words = pairs(task.name.replace(GENERIC_WORDS, '|')).filter((w) => !own.has(w) || !domainWord(w));
    return words.length === 0 ? [] : [{ task, at, words }];
  });
  if (judged.length === 0) return;
  const text = f.indicators.map((ind) => `${ind.name}|${ind.description ?? ''}`).join('|');
  let carried: Carried | null = null;
  const unmeasured: Array<{ task: Task; at: number }> = [];
  for (const { task, at, words } of judged) {
    // A family names one work in several words (乡村振兴衔接资金 measured by 脱贫户产业奖补户数). The content is not read for
    // words: its everyday verbs and side remarks (开展…检查, 对接防汛指挥系统) would touch rows of other work.
    if (words.some((w) => text.includes(w)) || sharesFamily(task.name, text)) continue;
    // 国土绿化 「人工造林1.2万亩」 beside a row of 12000亩: a figure of the task's content that a row carries measures it.
    carried ??= carriedNumbers(f.indicators);
    const known = carried;
    if (task.content && goalQuantities(task.content).some((q) => carries(known, q, f.indicators))) continue;
    unmeasured.push({ task, at });
  }
  if (unmeasured.length === 0) return;
  if (!rowsFollowTasks(f, new Set(judged.flatMap((j) => j.words)))) return;
  const shown = unmeasured.slice(0, 5).map(({ task }) => `「${task.name.trim()}」（${formatHundredths(task.budget_wan!)}万元）`).join('、');
  push(ctx, 'goal_vs_indicators', null, `tasks[${unmeasured[0]!.at}].name`, `${formPlace(ctx)}的年度主要任务${shown}${unmeasured.length > 5 ? `等 ${unmeasured.length} 项` : ''}安排了预算，但没有任何绩效指标衡量；请为每项主要任务设置相应的产出或效益指标，或核对任务与指标的对应关系。`);
}

// Below this share of working rows sharing a word with some task, the rows name the work in their own words (大气污染防治 by
// 空气质量优良天数比例) and a task none touches says nothing: on the corpus's 部门整体 forms the rule then flagged measured
// tasks three times in four. Counting 产出 rows at 0.6 it flagged 4 tasks there, each unmeasured, and set 60F is unchanged.
const ROWS_FOLLOW_SHARE = 0.6;
const OUTPUT_LEVEL = /产出/;
const OUTPUT_KIND = /数量|质量|时效/;

/** Whether most rows that measure work share a word with some task, so the rows speak the tasks' words. */
function rowsFollowTasks(f: Extract<Form, { kind: 'department_target' }>, taskWords: ReadonlySet<string>): boolean {
  let rows = 0;
  let followed = 0;
  // 产出 rows count the work done; 效益, 成本 and 满意度 rows speak of results and money in words of their own.
  const output = f.indicators.filter((ind) => OUTPUT_LEVEL.test(ind.level1 ?? '') || (!ind.level1 && OUTPUT_KIND.test(ind.level2 ?? '')));
  for (const ind of output.length > 0 ? output : f.indicators) {
    if (classifyName(ind.name).satisfaction) continue;
    const words = pairs(ind.name.replace(GENERIC_WORDS, '|'));
    if (words.length === 0) continue;
    rows++;
    if (words.some((w) => taskWords.has(w))) followed++;
  }
  return rows > 0 && followed >= rows * ROWS_FOLLOW_SHARE;
}

// Work a task names in one word and rows measure in another (大气污染防治 by 空气质量优良天数; 知识产权保护 by 发明专利拥有量).
const FAMILIES: readonly RegExp[] = [
  /大气|空气|扬尘|臭氧|颗粒物|PM2\.?5|PM10|重污染天|废气|烟尘|挥发性有机物|秸秆禁烧/,
  /水环境|水污染|水生态|水质|断面|水体|黑臭|排污口|污水/,
  /饮水|供水|自来水|水厂/,
  /人居环境|厕所|户厕|改厕|生活垃圾|村容|污水治理/,
  /妇幼|孕产妇|孕前|产前|新生儿|婴儿|儿童保健|两癌/,
  /疾病预防|疾控|传染病|疫苗|接种|免疫|疫情/,
  /公共卫生|公卫|健康管理|健康档案|慢病|高血压|糖尿病|家庭医生/,
  /知识产权|专利|商标|地理标志/,
  /旅游|游客|景区|文旅/,
  /电子商务|电商|网络零售|快递/,
  /殡葬|公墓|火化|骨灰|遗体/,
  /养老|老年|高龄|敬老院/,
  /救助|低保|特困|困难群众|临时救助/,
  /耕地|农田|基本农田/,
  /地质灾害|隐患点|滑坡|泥石流/,
  /山洪|防汛|洪涝/,
  /河湖长|河长|湖长|四乱/,
  /执法|稽查|查处|违法/,
  /乡村振兴|衔接资金|脱贫|防返贫|返贫|帮扶/,
];

function sharesFamily(taskName: string, rowText: string): boolean {
  return FAMILIES.some((family) => family.test(taskName) && family.test(rowText));
}
