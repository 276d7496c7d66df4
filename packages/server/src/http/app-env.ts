import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Clock } from '../clock';
import type { Actor, Ctx } from '../context';
import type { Db } from '../db/open-database';
import { describeZodError } from './zod-messages';
import { errorResponse } from './present';

export interface AppEnv {
  Variables: {
    actor: Actor | null;
    csrfToken: string | null;
    sessionToken: string | null;
    db: Db;
    clock: Clock;
  };
}

export type Api = OpenAPIHono<AppEnv>;

export function newApi(): Api {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) return errorResponse({ code: 'validation_failed', message: describeZodError(result.error) });
    },
  });
}

/** The use-case context of a request. */
export function ctxOf(c: Context<AppEnv>): Ctx {
  return { db: c.get('db'), actor: c.get('actor'), clock: c.get('clock') };
}
