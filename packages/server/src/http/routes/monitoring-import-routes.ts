import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { commitMonitoringImport, previewMonitoringImport } from '../../use-cases/monitoring-import';
import { ctxOf, type Api } from '../app-env';
import { errorResponse, present } from '../present';
import { describeZodError } from '../zod-messages';
import { jsonResponses } from './route-helpers';

const optionalNumber = (min: number, max: number) => z.coerce.number().int().min(min).max(max).optional();

const previewFields = z.strictObject({
  file: z.instanceof(File, { message: '请上传文件（字段名 file）' }),
  org: z.string().trim().min(1).max(50).optional(),
  fiscal_year: optionalNumber(1900, 2200),
  month: optionalNumber(1, 12),
  form_id: optionalNumber(1, 2_147_483_647),
});

const handMatch = z.strictObject({
  row: z.number().int().min(0).max(5000),
  ordinal: z.number().int().min(0).max(5000),
});

/**
 * 选择对应指标 in the preview, sent as a JSON text field: [{row, ordinal}], row the document row's index in the preview's
 * rows, ordinal the target's indicator row. A row or an indicator chosen twice is refused here; whether the indicator is
 * one of this target's unmatched ones is the use case's to check (it reads the target).
 */
const handMatches = z
  .string()
  .max(200_000)
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: '手工对应应为 JSON 数组，如 [{"row":3,"ordinal":5}]（row 为文档中的行，ordinal 为绩效目标表的指标行，均从 0 起）' });
      return z.NEVER;
    }
  })
  .pipe(z.array(handMatch).max(5000))
  .superRefine((matches, ctx) => {
    const seen = (key: 'row' | 'ordinal') => matches.find((m, i) => matches.findIndex((o) => o[key] === m[key]) !== i);
    const twiceRow = seen('row');
    if (twiceRow) ctx.addIssue({ code: 'custom', message: `文档第 ${twiceRow.row + 1} 行选择了两次对应指标；每行只能对应一个指标，请只保留一个` });
    const twiceIndicator = seen('ordinal');
    if (twiceIndicator) ctx.addIssue({ code: 'custom', message: `绩效目标表第 ${twiceIndicator.ordinal + 1} 个指标被选择了两次；每个指标只能对应文档中的一行，请把其中一行改为「不导入」` });
  });

const tableIndex = z.coerce.number().int().min(0).max(1000);

// Previewed again with the clerk's hand matches for one table (its index): the matches name rows of that table.
const rematchFields = previewFields.extend({ table: tableIndex.optional(), matches: handMatches.optional() })
  .refine((f) => f.matches == null || f.table != null, { message: '手工对应（matches）须同时给出所对应的表（table，从 0 起）', path: ['table'] });

const commitFields = previewFields.extend({
  table: tableIndex,
  expected_form_id: z.coerce.number().int().min(1).max(2_147_483_647),
  expected_month: z.coerce.number().int().min(1).max(12),
  version: optionalNumber(1, 2_147_483_647),
  matches: handMatches.optional(),
});

const FIELDS = 'file、org（可不填：本人单位）、fiscal_year（可不填：按文件注明的年度）、month（文件未写监控期间时填）、form_id（文件的项目名称对不上时选定的绩效目标表）';

/** A multipart body read by a schema; blank fields (a page's unset choices) are no fields. */
async function multipart<T extends z.ZodType>(c: Context, schema: T): Promise<{ ok: true; value: z.infer<T> } | { ok: false; response: never }> {
  if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) {
    return { ok: false, response: errorResponse({ code: 'unsupported_media_type', message: `请以 multipart/form-data 上传，字段为 ${FIELDS}` }) };
  }
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody();
  } catch {
    return { ok: false, response: errorResponse({ code: 'bad_request', message: '无法解析上传内容，请重新选择文件上传' }) };
  }
  const fields = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(fields);
  if (!parsed.success) return { ok: false, response: errorResponse({ code: 'validation_failed', message: describeZodError(parsed.error) }) };
  return { ok: true, value: parsed.data };
}

const multipartBody = (extra: Record<string, z.ZodType>) => ({
  body: {
    content: {
      'multipart/form-data': {
        schema: z.object({ file: z.string().openapi({ format: 'binary' }), org: z.string().optional(), fiscal_year: z.string().optional(), month: z.string().optional(), form_id: z.string().optional(), ...extra }),
      },
    },
  },
});

export function registerMonitoringImportRoutes(app: Api) {
  // Multipart is parsed by hand (one file field); the routes are still listed in the OpenAPI document.
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/monitoring/imports',
    tags: ['运行监控'],
    summary: `导入运行监控表（Word/Excel/PDF）预览：找到单位当年已审核通过的项目绩效目标表（按项目编码，否则按项目名称），列出将填入的内容、红黄绿灯、审核发现、与已有监控表相比的变化和文档中对不上指标的行；不写入。字段：${FIELDS}；另可带 table 与 matches（手工对应，格式同确认导入），按所选对应重新预览该表`,
    request: multipartBody({
      table: z.string().optional(),
      matches: z.string().optional().openapi({ description: 'JSON 数组 [{"row":文档行序号,"ordinal":指标行序号}]：该表按手工对应重新预览（亮灯、审核发现随之计算）' }),
    }),
    responses: jsonResponses('{file_name, tables:[{index, project_name, project_code, document_org, month, fiscal_year, year_source, target, existing, changes, refusal, report, lights, findings, key_reasons, rows:[{line, name, target, progress_value, forecast, ordinal, target_name, by, why}], unfilled, warnings}]}：rows 中 ordinal 为 null 的行没有对应的指标（why 说明原因）；refusal 不为空的表不能导入（全部不能导入时整个请求以该错误拒绝）；changes 为填入已有监控表时将改变的内容（空数组为无变化，新建时为 null）'),
  });
  app.post('/api/monitoring/imports', async (c) => {
    const body = await multipart(c, rematchFields);
    if (!body.ok) return body.response;
    const { file, table, matches, ...rest } = body.value;
    const hand = table != null && matches ? { table, matches } : undefined;
    return present(c, await previewMonitoringImport(ctxOf(c), { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name || 'upload', ...rest }, hand));
  });
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/monitoring/imports/commit',
    tags: ['运行监控'],
    summary: '确认导入运行监控表：再次上传同一文件与预览所示的 table、expected_form_id、expected_month（填充已有草稿时另带 version），新建或填充该期监控表；与预览不符时以 409 拒绝。matches 为预览中未对应的行手工选择的指标（不选的行不导入）；同一行或同一指标选择两次、所选指标不是该项目尚未对应的指标时以 400 拒绝',
    request: multipartBody({
      table: z.string(), expected_form_id: z.string(), expected_month: z.string(), version: z.string().optional(),
      matches: z.string().optional().openapi({ description: 'JSON 数组 [{"row":文档行序号,"ordinal":指标行序号}]（均从 0 起，row 为预览 rows 的序号，ordinal 为预览 unfilled 中的 row）' }),
    }),
    responses: jsonResponses('{monitoring, rows}：monitoring 为写入后的监控表（同 GET /api/monitoring/{id}），rows 为文档各行及其对应的指标（by 为 hand 的行是手工对应的）'),
  });
  app.post('/api/monitoring/imports/commit', async (c) => {
    const body = await multipart(c, commitFields);
    if (!body.ok) return body.response;
    const { file, ...rest } = body.value;
    return present(c, await commitMonitoringImport(ctxOf(c), { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name || 'upload', ...rest }));
  });
}
