import { z } from '@hono/zod-openapi';

/** Shared OpenAPI pieces: every route answers JSON, errors are `{error:{code,message}}`. */
export const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) }).openapi('Error');

/** The answers of a JSON route; `schema` describes the 200 body in the OpenAPI document (any JSON when not given). */
export function jsonResponses(description: string, schema: z.ZodType = z.any()) {
  return {
    200: { description, content: { 'application/json': { schema } } },
    400: { description: '请求参数有误', content: { 'application/json': { schema: errorSchema } } },
    401: { description: '未登录', content: { 'application/json': { schema: errorSchema } } },
    403: { description: '无权限', content: { 'application/json': { schema: errorSchema } } },
    404: { description: '不存在', content: { 'application/json': { schema: errorSchema } } },
    409: { description: '版本冲突或状态不允许', content: { 'application/json': { schema: errorSchema } } },
    410: { description: '表单已删除（可恢复）', content: { 'application/json': { schema: errorSchema } } },
    422: { description: '审核错误或业务规则不满足', content: { 'application/json': { schema: errorSchema } } },
  };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { 'application/json': { schema } }, required: true };
}

export const idParam = z.strictObject({ id: z.coerce.number().int().positive().max(2_147_483_647).openapi({ param: { name: 'id', in: 'path' } }) });
export const text = (max = 200) => z.string().trim().min(1).max(max);
export const fiscalYear = z.coerce.number().int().min(1900).max(2200);
