import { createRoute, z } from '@hono/zod-openapi';
import { RECTIFICATION_STATUSES, RECTIFICATION_STATUS_LABELS } from '@jixiao/core';
import { answerRectification, getRectification } from '../../use-cases/rectification';
import { ctxOf, type Api } from '../app-env';
import { present } from '../present';
import { idParam, jsonBody, jsonResponses } from './route-helpers';

const itemSchema = z.object({
  key: z.string().openapi({ description: '整改事项编号：se:{自评表}:p:{第几条问题}、se:{自评表}:r:{指标行}、ev:{评价}:{评价项}' }),
  source: z.number().int().openapi({ description: '来源（sources 中的 id）' }),
  kind: z.enum(['problem', 'shortfall', 'deduction']).openapi({ description: 'problem 自评表「存在问题」的一条；shortfall 未得满分的指标；deduction 部门评价中失分或扣分的评价项' }),
  text: z.string(),
  detail: z.string().nullable().openapi({ description: '来源给出的原因（偏差原因）或评分标准' }),
  status: z.enum(RECTIFICATION_STATUSES).nullable().openapi({ description: `单位的说明：${RECTIFICATION_STATUSES.map((s) => `${s} ${RECTIFICATION_STATUS_LABELS[s]}`).join('，')}；null 未说明` }),
  note: z.string().nullable(),
  updated_by: z.string().nullable(),
  updated_at: z.string().nullable(),
});

const rectificationSchema = z.object({
  form_id: z.number().int(),
  editable: z.boolean().openapi({ description: '当前用户现在能否填写整改情况（本表为草稿或被退回、年度未关闭、有编辑权限）' }),
  sources: z.array(z.object({
    kind: z.enum(['self_evaluation', 'evaluation']),
    id: z.number().int(),
    fiscal_year: z.number().int(),
    title: z.string(),
    summary: z.string().nullable(),
    improvements: z.string().nullable().openapi({ description: '来源自评表写明的改进措施' }),
  })),
  items: z.array(itemSchema),
  open: z.number().int().openapi({ description: '尚未说明的事项数' }),
}).openapi('Rectification');

const getRoute = createRoute({
  method: 'get',
  path: '/api/forms/{id}/rectification',
  tags: ['表单'],
  summary: '问题整改：本目标表对应的上一年度自评（同一项目或同一单位）和已公开的部门整体评价发现的问题，以及单位对每条的整改说明；非目标表或没有上年问题时 items 为空',
  request: { params: idParam },
  responses: jsonResponses('问题整改清单', rectificationSchema),
});

const putRoute = createRoute({
  method: 'put',
  path: '/api/forms/{id}/rectification',
  tags: ['表单'],
  summary: '填写一条上年问题的整改情况（仅草稿或被退回的目标表的编辑人）；整改中、不适用须附说明',
  request: {
    params: idParam,
    body: jsonBody(z.strictObject({
      key: z.string().min(1).max(200),
      status: z.enum(RECTIFICATION_STATUSES),
      note: z.string().max(2000).nullable().optional(),
    })),
  },
  responses: jsonResponses('更新后的问题整改清单', rectificationSchema),
});

export function registerRectificationRoutes(app: Api) {
  app.openapi(getRoute, async (c) => present(c, await getRectification(ctxOf(c), c.req.valid('param').id)));
  app.openapi(putRoute, async (c) => present(c, await answerRectification(ctxOf(c), c.req.valid('param').id, c.req.valid('json'))));
}
