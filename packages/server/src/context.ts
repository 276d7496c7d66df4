import type { Clock } from './clock';
import type { Db } from './db/open-database';
import type { Role } from './db/schema';

/** Who is acting: resolved from the session on every request (the server keeps no state). */
export interface Actor {
  userId: number;
  username: string;
  role: Role;
  orgId: number | null;
  /** Materialised path of the org subtree the actor may see ('/' for admin, null for none). */
  scopePath: string | null;
}

export interface Ctx {
  db: Db;
  actor: Actor | null;
  clock: Clock;
}
