import { createRoute, z } from '@hono/zod-openapi';
import { COMPARATORS, evaluationTemplateSchema, expectedCompletionSchema, notMeasuredSchema } from '@jixiao/core';
import { createEvaluation, createTemplate, getEvaluation, listEvaluations, listTemplates, scoreEvaluation } from '../../use-cases/evaluations';
import { evaluationReport } from '../../use-cases/evaluation-report';
import { archiveTemplate, updateTemplate } from '../../use-cases/template-upkeep';
import { setEvaluationPublished } from '../../use-cases/evaluation-publishing';
import { scoreForm } from '../../use-cases/forms';
import { sheetScoreSchema } from './form-view-schema';
import { promoteIndicator, searchLibrary } from '../../use-cases/library';
import { deleteLibraryEntry, updateLibraryEntry } from '../../use-cases/library-upkeep';
import { createMonitoring, getMonitoring, listMonitoring, saveMonitoring, transitionMonitoring } from '../../use-cases/monitoring';
import { exportMonitoring } from '../../use-cases/monitoring-export';
import { MONITORING_EXPORT_FORMATS } from '@jixiao/documents';
import { LIST_STATUSES, MONITORING_SORT_KEYS, MONITORING_SORT_LABELS, keyMonitoringList, listMonitoringTables } from '../../use-cases/monitoring-lists';
import { SORT_ORDERS } from '../../use-cases/form-sort';
import { createFiscalYear, setFiscalYearOpen, getPolicy, listFiscalYears, previewPolicy, setPolicy } from '../../use-cases/settings';
import { ctxOf, type Api } from '../app-env';
import { errorResponse, present } from '../present';
import { describeZodError } from '../zod-messages';
import { fileResponse } from './form-routes';
import { fiscalYear, idParam, jsonBody, jsonResponses } from './route-helpers';

const note = z.string().max(5000).nullable().optional();
const monitoringBody = z.strictObject({
  month: z.number().int().min(1).max(12),
  budget_wan: z.number().finite().min(0).nullable().optional(),
  executed_wan: z.number().finite().min(0).nullable(),
  execution_rate: z.number().finite().min(0).max(100000).nullable().optional().openapi({ description: '单位填写的预算执行率（%），审核按 执行数÷预算数 核对；保存时不传则保留原值，传 null 清除' }),
  deviation_reason: note,
  measures: note,
  expected_completion: note,
  // Range and order are checked by the use case (ownMonthsIssue), which says in words what to write.
  start_month: z.number().nullable().optional().openapi({ description: '项目本年度实施期的起始月（1–12）；全年实施或自1月起可不填；保存时不传则保留原值，传 null 清除' }),
  end_month: z.number().nullable().optional().openapi({ description: '项目本年度实施期的结束月（1–12，不早于起始月）；至12月可不填；跨年项目填本年度内部分' }),
  indicators: z
    .array(
      z.strictObject({
        row: z.number().int().min(0),
        progress_value: z.string().max(2000).nullable().optional(),
        expected_completion: expectedCompletionSchema.nullable().optional().openapi({ description: '是否能完成：达成（能）、部分达成（不确定）、未达成（不能）；定性指标即全年预计完成情况。审核按本行全年预计完成值核对' }),
        deviation_reason: note,
        measures: note,
        not_measured: notMeasuredSchema.nullable().optional().openapi({ description: '尚未测量的原因：年底测评或未到测量期；此时完成值可空，该行不亮灯' }),
        forecast: z.string().max(2000).nullable().optional().openapi({ description: '全年预计完成值（每行均可填写；尚未测量的行以此为预计）' }),
      }),
    )
    .max(5000)
    .default([]),
});
const scoreMap = z.record(z.string().max(100), z.number().finite().min(0).max(1000));

export function registerExtraRoutes(app: Api) {
  // 运行监控 (双监控)
  app.openapi(
    createRoute({ method: 'get', path: '/api/forms/{id}/monitoring', tags: ['运行监控'], summary: '项目的监控表（含红黄绿灯）', request: { params: idParam }, responses: jsonResponses('{items}') }),
    async (c) => present(c, await listMonitoring(ctxOf(c), c.req.valid('param').id)),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/forms/{id}/monitoring',
      tags: ['运行监控'],
      summary: '新建一期监控表（1 至 month 月）；期间尚未开始（项目年度在今年之后）时须带 confirm_future_period: true，否则 400 并说明现在可填报哪些期间',
      request: { params: idParam, body: jsonBody(monitoringBody.extend({ confirm_future_period: z.boolean().optional().openapi({ description: '确认为尚未开始的期间预填监控表' }) })) },
      responses: jsonResponses('监控表与灯'),
    }),
    async (c) => present(c, await createMonitoring(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/monitoring',
      tags: ['运行监控'],
      summary: '监控表清单（待验收、已退回、已验收；审核人员看本辖区，单位填报人员看本单位，并可查看本单位的草稿）',
      request: {
        query: z.strictObject({
          status: z.enum(LIST_STATUSES).optional().openapi({ description: 'submitted 待验收，returned 已退回，accepted 已验收；不填为三者全部（草稿不列出）；draft 本单位已保存未提交的草稿（仅单位填报人员，默认最近保存的在前；审核人员 403）' }),
          fiscal_year: fiscalYear.optional(),
          month: z.coerce.number().int().min(1).max(12).optional().openapi({ description: '监控期间 1 至 month 月' }),
          q: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(200).optional(),
          offset: z.coerce.number().int().min(0).optional(),
          sort: z.enum(MONITORING_SORT_KEYS).optional().openapi({ description: `排序字段（默认 submitted_at，等待最久的在前）：${MONITORING_SORT_KEYS.map((k) => `${k} ${MONITORING_SORT_LABELS[k]}`).join('，')}；相同值按 id 排` }),
          order: z.enum(SORT_ORDERS).optional().openapi({ description: 'asc 升序（默认）或 desc 降序；空值总在最后' }),
        }),
      },
      responses: jsonResponses('{items:[{id, form_id, version, project_name, org_name, month, status, budget_progress, budget_light, project_light, decision, note, submitted_at}], total, counts:{submitted, returned, accepted, draft?}, years:[{fiscal_year, counts:{submitted, returned, accepted, draft?}}]}；draft 只对单位填报人员给出；version 是验收、退回须带的版本号，note 是审核人员的意见（退回意见），years 是各年度的张数（页面据此默认打开有待办的年度）'),
    }),
    async (c) => present(c, await listMonitoringTables(ctxOf(c), c.req.valid('query'))),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/monitoring/key', tags: ['运行监控'], summary: '重点监控清单（灯与执行进度按区划当年政策计算）', request: { query: z.strictObject({ fiscal_year: fiscalYear.optional() }) }, responses: jsonResponses('{items:[{id, form_id, version, project_name, org_name, month, status, budget_wan, executed_wan, budget_progress, budget_light, project_light, reasons, decision}]}；reasons 为列入重点监控的原因（红灯指标逐项列名、预算执行）；version 是验收（记录拨款决定）须带的版本号') }),
    async (c) => present(c, await keyMonitoringList(ctxOf(c), c.req.valid('query'))),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/monitoring/{id}', tags: ['运行监控'], summary: '一张监控表', request: { params: idParam }, responses: jsonResponses('监控表与灯；findings 为按 rules.md §2、§4 自动审核的结果（{code,severity,form,row,field,message}，row 为指标行序号，null 为预算部分），有错误时不能提交') }),
    async (c) => present(c, await getMonitoring(ctxOf(c), c.req.valid('param').id)),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/monitoring/{id}/export',
      tags: ['运行监控'],
      summary: '导出一张监控表（xlsx / docx / pdf：单位、项目、期间、状态，预算执行与亮灯，指标完成情况与亮灯说明，亮灯含义）；可查看该表的用户均可导出',
      request: { params: idParam, query: z.strictObject({ format: z.enum(MONITORING_EXPORT_FORMATS) }) },
      responses: { 200: { description: '文件' } },
    }),
    async (c) => {
      const file = await exportMonitoring(ctxOf(c), { id: c.req.valid('param').id, format: c.req.valid('query').format });
      return file.ok ? fileResponse(file.value) : errorResponse(file.error);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/monitoring/{id}',
      tags: ['运行监控'],
      summary: '修改监控表（须带版本号）',
      request: { params: idParam, body: jsonBody(monitoringBody.extend({ version: z.number().int().min(1) })) },
      responses: jsonResponses('监控表与灯'),
    }),
    async (c) => present(c, await saveMonitoring(ctxOf(c), c.req.valid('param').id, c.req.valid('json'))),
  );
  for (const action of ['submit', 'accept', 'return'] as const) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `/api/monitoring/{id}/${action}`,
        tags: ['运行监控'],
        summary: { submit: '提交监控表', accept: '验收监控表（可记录拨款决定；对已验收的表再次提交 decision 即记录或更改拨款决定）', return: '退回监控表' }[action],
        request: {
          params: idParam,
          body: jsonBody(z.strictObject({ version: z.number().int().min(1), comment: z.string().trim().min(1).max(5000).optional(), decision: z.enum(['暂缓拨款', '停止拨款', '继续拨款']).optional() })),
        },
        responses: jsonResponses(action === 'submit' ? '监控表；自动审核仍有错误时返回 422 review_errors，details.findings 列出全部审核结果' : '监控表'),
      }),
      async (c) => present(c, await transitionMonitoring(ctxOf(c), c.req.valid('param').id, action, c.req.valid('json'))),
    );
  }

  // 绩效自评
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/forms/{id}/score',
      tags: ['绩效自评'],
      summary: '按规则计算自评得分（项目支出或部门整体支出绩效自评表；可给定性指标的达成档次）',
      request: { params: idParam, body: jsonBody(z.strictObject({ choices: z.record(z.string().regex(/^\d+$/), z.enum(['达成', '部分达成', '未达成'])).optional() })) },
      responses: jsonResponses('得分、等级与计算过程', sheetScoreSchema),
    }),
    async (c) => present(c, await scoreForm(ctxOf(c), { id: c.req.valid('param').id, ...c.req.valid('json') })),
  );

  // 部门整体评价
  app.openapi(
    createRoute({ method: 'get', path: '/api/evaluation-templates', tags: ['评价'], summary: '评价模板', responses: jsonResponses('{items}') }),
    async (c) => present(c, await listTemplates(ctxOf(c))),
  );
  app.openapi(
    // The template schema is recursive, which the OpenAPI generator cannot walk: it is checked here instead.
    createRoute({ method: 'post', path: '/api/evaluation-templates', tags: ['评价'], summary: '新建评价模板（财政）', request: { body: jsonBody(z.strictObject({ template: z.record(z.string(), z.unknown()) })) }, responses: jsonResponses('新模板') }),
    async (c) => {
      const parsed = evaluationTemplateSchema.safeParse(c.req.valid('json').template);
      if (!parsed.success) return errorResponse({ code: 'validation_failed', message: describeZodError(parsed.error) });
      return present(c, await createTemplate(ctxOf(c), { template: parsed.data }), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/evaluation-templates/{id}',
      tags: ['评价'],
      summary: '修改评价模板（财政，须带版本号）。内置或已归档的模板 409 template_locked；已有评价在用的模板 409 template_in_use（请复制为新模板）',
      request: { params: idParam, body: jsonBody(z.strictObject({ version: z.number().int().positive(), template: z.record(z.string(), z.unknown()) })) },
      responses: jsonResponses('修改后的模板'),
    }),
    async (c) => {
      const body = c.req.valid('json');
      const parsed = evaluationTemplateSchema.safeParse(body.template);
      if (!parsed.success) return errorResponse({ code: 'validation_failed', message: describeZodError(parsed.error) });
      return present(c, await updateTemplate(ctxOf(c), { id: c.req.valid('param').id, version: body.version, template: parsed.data }));
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/evaluation-templates/{id}/archive',
      tags: ['评价'],
      summary: '归档评价模板或恢复（财政，须带版本号）；已归档的模板仍按原样为已有评价计分，但不能用于新评价',
      request: { params: idParam, body: jsonBody(z.strictObject({ version: z.number().int().positive(), archived: z.boolean() })) },
      responses: jsonResponses('归档后的模板'),
    }),
    async (c) => present(c, await archiveTemplate(ctxOf(c), { id: c.req.valid('param').id, ...c.req.valid('json') })),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/evaluations', tags: ['评价'], summary: '评价列表（评价人员只见分配给自己的）', responses: jsonResponses('{items}') }),
    async (c) => present(c, await listEvaluations(ctxOf(c))),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/evaluations',
      tags: ['评价'],
      summary: '新建评价（财政），可指定第三方评价人员',
      request: { body: jsonBody(z.strictObject({ template: z.number().int().positive(), org: z.string().min(1).max(50), fiscal_year: fiscalYear, evaluator: z.string().max(50).nullable().optional() })) },
      responses: jsonResponses('评价'),
    }),
    async (c) => present(c, await createEvaluation(ctxOf(c), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/evaluations/{id}', tags: ['评价'], summary: '一项评价（含按公式计算的得分）', request: { params: idParam }, responses: jsonResponses('评价') }),
    async (c) => present(c, await getEvaluation(ctxOf(c), c.req.valid('param').id)),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/evaluations/{id}/report', tags: ['评价'], summary: '部门预算绩效评价报告（.docx，数据全部来自已存记录）', request: { params: idParam }, responses: { 200: { description: '.docx 文件' } } }),
    async (c) => {
      const report = await evaluationReport(ctxOf(c), c.req.valid('param').id);
      return report.ok ? fileResponse(report.value) : errorResponse(report.error);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/evaluations/{id}',
      tags: ['评价'],
      summary: '录入评价数据与打分（须带版本号）',
      request: {
        params: idParam,
        body: jsonBody(
          z.strictObject({
            version: z.number().int().min(1),
            // As the clerk typed them (「95%」, 「1,200万元」): the core reads the text, and the wording is kept for the next reader.
            inputs: z.record(z.string().max(100), z.union([z.number().finite(), z.string().max(100)]).nullable()).default({}),
            scores: scoreMap.default({}),
            deductions: scoreMap.default({}),
            status: z.enum(['draft', 'submitted']).optional(),
          }),
        ),
      },
      responses: jsonResponses('评价'),
    }),
    async (c) => present(c, await scoreEvaluation(ctxOf(c), c.req.valid('param').id, c.req.valid('json'))),
  );
  const publishLabels = { publish: '公开评价报告（财政；须全部打分，须带版本号）', unpublish: '撤回公开评价报告（财政；须带版本号）' } as const;
  for (const action of ['publish', 'unpublish'] as const) {
    app.openapi(
      createRoute({ method: 'post', path: `/api/evaluations/{id}/${action}`, tags: ['评价'], summary: publishLabels[action], request: { params: idParam, body: jsonBody(z.strictObject({ version: z.number().int().min(1) })) }, responses: jsonResponses('评价') }),
      async (c) => present(c, await setEvaluationPublished(ctxOf(c), action, { id: c.req.valid('param').id, ...c.req.valid('json') })),
    );
  }

  // 指标库
  // An edit of a 指标库 entry: blank text clears a field (null); the name cannot be cleared.
  const libraryText = (max: number) => z.string().trim().max(max).nullable().optional().transform((v) => (v === '' ? null : v));
  const isoDay = z.iso.date().openapi({ description: 'YYYY-MM-DD' }).nullable().optional();
  const libraryEntryBody = z
    .strictObject({
      name: z.string().trim().min(1).max(2000).optional(),
      level1: libraryText(100),
      level2: libraryText(100),
      unit: libraryText(200),
      comparator: z.enum(COMPARATORS).nullable().optional(),
      typical_target: libraryText(2000),
      explanation: libraryText(5000),
      basis_kind: libraryText(200),
      keywords: libraryText(500),
      scope: z.enum(['common', 'specific']).optional(),
      spending_class: libraryText(200),
      valid_from: isoDay,
      valid_to: isoDay,
      version: z.number().int().min(1).optional().openapi({ description: '打开编辑时条目的版本号（version）；条目已被他人改过时拒绝保存（409 stale_version），而不是覆盖' }),
    })
    .refine((b) => !(b.valid_from && b.valid_to && b.valid_to < b.valid_from), { error: '停用日期（valid_to）不能早于启用日期（valid_from）', path: ['valid_to'] });
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/library',
      tags: ['指标库'],
      summary: '检索指标库（名称、分类、关键词）：各区划共用的指标（shared）和本区划的指标；本区划修改过的共用指标只列出修改版',
      request: {
        query: z.strictObject({
          q: z.string().max(200).optional(),
          level1: z.string().max(100).optional(),
          level2: z.string().max(100).optional(),
          keyword: z.string().max(100).optional(),
          limit: z.coerce.number().int().min(1).max(500).optional(),
          include_retired: z.enum(['true', 'false']).transform((v) => v === 'true').optional().openapi({ description: 'true 时也列出不在有效期内（已停用或尚未启用）的指标，供财政维护指标库' }),
        }),
      },
      responses: jsonResponses('{items}'),
    }),
    async (c) => present(c, await searchLibrary(ctxOf(c), c.req.valid('query'))),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/forms/{id}/indicators/{ordinal}/promote',
      tags: ['指标库'],
      summary: '纳入指标库（财政，审核通过的表单）',
      request: {
        params: z.strictObject({ id: idParam.shape.id, ordinal: z.coerce.number().int().min(0).max(4999).openapi({ param: { name: 'ordinal', in: 'path' } }) }),
        body: jsonBody(z.strictObject({ keywords: z.string().max(500).optional(), explanation: z.string().max(5000).optional() })),
      },
      responses: jsonResponses('新指标'),
    }),
    async (c) => present(c, await promoteIndicator(ctxOf(c), { ...c.req.valid('param'), ...c.req.valid('json') }), 201),
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/library/{id}',
      tags: ['指标库'],
      summary: '修改指标库中的指标（财政）；只改所给字段，同名同单位的另一条指标已存在时拒绝；修改各区划共用的指标时，保存为本区划的修改版，只对本区划生效',
      request: { params: idParam, body: jsonBody(libraryEntryBody) },
      responses: jsonResponses('修改后的指标'),
    }),
    async (c) => present(c, await updateLibraryEntry(ctxOf(c), c.req.valid('param').id, c.req.valid('json'))),
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/library/{id}',
      tags: ['指标库'],
      summary: '从指标库删除本区划的指标（财政）；已使用该指标的表单保留各自的指标行。各区划共用的指标不能删除，可改填 valid_to 停用（只对本区划生效）',
      request: { params: idParam },
      responses: jsonResponses('{id, name}'),
    }),
    async (c) => present(c, await deleteLibraryEntry(ctxOf(c), c.req.valid('param').id)),
  );

  // 年度与政策
  app.openapi(
    createRoute({ method: 'get', path: '/api/fiscal-years', tags: ['设置'], summary: '预算年度', responses: jsonResponses('{items}') }),
    async (c) => present(c, await listFiscalYears(ctxOf(c))),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/fiscal-years',
      tags: ['设置'],
      summary: '新增预算年度（管理员），可只对一个区划。状态与该年度（或区划）现在的状态不同时即关闭或重新开放，须填 reason（记入审计日志）；关闭时仍有未办结的表须 confirm_open_forms，否则 409 unfinished_forms',
      request: { body: jsonBody(z.strictObject({ year: fiscalYear, region: z.string().trim().min(1).max(50).nullable().optional(), status: z.enum(['open', 'closed']).default('open'), reason: z.string().max(1000).optional(), confirm_open_forms: z.boolean().optional() })) },
      responses: jsonResponses('新年度'),
    }),
    async (c) => present(c, await createFiscalYear(ctxOf(c), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/fiscal-years/{year}',
      tags: ['设置'],
      summary: '关闭或重新开放预算年度（管理员，须填原因；可只对一个区划）。已关闭年度的表只能查看和导出，写操作 409 year_closed；关闭时仍有未办结的表须 confirm_open_forms，否则 409 unfinished_forms 并列出各状态张数',
      request: {
        params: z.strictObject({ year: fiscalYear.openapi({ param: { name: 'year', in: 'path' } }) }),
        body: jsonBody(z.strictObject({ open: z.boolean(), reason: z.string().max(1000), region_id: z.number().int().min(1).nullable().optional(), confirm_open_forms: z.boolean().optional() })),
      },
      responses: jsonResponses('{year, region, region_id, open, reason, open_forms}'),
    }),
    async (c) => present(c, await setFiscalYearOpen(ctxOf(c), { year: c.req.valid('param').year, ...c.req.valid('json') })),
  );
  const policyParams = z.strictObject({
    region: z.string().min(1).max(50).openapi({ param: { name: 'region', in: 'path' } }),
    year: fiscalYear.openapi({ param: { name: 'year', in: 'path' } }),
  });
  const policyBody = z.strictObject({ policy: z.record(z.string(), z.unknown()) });
  const POLICY_EFFECTS = '{region, fiscal_year, policy?, rescore:{sheets, changed, grade_changed, grade_moves:[{from, to, count}]}, recount:{forms, changed}, evaluations:{sheets, changed, grade_changed, grade_moves, changes:[{id, from, to}]}, kept_published:{sheets:[id], evaluations:[id]}}';
  app.openapi(
    createRoute({ method: 'get', path: '/api/policies/{region}/{year}', tags: ['设置'], summary: '区划年度政策参数', request: { params: policyParams }, responses: jsonResponses('政策') }),
    async (c) => present(c, await getPolicy(ctxOf(c), c.req.valid('param'))),
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/policies/{region}/{year}',
      tags: ['设置'],
      summary: '设置区划年度政策参数（管理员）。同一事务中按新参数重新核算该区划该年度已存的自评表（项目支出、部门整体）的系统核算总分与等级、部门评价的等级，重新统计该区划该年度所有表单的审核发现（错误、警告数），并记入审计日志（逐项记录原等级→新等级）。已公开的自评表与部门评价不重算，保持公开时的结果（页面标注「按旧政策计算」），撤回公开后按新政策重算',
      request: { params: policyParams, body: jsonBody(policyBody) },
      responses: jsonResponses(POLICY_EFFECTS),
    }),
    async (c) => present(c, await setPolicy(ctxOf(c), { ...c.req.valid('param'), policy: c.req.valid('json').policy })),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/policies/{region}/{year}/preview',
      tags: ['设置'],
      summary: '预览保存政策参数的影响（管理员，不写入）：该区划该年度将重新核算的自评表张数、总分或等级变化的张数及等级变化，将重新评定等级的部门评价，审核发现数将变化的表单数，以及按新政策等级会变、但因已公开而保持原结果的自评表与部门评价',
      request: { params: policyParams, body: jsonBody(policyBody) },
      responses: jsonResponses(POLICY_EFFECTS),
    }),
    async (c) => present(c, await previewPolicy(ctxOf(c), { ...c.req.valid('param'), policy: c.req.valid('json').policy })),
  );
}
