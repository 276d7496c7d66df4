import { createRoute, z } from '@hono/zod-openapi';
import { FORM_KINDS } from '@jixiao/core';
import { dashboard, verifyAudit } from '../../use-cases/dashboard';
import { listAuditEvents } from '../../use-cases/audit-events';
import { listPublicEvaluations, publicEvaluationReport } from '../../use-cases/evaluation-publishing';
import { exportPublicForm, getPublicForm, listPublicForms, listPublicRegions, PUBLIC_SORT_KEYS } from '../../use-cases/public';
import { FORM_SORT_LABELS, SORT_ORDERS } from '../../use-cases/form-sort';
import { ctxOf, type Api } from '../app-env';
import { errorResponse, present } from '../present';
import { EXPORT_FORMATS, fileResponse } from './form-routes';
import { fiscalYear, idParam, jsonResponses } from './route-helpers';

/** The paging of the public lists: one page of `limit` after `offset`, with the true total beside the items. */
const pageLimit = z.coerce.number().int().min(1).max(1000).optional().openapi({ description: '每页条数（默认 500，最多 1000）' });
const pageOffset = z.coerce.number().int().min(0).optional().openapi({ description: '跳过的条数，与 limit 一起分页' });

export function registerPublicRoutes(app: Api) {
  app.openapi(
    createRoute({ method: 'get', path: '/api/public/regions', tags: ['公开'], summary: '有公开数据的区划', responses: jsonResponses('区划列表') }),
    async (c) => present(c, await listPublicRegions(ctxOf(c))),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/public/forms',
      tags: ['公开'],
      summary: '已公开的表单（无需登录）',
      request: {
        query: z.strictObject({
          region: z.string().max(50).optional(),
          fiscal_year: fiscalYear.optional(),
          kind: z.enum(FORM_KINDS).optional(),
          q: z.string().max(200).optional().openapi({ description: '项目名称或单位名称中的文字（按原文匹配，% 和 _ 不作通配）' }),
          limit: pageLimit,
          offset: pageOffset,
          sort: z.enum(PUBLIC_SORT_KEYS).optional().openapi({ description: `排序字段（不给 sort 与 order 时按公开时间从新到旧）：${PUBLIC_SORT_KEYS.map((k) => `${k} ${FORM_SORT_LABELS[k]}`).join('，')}；相同值按 id 排` }),
          order: z.enum(SORT_ORDERS).optional().openapi({ description: 'asc 升序（默认）或 desc 降序；空值总在最后' }),
        }),
      },
      responses: jsonResponses('{items:[{id, kind, org, org_name, region, region_name, fiscal_year, project_name, budget_total_wan, published_at}], total}'),
    }),
    async (c) => present(c, await listPublicForms(ctxOf(c), c.req.valid('query'))),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/public/forms/{id}', tags: ['公开'], summary: '一张已公开的表单', request: { params: idParam }, responses: jsonResponses('表单') }),
    async (c) => present(c, await getPublicForm(ctxOf(c), c.req.valid('param').id)),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/public/forms/{id}/export',
      tags: ['公开'],
      summary: '下载已公开的表单（xlsx / docx / pdf / json / csv）',
      request: { params: idParam, query: z.strictObject({ format: z.enum(EXPORT_FORMATS) }) },
      responses: { 200: { description: '文件' } },
    }),
    async (c) => {
      const result = await exportPublicForm(ctxOf(c), { id: c.req.valid('param').id, format: c.req.valid('query').format });
      return result.ok ? fileResponse(result.value) : errorResponse(result.error);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/public/evaluations',
      tags: ['公开'],
      summary: '已公开的部门评价（无需登录，按公开时间从新到旧）',
      request: {
        query: z.strictObject({
          region: z.string().max(50).optional(),
          fiscal_year: fiscalYear.optional(),
          limit: pageLimit,
          offset: pageOffset,
        }),
      },
      responses: jsonResponses('{items:[{id, org, org_name, region, region_name, fiscal_year, total_score, grade, published_at}], total}'),
    }),
    async (c) => present(c, await listPublicEvaluations(ctxOf(c), c.req.valid('query'))),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/public/evaluations/{id}/report', tags: ['公开'], summary: '下载已公开的部门预算绩效评价报告（.docx）', request: { params: idParam }, responses: { 200: { description: '.docx 文件' } } }),
    async (c) => {
      const report = await publicEvaluationReport(ctxOf(c), c.req.valid('param').id);
      return report.ok ? fileResponse(report.value) : errorResponse(report.error);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/dashboard',
      tags: ['工作台'],
      summary: '工作台统计：状态、预算、审核问题、自评等级分布（按系统核算，score_distribution_by_kind 按表类型分列）、监控灯',
      request: { query: z.strictObject({ fiscal_year: fiscalYear.optional() }) },
      responses: jsonResponses('统计'),
    }),
    async (c) => present(c, await dashboard(ctxOf(c), c.req.valid('query'))),
  );
  const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/audit',
      tags: ['审计'],
      summary: '审计日志（仅管理员）：最新的在前，可按记录类型、记录编号、操作、操作人和日期筛选',
      request: {
        query: z.strictObject({
          entity: z.string().max(50).optional().openapi({ description: '记录类型：form、org、user、monitoring_report、evaluation、import_job……' }),
          entity_id: z.string().max(100).optional(),
          action: z.string().max(100).optional().openapi({ description: '操作，如 form.submit；以 . 结尾时匹配该类全部操作（form.）' }),
          actor: z.string().max(100).optional().openapi({ description: '操作人用户名（包含即可）' }),
          from: day.optional().openapi({ description: '起始日期（含，北京时间）' }),
          to: day.optional().openapi({ description: '结束日期（含，北京时间）' }),
          limit: z.coerce.number().int().min(1).max(200).optional(),
          offset: z.coerce.number().int().min(0).optional(),
        }),
      },
      responses: jsonResponses('{items:[{id, at, actor, action, entity, entity_id, before, after}], total}'),
    }),
    async (c) => present(c, await listAuditEvents(ctxOf(c), c.req.valid('query'))),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/audit/verify', tags: ['审计'], summary: '校验审计日志哈希链', responses: jsonResponses('{ok, events, firstBroken}') }),
    async (c) => present(c, await verifyAudit(ctxOf(c))),
  );
}
