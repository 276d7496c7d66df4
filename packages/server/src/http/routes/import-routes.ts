import { createRoute, z } from '@hono/zod-openapi';
import { commitImport, previewImport } from '../../use-cases/imports';
import { ctxOf, type Api } from '../app-env';
import { errorResponse, present } from '../present';
import { describeZodError } from '../zod-messages';
import { jsonResponses } from './route-helpers';

const fields = z.strictObject({
  file: z.instanceof(File, { message: '请上传文件（字段名 file）' }),
  org: z.string().trim().min(1).max(50),
  // Optional: without it the file is read under the year it states, else the year its kind implies today.
  fiscal_year: z.coerce.number().int().min(1900).max(2200).optional(),
});

export function registerImportRoutes(app: Api) {
  // Multipart is parsed by hand (one file field); the route is still listed in the OpenAPI document.
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/imports',
    tags: ['导入'],
    summary: '上传文档并预览（不写入表单）：multipart 字段 file、org、fiscal_year（可不填：按文件注明的年度，文件未注明时按表种推定——目标表 9 月起为下一年、自评表 7 月前为上一年，其余为当年）',
    request: {
      body: {
        content: {
          'multipart/form-data': {
            schema: z.object({ file: z.string().openapi({ format: 'binary' }), org: z.string(), fiscal_year: z.string().optional() }),
          },
        },
      },
    },
    responses: jsonResponses('{id, forms, findings, warnings, existing:[{form, id, kind, status, project_name}], fiscal_year, year_source}：year_source 为 chosen（上传时选定）、stated（文件注明）或 kind（按表种推定）'),
  });
  app.post('/api/imports', async (c) => {
    if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) {
      return errorResponse({ code: 'unsupported_media_type', message: '请以 multipart/form-data 上传，字段为 file、org、fiscal_year' });
    }
    let body: Record<string, unknown>;
    try {
      body = await c.req.parseBody();
    } catch {
      return errorResponse({ code: 'bad_request', message: '无法解析上传内容，请重新选择文件上传' });
    }
    // A blank year (the page's 「按文件」) is no year.
    const parsed = fields.safeParse(body.fiscal_year === '' ? { ...body, fiscal_year: undefined } : body);
    if (!parsed.success) return errorResponse({ code: 'validation_failed', message: describeZodError(parsed.error) });
    const { file, org, fiscal_year } = parsed.data;
    const bytes = new Uint8Array(await file.arrayBuffer());
    return present(c, await previewImport(ctxOf(c), { bytes, fileName: file.name || 'upload', org, fiscal_year }), 201);
  });
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/imports/{id}/commit',
      tags: ['导入'],
      summary: '确认导入：把预览写成草稿表单（可只写勾选的几张）',
      request: {
        params: z.strictObject({ id: z.string().uuid().openapi({ param: { name: 'id', in: 'path' } }) }),
        // Optional: a commit without a body (or without `forms`) stores every form of the preview.
        body: { content: { 'application/json': { schema: z.strictObject({ forms: z.array(z.number().int().min(0).max(10_000)).min(1).max(10_000).optional() }) } }, required: false },
      },
      responses: jsonResponses('{id, forms:[{id, kind, project_name}]}'),
    }),
    async (c) => present(c, await commitImport(ctxOf(c), { id: c.req.valid('param').id, forms: (c.req.valid('json') as { forms?: number[] } | undefined)?.forms })),
  );
}
