import { createRoute, z } from '@hono/zod-openapi';
import { ROLES } from '../../access';
import { createOrg, createUser, listOrgs, listUsers, resetPassword, updateUser } from '../../use-cases/orgs-users';
import { updateOrg } from '../../use-cases/update-org';
import { ctxOf, type Api } from '../app-env';
import { present } from '../present';
import { idParam, jsonBody, jsonResponses, text } from './route-helpers';

const orgCode = z.string().trim().min(1).max(50).regex(/^[0-9A-Za-z_.-]+$/, '编码只能包含字母、数字、点、横线和下划线');

const listOrgsRoute = createRoute({ method: 'get', path: '/api/orgs', tags: ['组织'], summary: '组织树（本人可见范围）', responses: jsonResponses('组织列表') });
const createOrgRoute = createRoute({
  method: 'post',
  path: '/api/orgs',
  tags: ['组织'],
  summary: '新建组织（管理员）',
  request: {
    body: jsonBody(
      z.strictObject({
        code: orgCode,
        name: text(200),
        parent: orgCode.nullable().default(null),
        kind: z.enum(['region', 'finance', 'department', 'unit']).optional(),
      }),
    ),
  },
  responses: jsonResponses('新建的组织'),
});
const updateOrgRoute = createRoute({
  method: 'patch',
  path: '/api/orgs/{code}',
  tags: ['组织'],
  summary: '修改组织名称，或移到同一财政区划内的另一上级（管理员）；编码、表单和用户不变',
  request: {
    params: z.strictObject({ code: orgCode.openapi({ param: { name: 'code', in: 'path' } }) }),
    body: jsonBody(
      z
        .strictObject({ name: text(200).optional(), parent: orgCode.optional() })
        .refine((b) => b.name !== undefined || b.parent !== undefined, '请至少给出 name、parent 中的一项'),
    ),
  },
  responses: jsonResponses('修改后的组织'),
});
const listUsersRoute = createRoute({ method: 'get', path: '/api/users', tags: ['用户'], summary: '用户列表（管理员）', responses: jsonResponses('用户列表') });
const createUserRoute = createRoute({
  method: 'post',
  path: '/api/users',
  tags: ['用户'],
  summary: '新建用户（管理员）；用户首次登录时须修改初始密码，除非 must_change_password 为 false',
  request: {
    body: jsonBody(
      z.strictObject({
        username: z.string().trim().min(2).max(50).regex(/^[0-9A-Za-z_.@-]+$/, '用户名只能包含字母、数字和 _ . @ -'),
        password: z.string().min(1).max(200),
        role: z.enum(ROLES as [string, ...string[]]),
        org: orgCode.nullable().default(null),
        must_change_password: z.boolean().default(true).openapi({ description: '首次登录须修改密码（默认是：管理员设定的初始密码不应长期使用）' }),
      }),
    ),
  },
  responses: jsonResponses('新建的用户'),
});
const updateUserRoute = createRoute({
  method: 'patch',
  path: '/api/users/{id}',
  tags: ['用户'],
  summary: '修改用户的角色、单位或停用/启用（管理员）；停用即结束其所有会话',
  request: {
    params: idParam,
    body: jsonBody(
      z
        .strictObject({ role: z.enum(ROLES as [string, ...string[]]).optional(), org: orgCode.nullable().optional(), active: z.boolean().optional() })
        .refine((b) => b.role !== undefined || b.org !== undefined || b.active !== undefined, '请至少给出 role、org、active 中的一项'),
    ),
  },
  responses: jsonResponses('修改后的用户'),
});
const resetPasswordRoute = createRoute({
  method: 'post',
  path: '/api/users/{id}/password',
  tags: ['用户'],
  summary: '重置用户密码（管理员）；结束其所有会话',
  request: { params: idParam, body: jsonBody(z.strictObject({ password: z.string().min(1).max(200) })) },
  responses: jsonResponses('{reset: true}'),
});

export function registerAdminRoutes(app: Api) {
  app.openapi(listOrgsRoute, async (c) => present(c, await listOrgs(ctxOf(c))));
  app.openapi(createOrgRoute, async (c) => present(c, await createOrg(ctxOf(c), c.req.valid('json')), 201));
  app.openapi(updateOrgRoute, async (c) => present(c, await updateOrg(ctxOf(c), c.req.valid('param').code, c.req.valid('json'))));
  app.openapi(listUsersRoute, async (c) => present(c, await listUsers(ctxOf(c))));
  app.openapi(createUserRoute, async (c) => {
    const body = c.req.valid('json');
    return present(c, await createUser(ctxOf(c), { ...body, role: body.role as (typeof ROLES)[number] }), 201);
  });
  app.openapi(updateUserRoute, async (c) => {
    const body = c.req.valid('json');
    return present(c, await updateUser(ctxOf(c), c.req.valid('param').id, { ...body, role: body.role as (typeof ROLES)[number] | undefined }));
  });
  app.openapi(resetPasswordRoute, async (c) => present(c, await resetPassword(ctxOf(c), c.req.valid('param').id, c.req.valid('json'))));
}
