import { createRoute, z } from '@hono/zod-openapi';
import { addComment, diffVersions, listComments, listVersions, transitionForm, type Transition } from '../../use-cases/workflow';
import { ctxOf, type Api } from '../app-env';
import { present } from '../present';
import { idParam, jsonBody, jsonResponses } from './route-helpers';

const transitionBody = z.strictObject({
  version: z.number().int().min(1),
  comment: z.string().trim().min(1).max(5000).optional(),
  indicator_comments: z.array(z.strictObject({ ordinal: z.number().int().min(0), body: z.string().trim().min(1).max(5000) })).max(500).optional(),
});

const LABELS: Record<Transition, string> = { submit: '提交（运行审核规则，有错误则 422）', return: '退回（附意见）', approve: '审核通过 / 验收', publish: '公开', unpublish: '撤回公开（公开页面不再显示，可再次公开）' };

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
    createRoute({ method: 'get', path: '/api/forms/{id}/comments', tags: ['审核流程'], summary: '审核意见', request: { params: idParam }, responses: jsonResponses('意见列表') }),
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
