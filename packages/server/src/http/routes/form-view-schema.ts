import { z } from '@hono/zod-openapi';
import { FORM_KINDS, formSchema } from '@jixiao/core';

/**
 * What GET/PUT /api/forms/{id} and POST /api/forms/{id}/score answer, for the OpenAPI document: the shapes the
 * use cases return (FormView, core's SheetScore), described rather than validated on the way out.
 */
const derivationSchema = z.object({
  inputs: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).openapi({ description: '参与计算的数值（完成值、指标值、权重等）' }),
  rule: z.string().openapi({ description: '所用规则（中文）' }),
  arithmetic: z.string().openapi({ description: '代入数值的计算过程' }),
}).openapi('Derivation');

const scoreIssueSchema = z.object({
  row: z.number().int().nullable().openapi({ description: '指标行（从 0 起）；预算执行行或整表为 null' }),
  code: z.string(),
  message: z.string(),
});

const indicatorScoreSchema = z.object({
  row: z.number().int(),
  name: z.string(),
  weight: z.number().nullable(),
  score: z.number().nullable().openapi({ description: '系统核算得分；无法计算的行为 null' }),
  status: z.enum(['computed', 'manual', 'qualitative']).openapi({ description: 'computed 按规则计算；manual 人工或采用填报得分（已标出）；qualitative 定性档次' }),
  derivation: derivationSchema,
  issues: z.array(scoreIssueSchema),
});

export const sheetScoreSchema = z.object({
  budget: z.object({ score: z.number().nullable(), status: z.enum(['computed', 'manual']), derivation: derivationSchema }).nullable()
    .openapi({ description: '预算执行得分；部门整体支出绩效自评表的预算执行率是其中一行指标时为 null' }),
  indicators: z.array(indicatorScoreSchema),
  total: z.number().openapi({ description: '系统核算总分' }),
  reportedTotal: z.number().nullable().openapi({ description: '表中填报的自评总分' }),
  grade: z.enum(['优', '良', '中', '差']).openapi({ description: '按核算总分评定的等级' }),
  mismatch: z.boolean().openapi({ description: '填报总分与核算总分相差超过 0.005' }),
  issues: z.array(scoreIssueSchema),
}).openapi('SelfEvaluationScore');

export const formViewSchema = z.object({
  id: z.number().int(),
  kind: z.enum(FORM_KINDS),
  org: z.string(),
  org_name: z.string(),
  fiscal_year: z.number().int(),
  status: z.string(),
  version: z.number().int(),
  form: formSchema,
  findings: z.array(z.object({ code: z.string(), severity: z.enum(['error', 'warning', 'info']), form: z.number().nullable(), row: z.number().nullable(), field: z.string().nullable(), message: z.string() })),
  score: sheetScoreSchema.nullable().openapi({ description: '项目支出或部门整体支出绩效自评表的系统核算（总分、等级、各行得分与计算过程、填报总分、是否不一致）；目标表为 null' }),
  review_options: z.object({ framework_from_layout: z.boolean(), project_target_at_policy_total: z.boolean(), publishing: z.boolean() }),
  review_data: z.object({
    history: z.array(z.object({ name: z.string(), unit: z.string().nullable(), fiscal_year: z.number().int().nullable().optional(), actual: z.union([z.string(), z.number()]).nullable() })),
    peers: z.array(z.object({ name: z.string(), unit: z.string().nullable(), org: z.string().nullable().optional(), comparator: z.string().nullable().optional(), target: z.union([z.string(), z.number()]).nullable() })),
  }).nullable().openapi({ description: '服务器历史对比（上年实际完成值）与同类指标对比（本地区其他单位目标值，不含单位名称）所用的数据，供编辑页实时审核得出与保存时相同的提醒；表单所属单位树以外的读者为 null' }),
  year_closed: z.boolean().openapi({ description: '表所属年度已关闭（年度与政策）：只能查看和导出，写操作 409 year_closed' }),
  period_notice: z.string().nullable().openapi({ description: '自评表的年度尚未到来时的提醒（「该期间尚未到来…」），不阻止保存或提交；否则为 null' }),
  policy: z.record(z.string(), z.unknown()).openapi({ description: '上述审核与计分所用的政策参数：单位所在区划该年度的（未设置时为默认值），与 GET /api/policies/{region}/{year} 的 policy 相同；已公开的表为公开时的政策参数' }),
  region_policy_score: z.object({ total: z.number(), grade: z.string() }).nullable().openapi({ description: '已公开的自评表按公开时的政策计分（按旧政策计算）；区划现行政策下的系统核算总分与等级不同时为该总分与等级（撤回公开后按此重算），否则为 null' }),
  unit_weight_rows: z.array(z.number().int()).openapi({ description: '从已批复目标开始的年终自评中，目标未设分值、由单位填写分值的指标行序号（从 0 起）；其余分值由目标确定，不能修改。其他表为空数组' }),
}).openapi('FormView');
