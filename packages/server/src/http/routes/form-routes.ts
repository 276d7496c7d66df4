import { createRoute, z } from '@hono/zod-openapi';
import { FINDING_CODES, FORM_KINDS, formSchema, indicatorSchema } from '@jixiao/core';
import { createForm, getForm, saveForm, saveIndicator } from '../../use-cases/forms';
import { listForms } from '../../use-cases/form-list';
import { exportForm } from '../../use-cases/public';
import { deleteForm, restoreForm } from '../../use-cases/form-deletion';
import { startSelfEvaluation } from '../../use-cases/start-self-evaluation';
import { FORM_SORT_KEYS, FORM_SORT_LABELS, SORT_ORDERS } from '../../use-cases/form-sort';
import { ctxOf, type Api } from '../app-env';
import { errorResponse, present } from '../present';
import { fiscalYear, idParam, jsonBody, jsonResponses } from './route-helpers';
import { formViewSchema } from './form-view-schema';

export const STATUSES = ['draft', 'submitted', 'department_approved', 'returned', 'approved', 'published', 'accepted'] as const;
export const EXPORT_FORMATS = ['xlsx', 'docx', 'pdf', 'json', 'csv'] as const;

/** The list's filters, shared by the list, its queue counts and its findings export (review-desk-routes.ts). */
export const FORM_LIST_QUERY = {
  org: z.string().max(50).optional(),
  kind: z.enum(FORM_KINDS).optional(),
  fiscal_year: fiscalYear.optional(),
  status: z.enum(STATUSES).optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  offset: z.coerce.number().int().min(0).optional(),
  sort: z.enum(FORM_SORT_KEYS).optional().openapi({ description: `排序字段（默认 id）：${FORM_SORT_KEYS.map((k) => `${k} ${FORM_SORT_LABELS[k]}`).join('，')}；errors 相同再按警告数、提示数排，相同值最后按 id 排` }),
  order: z.enum(SORT_ORDERS).optional().openapi({ description: 'asc 升序（默认）或 desc 降序；空值总在最后' }),
  deleted: z.enum(['only']).optional().openapi({ description: 'only：只列出已删除、可恢复的表（单位填报、财政审核、管理员）' }),
  awaiting: z.enum(['department', 'finance']).optional().openapi({ description: 'department：待主管部门审核的目标表；finance：下一步由财政审核或验收的表（无主管部门的目标表、主管部门已审的表、自评表）' }),
  years: z.enum(['open']).optional().openapi({ description: 'open：只列出未关闭年度的表（待办列表：已关闭年度的表只能查看，不再待办）' }),
  finding: z.enum(FINDING_CODES).optional().openapi({ description: '只列出审核发现中有该类问题的表（按最近一次保存时的审核结果）' }),
  severity: z.enum(['error', 'warning', 'info']).optional().openapi({ description: 'error / warning / info：只列出有该严重程度问题的表（按最近一次保存时的审核结果）' }),
};

const listRoute = createRoute({
  method: 'get',
  path: '/api/forms',
  tags: ['表单'],
  summary: '表单列表（本人可见范围）',
  request: {
    query: z.strictObject(FORM_LIST_QUERY),
  },
  responses: jsonResponses('{items:[{id, kind, org, project_name, status, version, total_score, grade, reported_total}], total}：自评表（项目支出或部门整体支出）的 total_score、grade 为系统核算总分与等级，reported_total 为表中填报的总分'),
});
const CONFIRM_FUTURE_YEAR = z.boolean().optional().openapi({ description: '确认为尚未开始的年度新建年终自评表' });
const createFormRoute = createRoute({
  method: 'post',
  path: '/api/forms',
  tags: ['表单'],
  summary: '新建空白表单；自评表的年度尚未开始（在今年之后）时须带 confirm_future_year: true，否则 400 并说明现在可以自评哪些年度',
  request: { body: jsonBody(z.strictObject({ kind: z.enum(FORM_KINDS), org: z.string().min(1).max(50), fiscal_year: fiscalYear, confirm_future_year: CONFIRM_FUTURE_YEAR })) },
  responses: jsonResponses('新建的表单', formViewSchema),
});
const getRoute = createRoute({ method: 'get', path: '/api/forms/{id}', tags: ['表单'], summary: '读取表单（含审核结果）', request: { params: idParam }, responses: jsonResponses('{id, status, version, form, findings, score}：score 为自评表（项目支出或部门整体支出）的系统核算', formViewSchema) });
const putRoute = createRoute({
  method: 'put',
  path: '/api/forms/{id}',
  tags: ['表单'],
  summary: '保存表单（须带读取时的版本号；过期返回 409）',
  request: { params: idParam, body: jsonBody(z.strictObject({ version: z.number().int().min(1), form: formSchema })) },
  responses: jsonResponses('保存后的表单与审核结果', formViewSchema),
});
const putIndicatorRoute = createRoute({
  method: 'put',
  path: '/api/forms/{id}/indicators/{ordinal}',
  tags: ['表单'],
  summary: '保存一行指标（自动保存用）',
  request: {
    params: z.strictObject({ id: idParam.shape.id, ordinal: z.coerce.number().int().min(0).max(4999).openapi({ param: { name: 'ordinal', in: 'path' } }) }),
    body: jsonBody(z.strictObject({ version: z.number().int().min(1), indicator: indicatorSchema })),
  },
  responses: jsonResponses('{id, version, ordinal, findings}'),
});
const deleteRoute = createRoute({
  method: 'delete',
  path: '/api/forms/{id}',
  tags: ['表单'],
  summary: '删除草稿或被退回的表单（软删除，可恢复；须带读取时的版本号）',
  request: { params: idParam, query: z.strictObject({ version: z.coerce.number().int().min(1) }) },
  responses: jsonResponses('{id, status, version, deleted_at}'),
});
const restoreRoute = createRoute({
  method: 'post',
  path: '/api/forms/{id}/restore',
  tags: ['表单'],
  summary: '恢复已删除的表单（回到删除前的状态）',
  request: { params: idParam, body: jsonBody(z.strictObject({})) },
  responses: jsonResponses('{id, status, version}'),
});
const startSelfEvaluationRoute = createRoute({
  method: 'post',
  path: '/api/forms/{id}/self-evaluation',
  tags: ['表单'],
  summary: '由审核通过或已公开的项目绩效目标表开始年终自评（该项目当年已有自评表时返回已有的表）；项目年度尚未开始时新建须带 confirm_future_year: true，否则 400 并说明现在可以自评哪些年度',
  request: { params: idParam, body: jsonBody(z.strictObject({ confirm_future_year: CONFIRM_FUTURE_YEAR })) },
  responses: jsonResponses('{id, existing}：自评表编号；existing 为 true 表示该项目当年的自评表已存在、未重复新建'),
});
const exportRoute = createRoute({
  method: 'get',
  path: '/api/forms/{id}/export',
  tags: ['表单'],
  summary: '导出表单（xlsx / docx / pdf / json / csv）',
  request: { params: idParam, query: z.strictObject({ format: z.enum(EXPORT_FORMATS) }) },
  responses: { 200: { description: '文件' } },
});

export function fileResponse(file: { bytes: Uint8Array; contentType: string; fileName: string }): Response {
  return new Response(file.bytes as unknown as BodyInit, {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${encodeURIComponent(file.fileName).replace(/%20/g, ' ')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    },
  });
}

export function registerFormRoutes(app: Api) {
  app.openapi(listRoute, async (c) => present(c, await listForms(ctxOf(c), c.req.valid('query'))));
  app.openapi(createFormRoute, async (c) => present(c, await createForm(ctxOf(c), c.req.valid('json')), 201));
  app.openapi(getRoute, async (c) => present(c, await getForm(ctxOf(c), c.req.valid('param').id)));
  app.openapi(putRoute, async (c) => {
    const body = c.req.valid('json');
    return present(c, await saveForm(ctxOf(c), { id: c.req.valid('param').id, version: body.version, form: body.form }));
  });
  app.openapi(putIndicatorRoute, async (c) => {
    const { id, ordinal } = c.req.valid('param');
    const body = c.req.valid('json');
    return present(c, await saveIndicator(ctxOf(c), { id, ordinal, version: body.version, indicator: body.indicator }));
  });
  app.openapi(deleteRoute, async (c) => present(c, await deleteForm(ctxOf(c), { id: c.req.valid('param').id, version: c.req.valid('query').version })));
  app.openapi(restoreRoute, async (c) => present(c, await restoreForm(ctxOf(c), { id: c.req.valid('param').id })));
  app.openapi(startSelfEvaluationRoute, async (c) => {
    const result = await startSelfEvaluation(ctxOf(c), c.req.valid('param').id, c.req.valid('json'));
    return present(c, result, result.ok && !result.value.existing ? 201 : 200);
  });
  app.openapi(exportRoute, async (c) => {
    const result = await exportForm(ctxOf(c), { id: c.req.valid('param').id, format: c.req.valid('query').format });
    return result.ok ? fileResponse(result.value) : errorResponse(result.error);
  });
}
