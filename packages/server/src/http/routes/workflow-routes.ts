import { createRoute, z } from '@hono/zod-openapi';
import { addComment, diffVersions, listComments, listVersions, transitionForm, type Transition } from '../../use-cases/workflow';
import { ctxOf, type Api } from '../app-env';
import { present } from '../present';
import { idParam, jsonBody, jsonResponses } from './route-helpers';

const transitionBody = z.strictObject({
  version: z.number().int().min(1),
  comment: z.string().trim().min(1).max(5000).optional(),
  indicator_comments: z.array(z.strictObject({ ordinal: z.number().int().min(0), body: z.string().trim().min(1).max(5000) })).max(500).optional(),
  replies: z.array(z.strictObject({
    comment: z.number().int().min(1).openapi({ description: '所答复的审核意见 id（GET /api/forms/{id}/comments）' }),
    changed: z.boolean().openapi({ description: 'true 已修改；false 未修改（须在 body 说明理由）' }),
    body: z.string().trim().min(1).max(5000).optional(),
  })).max(500).optional().openapi({ description: '修改说明：仅退回后重新提交（submit）时，由本表填报单位逐条答复审核意见' }),
  note: z.string().trim().min(1).max(5000).optional().openapi({ description: '修改说明：仅退回后重新提交（submit）时，本表填报单位对整表的说明' }),
});

const LABELS: Record<Transition, string> = { submit: '提交（运行审核规则，有错误则 422；退回后重新提交可附修改说明 replies / note）', return: '退回（附意见）', approve: '审核通过 / 验收', publish: '公开', unpublish: '撤回公开（公开页面不再显示，可再次公开）' };

export function registerWorkflowRoutes(app: Api) {
  for (const action of ['submit', 'return', 'approve', 'publish', 'unpublish'] as const) {
    const route = createRoute({
      method: 'post',
      path: `/api/forms/{id}/${action}`,
      tags: ['审核流程'],
      summary: LABELS[action],
      request: { params: idParam, body: jsonBody(transitionBody) },
      responses: jsonResponses('{id, status, version, findings}'),
    });
    app.openapi(route, async (c) => present(c, await transitionForm(ctxOf(c), action, { id: c.req.valid('param').id, ...c.req.valid('json') })));
  }
  app.openapi(
    createRoute({ method: 'get', path: '/api/forms/{id}/versions', tags: ['审核流程'], summary: '冻结的版本列表', request: { params: idParam }, responses: jsonResponses('版本列表') }),
    async (c) => present(c, await listVersions(ctxOf(c), c.req.valid('param').id)),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/forms/{id}/diff',
      tags: ['审核流程'],
      summary: '版本比较（表头字段与指标行的增删改）',
      request: { params: idParam, query: z.strictObject({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1).optional() }) },
      responses: jsonResponses('差异'),
    }),
    async (c) => present(c, await diffVersions(ctxOf(c), { id: c.req.valid('param').id, ...c.req.valid('query') })),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/forms/{id}/comments', tags: ['审核流程'], summary: '审核意见与单位的修改说明（reply: changed / kept / note，reply_to 为所答复的意见）', request: { params: idParam }, responses: jsonResponses('意见列表') }),
    async (c) => present(c, await listComments(ctxOf(c), c.req.valid('param').id)),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/forms/{id}/comments',
      tags: ['审核流程'],
      summary: '添加意见（对表单或对某行指标）',
      request: { params: idParam, body: jsonBody(z.strictObject({ body: z.string().trim().min(1).max(5000), indicator: z.number().int().min(0).nullable().optional() })) },
      responses: jsonResponses('新意见'),
    }),
    async (c) => present(c, await addComment(ctxOf(c), { id: c.req.valid('param').id, ...c.req.valid('json') }), 201),
  );
}
