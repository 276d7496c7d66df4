import { createRoute, z } from '@hono/zod-openapi';
import { ATTACHMENT_EXTENSIONS } from '@jixiao/core';
import { addAttachment, downloadAttachment, listAttachments, removeAttachment } from '../../use-cases/attachments';
import { ctxOf, type Api } from '../app-env';
import { errorResponse, present } from '../present';
import { fileResponse } from './form-routes';
import { idParam, jsonResponses } from './route-helpers';

const attachmentParams = z.strictObject({
  id: idParam.shape.id,
  attachment: z.coerce.number().int().positive().max(2_147_483_647).openapi({ param: { name: 'attachment', in: 'path' } }),
});

const listSchema = z.object({
  form_id: z.number().int(),
  editable: z.boolean().openapi({ description: '当前用户现在能否上传或删除附件（本表为草稿或被退回、年度未关闭、有编辑权限）' }),
  items: z.array(z.object({
    id: z.number().int(),
    file_name: z.string(),
    content_type: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    note: z.string().nullable(),
    uploaded_by: z.string().nullable(),
    uploaded_at: z.string(),
  })),
}).openapi('AttachmentList');

export const ATTACHMENT_UPLOAD_PATH = /^\/api\/forms\/\d+\/attachments$/;

export function registerAttachmentRoutes(app: Api) {
  app.openapi(createRoute({
    method: 'get',
    path: '/api/forms/{id}/attachments',
    tags: ['表单'],
    summary: '附件（佐证材料）列表：能查看本表的人都可查看；公开页面不提供附件',
    request: { params: idParam },
    responses: jsonResponses('附件列表', listSchema),
  }), async (c) => present(c, await listAttachments(ctxOf(c), c.req.valid('param').id)));

  // Multipart is parsed by hand (one file field), as for imports; the route is still listed in the OpenAPI document.
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/forms/{id}/attachments',
    tags: ['表单'],
    summary: `上传附件：multipart 字段 file（${ATTACHMENT_EXTENSIONS.join('、')}，单个不超过 20 MB，每表最多 30 个）、note（可选说明）；仅草稿或被退回的表的编辑人`,
    request: {
      params: idParam,
      body: { content: { 'multipart/form-data': { schema: z.object({ file: z.string().openapi({ format: 'binary' }), note: z.string().optional() }) } } },
    },
    responses: jsonResponses('更新后的附件列表', listSchema),
  });
  app.post('/api/forms/:id/attachments', async (c) => {
    const id = idParam.safeParse({ id: c.req.param('id') });
    if (!id.success) return errorResponse({ code: 'validation_failed', message: '表单编号无效' });
    if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) {
      return errorResponse({ code: 'unsupported_media_type', message: '请以 multipart/form-data 上传附件，字段为 file、note' });
    }
    let body: Record<string, unknown>;
    try {
      body = await c.req.parseBody();
    } catch {
      return errorResponse({ code: 'bad_request', message: '无法解析上传内容，请重新选择文件上传' });
    }
    const file = body.file;
    if (!(file instanceof File)) return errorResponse({ code: 'validation_failed', message: '请选择要上传的文件（字段名 file）' });
    const note = typeof body.note === 'string' ? body.note : null;
    const bytes = new Uint8Array(await file.arrayBuffer());
    return present(c, await addAttachment(ctxOf(c), id.data.id, { fileName: file.name || '附件', bytes, note }), 201);
  });

  app.openapi(createRoute({
    method: 'get',
    path: '/api/forms/{id}/attachments/{attachment}',
    tags: ['表单'],
    summary: '下载附件（按文件扩展名给出类型，作为下载而非在页面中打开）',
    request: { params: attachmentParams },
    responses: { 200: { description: '文件' } },
  }), async (c) => {
    const { id, attachment } = c.req.valid('param');
    const result = await downloadAttachment(ctxOf(c), id, attachment);
    return result.ok ? fileResponse(result.value) : errorResponse(result.error);
  });

  app.openapi(createRoute({
    method: 'delete',
    path: '/api/forms/{id}/attachments/{attachment}',
    tags: ['表单'],
    summary: '删除附件（仅草稿或被退回的表的编辑人；记入审计日志）',
    request: { params: attachmentParams },
    responses: jsonResponses('更新后的附件列表', listSchema),
  }), async (c) => {
    const { id, attachment } = c.req.valid('param');
    return present(c, await removeAttachment(ctxOf(c), id, attachment));
  });
}
