import { createRoute, z } from '@hono/zod-openapi';
import { exportFindings, FINDINGS_EXPORT_MAX_FORMS, queueCounts } from '../../use-cases/review-desk';
import { ctxOf, type Api } from '../app-env';
import { errorResponse, present } from '../present';
import { FORM_LIST_QUERY, fileResponse } from './form-routes';
import { jsonResponses } from './route-helpers';

const { status: _status, awaiting: _awaiting, limit: _limit, offset: _offset, sort: _sort, order: _order, ...COUNT_QUERY } = FORM_LIST_QUERY;
const { limit: _l, offset: _o, ...EXPORT_QUERY } = FORM_LIST_QUERY;

/**
 * The reviewer's desk beside the form list: how many forms each queue holds under the same filters, and the findings
 * of the filtered list as a spreadsheet. Registered before the form routes, whose /api/forms/{id} would take the path.
 */
export function registerReviewDeskRoutes(app: Api) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/forms/queue-counts',
      tags: ['表单'],
      summary: '审核队列计数：按状态（已提交的再分主管部门审核中与否）统计符合筛选条件的表数，筛选条件同表单列表（不含 status、awaiting）',
      request: { query: z.strictObject(COUNT_QUERY) },
      responses: jsonResponses('{counts:[{status, at_department, n}]}：at_department 为 true 表示已提交、待主管部门审核的目标表'),
    }),
    async (c) => present(c, await queueCounts(ctxOf(c), c.req.valid('query'))),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/forms/findings-export',
      tags: ['表单'],
      summary: `导出筛选结果的审核发现清单（xlsx：单位、项目、表、行、指标、问题类型、严重程度、说明），筛选与排序同表单列表（不分页，至多 ${FINDINGS_EXPORT_MAX_FORMS} 张表）`,
      request: { query: z.strictObject(EXPORT_QUERY) },
      responses: { 200: { description: 'xlsx 文件' } },
    }),
    async (c) => {
      const result = await exportFindings(ctxOf(c), c.req.valid('query'));
      return result.ok ? fileResponse(result.value) : errorResponse(result.error);
    },
  );
}
